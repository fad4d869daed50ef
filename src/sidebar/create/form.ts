// No plan yet: the form that scaffolds one. Each field says what is wrong with it as it is
// typed, dates are previewed as the user types, and a plan that would start in the past is
// stopped with a way out instead of being created anyway.
import { plural } from '../../core/text';
import type { CreatePlanResult, SidebarState } from '../../shared/api';
import { announce, call, clearNotice, runAction, type Notice } from '../api';
import { button, field, input, textarea, type Field } from '../controls';
import { el } from '../dom';
import { dayText } from '../wording';
import { holidayList, sellerRows, templatePicker } from './inputs';
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
  const checks = formChecks(state, values, fields);
  const preview: LivePreview = livePreview(state.today, state.templates, values, {
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
      checks.recheck();
      void preview.refresh(true);
      announce('info', `Signature date moved to ${dayText(date, state.today)}.`);
      fields.signature.control.focus();
    },
    retry: () => void preview.refresh(true),
    fieldErrors: (errors) => checks.fromServer(errors),
  });

  const createButton = button('Create plan', {
    kind: 'primary',
    focus: 'create',
    onClick: () => void submit(),
  });
  const submit = onceAtATime(() =>
    submitPlan({ state, fields, checks, preview, values, createButton, onCreated }),
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
        // Every keystroke and pick re-checks the form, so a message goes once it is fixed.
        input: () => checks.recheck(),
        change: () => checks.recheck(),
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

function attention(count: number): string {
  return `Check the form: ${plural(count, 'field needs', 'fields need')} attention.`;
}

interface FormChecks {
  /** Checks everything (Create was pressed): every problem shows, and the banner counts them. */
  all(): { errors: FieldError[]; options: ReturnType<typeof toCreateOptions>['options'] };
  /** Checks again after a change: messages follow the fields, the banner follows the count. */
  recheck(): void;
  /** Problems the server found with the dates (e.g. its own idea of a holiday). */
  fromServer(errors: FieldError[]): void;
}

/**
 * What is wrong with the form, shown as it changes. Before the first Create only what is said
 * as typed shows (too long, a past date); after it, everything, and the banner's count with it.
 */
function formChecks(
  state: SidebarState,
  values: () => CreateFormValues,
  fields: PlanFields,
): FormChecks {
  let submitted = false;
  let bannerCount = 0;
  let server: FieldError[] = [];
  const current = () => {
    const result = toCreateOptions(values(), state.today, state.templates);
    const local = new Set(result.errors.map((e) => e.field));
    return { ...result, errors: [...result.errors, ...server.filter((e) => !local.has(e.field))] };
  };
  const count = (errors: FieldError[]) => new Set(errors.map((e) => e.field)).size;
  const recheck = () => {
    const { errors } = current();
    fields.showErrors(submitted ? errors : errors.filter((e) => e.asTyped));
    if (!submitted || count(errors) === bannerCount) return;
    const was = bannerCount;
    bannerCount = count(errors);
    if (bannerCount) announce('error', attention(bannerCount));
    else if (was) clearNotice();
  };
  return {
    all() {
      submitted = true;
      const result = current();
      fields.showErrors(result.errors);
      bannerCount = count(result.errors);
      if (bannerCount) announce('error', attention(bannerCount));
      return result;
    },
    recheck,
    fromServer(errors) {
      server = errors.map((e) => ({ ...e, asTyped: true }));
      recheck();
    },
  };
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
  const holidays = holidayList(state.today, datesChanged);
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
      holidays.root,
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
      holidays: holidays.values(),
    }),
    showErrors(errors) {
      for (const [name, f] of Object.entries(simple)) {
        f.setError(errors.find((e) => e.field === name)?.message ?? null);
      }
      picker.setError(errors.find((e) => e.field === 'template')?.message ?? null);
      holidays.setError(errors.find((e) => e.field === 'holidays')?.message ?? null);
      sellers.setErrors(errors);
    },
    focusError(error) {
      if (simple[error.field]) simple[error.field].control.focus();
      else if (error.field === 'holidays') holidays.focus();
      else if (!sellers.focusField(error.field)) focusIn(picker.root, 'template');
    },
  };
}

interface Submission {
  state: SidebarState;
  fields: PlanFields;
  checks: FormChecks;
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
  const { options, errors } = s.checks.all();
  if (errors.length) {
    s.fields.focusError(errors[0]);
    return;
  }
  await s.preview.refresh();
  const current = s.values();
  const shown = s.preview.shownFor(current);
  if (shown?.fieldErrors?.length) {
    s.checks.all();
    s.fields.focusError(shown.fieldErrors[0]);
    return;
  }
  if (shown?.startsInPast && !current.compress) {
    announce(
      'error',
      'The first step would have to start before today. Compress the plan or move the signature date, then create it.',
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
      // Our own sentence, not result.message: it has the dates in the sidebar's format. A plan
      // that came with warnings is not a plain success: they are listed.
      success: (result: CreatePlanResult): string | Notice => {
        const made = `Plan created on the ${result.sheetName} tab: ${plural(result.stepCount, 'step')} from ${day(result.firstDate)} to signature on ${day(result.signatureDate)}`;
        if (!result.warnings.length) return `${made}.`;
        return {
          tone: 'warning',
          text: `${made}, with ${plural(result.warnings.length, 'warning')}:`,
          items: result.warnings,
        };
      },
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
