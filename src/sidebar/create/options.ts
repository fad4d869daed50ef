// Turns what the create form holds into the CreatePlanOptions the server takes, and says in
// plain words what is missing. Pure, so the rules are tested without a browser.
import { isDateKey } from '../../core/dates';
import type { CreatePlanOptions, Seller } from '../../shared/api';

export interface CreateFormValues {
  template: string;
  customer: string;
  vendor: string;
  goal: string;
  signatureDate: string;
  goLiveDate: string;
  sellers: Seller[];
  compress: boolean;
}

/** `field` names the control: 'customer', 'signatureDate', 'seller-2-email', … */
export interface FieldError {
  field: string;
  message: string;
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

export function toCreateOptions(values: CreateFormValues): CreateOptionsResult {
  const errors: FieldError[] = [];
  const customer = values.customer.trim();
  const vendor = values.vendor.trim();
  const goal = values.goal.trim();
  const goLive = values.goLiveDate.trim();
  if (!values.template) errors.push({ field: 'template', message: 'Pick a template.' });
  if (!customer) errors.push({ field: 'customer', message: 'Add the customer’s name.' });
  if (!vendor) errors.push({ field: 'vendor', message: 'Add your company’s name.' });
  if (!isDateKey(values.signatureDate)) {
    errors.push({ field: 'signatureDate', message: 'Pick the target signature date.' });
  }
  if (goLive && !isDateKey(goLive)) {
    errors.push({ field: 'goLiveDate', message: 'Pick a valid go-live date or leave it empty.' });
  } else if (goLive && isDateKey(values.signatureDate) && goLive < values.signatureDate) {
    errors.push({ field: 'goLiveDate', message: 'Go-live cannot come before signature.' });
  }
  const sellers = sellersOf(values, errors);

  const options: CreatePlanOptions = {
    template: values.template,
    customer,
    vendor,
    signatureDate: values.signatureDate,
  };
  if (goLive) options.goLiveDate = goLive;
  if (sellers.length) options.sellers = sellers;
  if (goal) options.goal = goal;
  if (values.compress) options.compress = true;
  return { options, errors };
}

/**
 * What to send to previewSchedule, or null while the form cannot produce a schedule yet (no
 * template or no signature date). Names and sellers do not change dates, so they may be empty.
 */
export function toPreviewOptions(values: CreateFormValues): CreatePlanOptions | null {
  if (!values.template || !isDateKey(values.signatureDate)) return null;
  const { options } = toCreateOptions(values);
  return options;
}
