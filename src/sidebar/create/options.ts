// Turns what the create form holds into the CreatePlanOptions the server takes, and says in
// plain words what is missing. Pure, so the rules are tested without a browser.
import { isDateKey } from '../../core/dates';
import { cleanLine } from '../../core/text';
import {
  CREATE_PLAN_LIMITS,
  type CreatePlanOptions,
  type Seller,
  type TemplateSummary,
} from '../../shared/api';

export interface CreateFormValues {
  template: string;
  customer: string;
  vendor: string;
  goal: string;
  signatureDate: string;
  goLiveDate: string;
  sellers: Seller[];
  /** 'yyyy-MM-dd' days with no work, in the order they were added. */
  holidays: string[];
  compress: boolean;
}

/** `field` names the control: 'customer', 'signatureDate', 'seller-2-email', … */
export interface FieldError {
  field: string;
  message: string;
  /**
   * Said as soon as the field holds it (too long, a date in the past), not only after Create
   * is pressed: the user learns it while still in the field.
   */
  asTyped?: boolean;
}

/** "Customer is too long: 112 characters, at most 100.", counted as the server counts. */
function tooLong(label: string, value: string, max: number): string | null {
  const length = cleanLine(value).length;
  return length > max ? `${label} is too long: ${length} characters, at most ${max}.` : null;
}

function checkLength(
  errors: FieldError[],
  field: string,
  label: string,
  value: string,
  max: number,
) {
  const message = tooLong(label, value, max);
  if (message) errors.push({ field, message, asTyped: true });
}

export interface CreateOptionsResult {
  options: CreatePlanOptions;
  errors: FieldError[];
}

/** Loose on purpose: the server decides; this only catches typos before a round trip. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

function sellersOf(values: CreateFormValues, errors: FieldError[]): Seller[] {
  const sellers: Seller[] = [];
  values.sellers.forEach((seller, index) => {
    const name = seller.name.trim();
    const email = seller.email.trim();
    // A row left blank is an unused row, not a mistake. The name may stay empty: the first row
    // comes filled with the user's own address, and an address alone identifies a seller.
    if (!name && !email) return;
    checkLength(errors, `seller-${index}-name`, 'The name', name, CREATE_PLAN_LIMITS.sellerName);
    if (!email) {
      errors.push({ field: `seller-${index}-email`, message: 'Add the seller’s email.' });
    } else if (!looksLikeEmail(email)) {
      errors.push({
        field: `seller-${index}-email`,
        message: 'This does not look like an email address.',
      });
    }
    sellers.push({ name, email });
  });
  return sellers;
}

/**
 * Whether the signature date is already past for a plan that ends at signature. A template that
 * starts at signature (onboarding) takes the day the deal was signed, which may well be past.
 */
export function signatureIsPast(
  values: CreateFormValues,
  today: string,
  templates: TemplateSummary[] = [],
): boolean {
  const startsAtSignature = templates.find((t) => t.id === values.template)?.postSignature;
  return isDateKey(values.signatureDate) && values.signatureDate < today && !startsAtSignature;
}

/**
 * The form's values as createPlan's options, and what is wrong with them; `today` in the
 * sheet's zone, `templates` to know which ones start at signature.
 */
export function toCreateOptions(
  values: CreateFormValues,
  today: string,
  templates: TemplateSummary[] = [],
): CreateOptionsResult {
  const errors: FieldError[] = [];
  const customer = values.customer.trim();
  const vendor = values.vendor.trim();
  const goal = values.goal.trim();
  const goLive = values.goLiveDate.trim();
  const signature = values.signatureDate;
  if (!values.template) errors.push({ field: 'template', message: 'Pick a template.' });
  if (!customer) errors.push({ field: 'customer', message: 'Add the customer’s name.' });
  checkLength(errors, 'customer', 'Customer', customer, CREATE_PLAN_LIMITS.customer);
  if (!vendor) errors.push({ field: 'vendor', message: 'Add your company’s name.' });
  checkLength(errors, 'vendor', 'Vendor', vendor, CREATE_PLAN_LIMITS.vendor);
  checkLength(errors, 'goal', 'The goal', goal, CREATE_PLAN_LIMITS.goal);
  if (!isDateKey(signature)) {
    errors.push({ field: 'signatureDate', message: 'Pick the target signature date.' });
  } else if (signatureIsPast(values, today, templates)) {
    errors.push({
      field: 'signatureDate',
      message: 'The target signature is in the past: pick a date from today on.',
      asTyped: true,
    });
  }
  if (goLive && !isDateKey(goLive)) {
    errors.push({ field: 'goLiveDate', message: 'Pick a valid go-live date or leave it empty.' });
  } else if (goLive && isDateKey(signature) && goLive < signature) {
    errors.push({
      field: 'goLiveDate',
      message: 'Go-live cannot come before signature.',
      asTyped: true,
    });
  }
  const sellers = sellersOf(values, errors);
  const holidays = [...new Set(values.holidays.filter(isDateKey))].sort();
  if (holidays.length > CREATE_PLAN_LIMITS.holidays) {
    errors.push({
      field: 'holidays',
      message: `At most ${CREATE_PLAN_LIMITS.holidays} holidays, please.`,
      asTyped: true,
    });
  }

  const options: CreatePlanOptions = {
    template: values.template,
    customer,
    vendor,
    signatureDate: signature,
  };
  if (goLive) options.goLiveDate = goLive;
  if (sellers.length) options.sellers = sellers;
  if (goal) options.goal = goal;
  if (holidays.length) options.holidays = holidays;
  if (values.compress) options.compress = true;
  return { options, errors };
}

/**
 * What to send to previewSchedule, or null while the form cannot produce a schedule (no
 * template, no signature date, or one in the past). Names and sellers do not change dates, so
 * they may be empty.
 */
export function toPreviewOptions(
  values: CreateFormValues,
  today: string,
  templates: TemplateSummary[] = [],
): CreatePlanOptions | null {
  if (
    !values.template ||
    !isDateKey(values.signatureDate) ||
    signatureIsPast(values, today, templates)
  ) {
    return null;
  }
  const { options } = toCreateOptions(values, today, templates);
  return options;
}
