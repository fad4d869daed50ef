// No plan yet: the form that scaffolds one. Dates are previewed as the user types, and a plan
// that would start in the past is stopped with a way out instead of being created anyway.
import { plural } from '../../core/text';
import type { CreatePlanResult, SidebarState } from '../../shared/api';
import { announce, call, runAction } from '../api';
import { button, field, input, textarea, type Field } from '../controls';
import { el } from '../dom';
import { dayText } from '../wording';
import { sellerRows, templatePicker } from './inputs';
import { toCreateOptions, type CreateFormValues, type FieldError } from './options';
import { livePreview, type LivePreview } from './preview';

export function createScreen(
  state: SidebarState,
  onCreated: (result: CreatePlanResult) => void,
): HTMLElement {
  let compress = false;
  const datesChanged = () => {
    compress = false;
    preview.schedule();
  };
  const fields = planFields(state, datesChanged);
  const values = (): CreateFormValues => ({ ...fields.values(), compress });
  const preview: LivePreview = livePreview(state.today, values, {
    compress: () => {
      compress = true;
      void preview.refresh(true).then(() => focusIn(preview.root, 'compressed'));
      announce('info', 'Plan compressed to fit between today and the signature date.');
    },
    undoCompress: () => {
      compress = false;
      void preview.refresh(true).then(() => focusIn(preview.root, 'past-start'));
    },
    moveSignature: (date) => {
      compress = false;
      fields.signature.control.value = date;
      fields.signature.setError(null);
      void preview.refresh(true);
      announce('info', `Signature date moved to ${dayText(date, state.today)}.`);
      fields.signature.control.focus();
    },
    retry: () => void preview.refresh(true),
  });

  const createButton = button('Create plan', {
    kind: 'primary',
    focus: 'create',
    onClick: () => void submit(),
  });
  const submit = onceAtATime(() =>
    submitPlan({ state, fields, preview, values, createButton, onCreated }),
  );

  return el(
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
      ...fields.roots,
      preview.root,
      el('div', { className: 'actions' }, [createButton]),
    ],
  );
}

interface PlanFields {
  roots: HTMLElement[];
  signature: Field<HTMLInputElement>;
  values(): Omit<CreateFormValues, 'compress'>;
  showErrors(errors: FieldError[]): void;
  focusError(error: FieldError): void;
}

/** Everything the user types; `datesChanged` runs when an input that moves dates changes. */
function planFields(state: SidebarState, datesChanged: () => void): PlanFields {
  const picker = templatePicker(state.templates, datesChanged);
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
  for (const control of [signature.control, goLive.control]) {
    control.addEventListener('input', datesChanged);
  }

  const simple: Record<string, Field> = {
    customer,
    vendor,
    goal,
    signatureDate: signature,
    goLiveDate: goLive,
  };
  return {
    roots: [
      picker.root,
      customer.root,
      vendor.root,
      goal.root,
      signature.root,
      goLive.root,
      sellers.root,
    ],
    signature,
    values: () => ({
      template: picker.value(),
      customer: customer.control.value,
      vendor: vendor.control.value,
      goal: goal.control.value,
      signatureDate: signature.control.value,
      goLiveDate: goLive.control.value,
      sellers: sellers.values(),
    }),
    showErrors(errors) {
      for (const [name, f] of Object.entries(simple)) {
        f.setError(errors.find((e) => e.field === name)?.message ?? null);
      }
      picker.setError(errors.find((e) => e.field === 'template')?.message ?? null);
      sellers.setErrors(errors);
    },
    focusError(error) {
      if (simple[error.field]) simple[error.field].control.focus();
      else if (!sellers.focusField(error.field)) focusIn(picker.root, 'template');
    },
  };
}

interface Submission {
  state: SidebarState;
  fields: PlanFields;
  preview: LivePreview;
  values(): CreateFormValues;
  createButton: HTMLButtonElement;
  onCreated(result: CreatePlanResult): void;
}

/**
 * Checks the form, then the dates (a plan starting in the past needs the user's choice first),
 * then creates the plan. A refusal or a failure leaves the form as typed.
 */
async function submitPlan(s: Submission): Promise<void> {
  const { options, errors } = toCreateOptions(s.values());
  s.fields.showErrors(errors);
  if (errors.length) {
    announce(
      'error',
      `Check the form: ${plural(errors.length, 'field needs', 'fields need')} attention.`,
    );
    s.fields.focusError(errors[0]);
    return;
  }
  await s.preview.refresh();
  const current = s.values();
  if (s.preview.shownFor(current)?.startsInPast && !current.compress) {
    announce(
      'error',
      'The first step would be in the past. Compress the plan or move the signature date, then create it.',
    );
    focusIn(s.preview.root, 'past-start');
    return;
  }
  const day = (key: string) => dayText(key, s.state.today);
  const outcome = await runAction(
    s.createButton,
    {
      progress: 'Creating the plan…',
      busyLabel: 'Creating…',
      failure: 'Could not create the plan.',
      // Our own sentence, not result.message: it has the dates in the sidebar's format.
      success: (result: CreatePlanResult) =>
        [
          `Plan created on the ${result.sheetName} tab: ${plural(result.stepCount, 'step')} from ${day(result.firstDate)} to signature on ${day(result.signatureDate)}.`,
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
  if (outcome.ok) s.onCreated(outcome.value);
}

/**
 * The button is only disabled once the call starts; a double click before that (while the
 * preview is checked) must not create two plans.
 */
function onceAtATime(work: () => Promise<void>): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } finally {
      running = false;
    }
  };
}

function focusIn(root: HTMLElement, key: string): void {
  root.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus();
}
