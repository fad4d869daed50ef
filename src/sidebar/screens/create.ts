// No plan yet: the form that scaffolds one. Dates are previewed as the user types, and a plan
// that would start in the past is stopped with a way out instead of being created anyway.
import type { CreatePlanResult, SchedulePreview, SidebarState } from '../../shared/api';
import { call } from '../api';
import { el, debounce } from '../dom';
import { button, field, input, textarea, type Field } from '../components/field';
import { schedulePreview } from '../components/schedule-preview';
import { sellerRows } from '../components/seller-rows';
import { templatePicker } from '../components/template-picker';
import {
  toCreateOptions,
  toPreviewOptions,
  type CreateFormValues,
  type FieldError,
} from '../create-options';
import { formatDay, plural } from '../format';
import { announce, runAction } from '../notice';

const PREVIEW_DELAY_MS = 350;

export function createScreen(
  state: SidebarState,
  onCreated: (result: CreatePlanResult) => void,
): HTMLElement {
  let compress = false;
  /** The date-relevant inputs of the last preview asked for, so typing a name asks nothing. */
  let previewKey = '';
  let previewSeq = 0;
  let lastPreview: { key: string; preview: SchedulePreview } | null = null;
  let pending: Promise<void> | null = null;

  const picker = templatePicker(state.templates, () => {
    compress = false;
    schedule();
  });
  const customer = field(input({ autocomplete: 'organization' }), {
    label: 'Customer',
    name: 'customer',
  });
  const vendor = field(input({ autocomplete: 'organization' }), {
    label: 'Vendor (your company)',
    name: 'vendor',
  });
  const goal = field(textarea(), {
    label: 'Goal or compelling event',
    name: 'goal',
    optional: true,
    hint: 'Why the customer needs this live, and by when.',
  });
  const signature = field(input({ type: 'date', required: true }), {
    label: 'Target signature date',
    name: 'signatureDate',
    hint: 'Steps are worked back from this date in business days.',
  });
  const goLive = field(input({ type: 'date' }), {
    label: 'Go-live date',
    name: 'goLiveDate',
    optional: true,
  });
  const sellers = sellerRows({ name: '', email: state.user });

  const values = (): CreateFormValues => ({
    template: picker.value(),
    customer: customer.control.value,
    vendor: vendor.control.value,
    goal: goal.control.value,
    signatureDate: signature.control.value,
    goLiveDate: goLive.control.value,
    sellers: sellers.values(),
    compress,
  });
  const keyOf = (v: CreateFormValues) =>
    JSON.stringify([v.template, v.signatureDate, v.goLiveDate, v.compress]);

  const preview = schedulePreview(state.today, {
    compress: () => {
      compress = true;
      runPreview(true).then(() => focusIn(preview.root, 'compressed'));
      announce('info', 'Plan compressed to fit between today and the signature date.');
    },
    undoCompress: () => {
      compress = false;
      runPreview(true).then(() => focusIn(preview.root, 'past-start'));
    },
    moveSignature: (date) => {
      compress = false;
      signature.control.value = date;
      signature.setError(null);
      runPreview(true);
      announce('info', `Signature date moved to ${formatDay(date, state.today)}.`);
      signature.control.focus();
    },
    retry: () => runPreview(true),
  });
  preview.update({ kind: 'idle' });

  function runPreview(force = false): Promise<void> {
    const current = values();
    const options = toPreviewOptions(current);
    const key = keyOf(current);
    if (!options) {
      previewKey = '';
      lastPreview = null;
      preview.update({ kind: 'idle' });
      return Promise.resolve();
    }
    if (!force && key === previewKey) return pending ?? Promise.resolve();
    previewKey = key;
    const seq = ++previewSeq;
    preview.update({ kind: 'loading' });
    pending = call('previewSchedule', options).then(
      (result) => {
        // A slower, older answer must not overwrite a newer one.
        if (seq !== previewSeq) return;
        lastPreview = { key, preview: result };
        preview.update({ kind: 'ready', preview: result, compressed: current.compress });
      },
      (error: Error) => {
        if (seq !== previewSeq) return;
        previewKey = '';
        preview.update({ kind: 'error', message: error.message });
      },
    );
    return pending;
  }
  const schedule = debounce(() => void runPreview(), PREVIEW_DELAY_MS);

  for (const control of [signature.control, goLive.control]) {
    control.addEventListener('input', () => {
      compress = false;
      schedule();
    });
  }

  const simpleFields: Record<string, Field> = {
    customer,
    vendor,
    goal,
    signatureDate: signature,
    goLiveDate: goLive,
  };

  function showErrors(errors: FieldError[]): void {
    for (const [name, f] of Object.entries(simpleFields)) {
      f.setError(errors.find((e) => e.field === name)?.message ?? null);
    }
    picker.setError(errors.find((e) => e.field === 'template')?.message ?? null);
    sellers.setErrors(errors);
  }

  function focusError(error: FieldError): void {
    if (simpleFields[error.field]) simpleFields[error.field].control.focus();
    else if (!sellers.focusField(error.field)) focusIn(picker.root, 'template');
  }

  const createButton = button('Create plan', {
    kind: 'primary',
    focus: 'create',
    onClick: () => void submit(),
  });

  let submitting = false;
  async function submit(): Promise<void> {
    // The button is only disabled once the call starts; a double click before that (while the
    // preview is checked) must not create two plans.
    if (submitting) return;
    submitting = true;
    try {
      await submitOnce();
    } finally {
      submitting = false;
    }
  }

  async function submitOnce(): Promise<void> {
    const { options, errors } = toCreateOptions(values());
    showErrors(errors);
    if (errors.length) {
      announce(
        'error',
        `Check the form: ${plural(errors.length, 'field needs', 'fields need')} attention.`,
      );
      focusError(errors[0]);
      return;
    }
    schedule.cancel();
    await runPreview();
    const shown = lastPreview && lastPreview.key === keyOf(values()) ? lastPreview.preview : null;
    if (shown?.startsInPast && !compress) {
      announce(
        'error',
        'The first step would be in the past. Compress the plan or move the signature date, then create it.',
      );
      focusIn(preview.root, 'past-start');
      return;
    }
    const outcome = await runAction(
      createButton,
      {
        progress: 'Creating the plan…',
        busyLabel: 'Creating…',
        failure: 'Could not create the plan.',
        // Our own sentence, not result.message: it has the dates in the sidebar's format.
        success: (result: CreatePlanResult) =>
          [
            `Plan created on the ${result.sheetName} tab: ${plural(result.stepCount, 'step')} from ${formatDay(result.firstDate, state.today)} to signature on ${formatDay(result.signatureDate, state.today)}.`,
            ...result.warnings,
          ].join(' '),
      },
      async () => {
        const result = await call('createPlan', options);
        // A refusal writes nothing; treat it as a failure so the form stays as typed.
        if (result.outcome !== 'created')
          throw new Error(result.message || 'The plan was not created.');
        return result;
      },
    );
    if (outcome.ok) onCreated(outcome.value);
  }

  const form = el(
    'form',
    {
      className: 'form',
      attrs: { novalidate: true, 'aria-labelledby': 'create-title' },
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    [
      el('h2', { id: 'create-title', className: 'screen-title', attrs: { tabindex: '-1' } }, [
        'Create a mutual action plan',
      ]),
      el('p', { className: 'muted' }, [
        'Adds a plan tab and a stakeholders tab to this spreadsheet, with dates worked back from signature.',
      ]),
      picker.root,
      customer.root,
      vendor.root,
      goal.root,
      signature.root,
      goLive.root,
      sellers.root,
      preview.root,
      el('div', { className: 'actions' }, [createButton]),
    ],
  );
  return form;
}

function focusIn(root: HTMLElement, key: string): void {
  root.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus();
}
