import { isDateValue } from '../../core/plan';
import { parseDateKey, type DateKey } from '../../core/dates';
import { cleanLine } from '../../core/text';
import { addressKey, checkEmailAddress } from '../../core/weekly-email';
import type { Seller } from '../../shared/api';

// createPlan's and previewSchedule's options as they arrive from the sidebar (or any caller of
// google.script.run): untrusted JSON. Every problem is reported at once, in the form's words.

export const LIMITS = {
  customer: 100,
  vendor: 100,
  goal: 500,
  sellerName: 100,
  sellers: 10,
  holidays: 400,
} as const;

export interface ScheduleOptions {
  template: string;
  signatureDate: DateKey;
  goLiveDate: DateKey | null;
  holidays: DateKey[];
  compress: boolean;
}

export interface PlanOptions extends ScheduleOptions {
  customer: string;
  vendor: string;
  goal: string;
  sellers: Seller[];
  /** What was tidied rather than refused (a seller listed twice), for the result's warnings. */
  notes?: string[];
}

export class InvalidOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'InvalidOptionsError';
  }
}

/** What previewSchedule needs: the form may still lack a customer while dates are previewed. */
export function readScheduleOptions(input: unknown): ScheduleOptions {
  const reader = new OptionsReader(input);
  const options = reader.schedule();
  return reader.done(options);
}

/** createPlan's options cleaned and checked, or an InvalidOptionsError listing every problem. */
export function readPlanOptions(input: unknown): PlanOptions {
  const reader = new OptionsReader(input);
  const template = reader.text('template', 'Template', 40, true);
  const customer = reader.text('customer', 'Customer', LIMITS.customer, true);
  const vendor = reader.text('vendor', 'Vendor', LIMITS.vendor, true);
  const goal = reader.text('goal', 'Goal', LIMITS.goal, false);
  const schedule = reader.schedule(template);
  const notes: string[] = [];
  const sellers = readSellers(reader.field('sellers'), reader.problems, notes);
  const options: PlanOptions = { ...schedule, customer, vendor, goal, sellers };
  if (notes.length > 0) options.notes = notes;
  return reader.done(options);
}

class OptionsReader {
  readonly problems: string[] = [];
  private readonly o: Record<string, unknown>;

  constructor(input: unknown) {
    this.o = isRecord(input) ? input : {};
    if (!isRecord(input)) this.problems.push('No plan options were given.');
  }

  field(name: string): unknown {
    return this.o[name];
  }

  text(field: string, label: string, max: number, required: boolean): string {
    const raw = this.o[field];
    if (raw != null && typeof raw !== 'string') {
      this.problems.push(`${label} must be text.`);
      return '';
    }
    const value = cleanLine(raw ?? '');
    if (required && value === '') this.problems.push(`${label} is required.`);
    if (value.length > max) this.problems.push(`${label} is too long (at most ${max} characters).`);
    return value;
  }

  date(field: string, label: string, required: boolean): DateKey | null {
    const given = this.o[field];
    // A form field may carry stray spaces; the date itself must still be exactly yyyy-MM-dd.
    const raw = typeof given === 'string' ? given.trim() : given;
    if (raw == null || raw === '') {
      if (required) this.problems.push(`${label} is required.`);
      return null;
    }
    if (isDateValue(raw)) {
      // A Date is an instant: which calendar day it names depends on a zone we would guess.
      this.problems.push(`${label} must be text like 2026-12-10 (yyyy-MM-dd), not a Date object.`);
      return null;
    }
    const key = parseDateKey(raw);
    if (key === null) {
      this.problems.push(`${label} ${quote(raw)} is not a date; use yyyy-MM-dd, e.g. 2026-12-10.`);
    }
    return key;
  }

  /** The scheduling fields; `template` when the caller already read it among the texts. */
  schedule(template = this.text('template', 'Template', 40, true)): ScheduleOptions {
    const signatureDate = this.date('signatureDate', 'Target signature date', true);
    const goLiveDate = this.date('goLiveDate', 'Go-live date', false);
    const holidays = readHolidays(this.o.holidays, this.problems);
    if (this.o.compress != null && typeof this.o.compress !== 'boolean') {
      this.problems.push('Compress must be true or false.');
    }
    return {
      template,
      signatureDate: signatureDate ?? '',
      goLiveDate,
      holidays,
      compress: this.o.compress === true,
    };
  }

  done<T>(options: T): T {
    if (this.problems.length > 0) throw new InvalidOptionsError(this.problems);
    return options;
  }
}

function readSellers(raw: unknown, problems: string[], notes: string[]): Seller[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    problems.push('Sellers must be a list of names and emails.');
    return [];
  }
  if (raw.length > LIMITS.sellers) problems.push(`At most ${LIMITS.sellers} sellers, please.`);
  const sellers: Seller[] = [];
  const seen = new Map<string, number>();
  raw.slice(0, LIMITS.sellers).forEach((entry: unknown, i) => {
    const label = `Seller ${i + 1}`;
    if (entry != null && !isRecord(entry)) {
      problems.push(`${label} must be a name and an email.`);
      return;
    }
    const s = entry ?? {};
    const name = typeof s.name === 'string' ? cleanLine(s.name) : '';
    const emailRaw = typeof s.email === 'string' ? s.email.trim() : '';
    for (const f of ['name', 'email'] as const)
      if (s[f] != null && typeof s[f] !== 'string') problems.push(`${label}'s ${f} must be text.`);
    // A form row left empty is not an error: the sidebar always shows one.
    if (name === '' && emailRaw === '') return;
    if (name.length > LIMITS.sellerName) {
      problems.push(`${label}'s name is too long (at most ${LIMITS.sellerName} characters).`);
    }
    const check = checkEmailAddress(emailRaw);
    if (!check.ok) {
      problems.push(
        emailRaw === ''
          ? `${label} (${name}) needs an email.`
          : `${label}'s email ${quote(emailRaw)} is not valid: ${check.reason}.`,
      );
      return;
    }
    // Addresses are compared case-insensitively everywhere (recipients, approvals): one row each.
    const first = seen.get(addressKey(check.email));
    if (first !== undefined) {
      notes.push(`${label} repeats seller ${first}'s address ${check.email}; it is listed once.`);
      return;
    }
    seen.set(addressKey(check.email), i + 1);
    sellers.push({ name: name || check.email, email: check.email });
  });
  return sellers;
}

function readHolidays(raw: unknown, problems: string[]): DateKey[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    problems.push('Holidays must be a list of dates.');
    return [];
  }
  if (raw.length > LIMITS.holidays) problems.push(`At most ${LIMITS.holidays} holidays, please.`);
  const keys: DateKey[] = [];
  for (const entry of raw.slice(0, LIMITS.holidays)) {
    const key = parseDateKey(typeof entry === 'string' ? entry.trim() : entry);
    if (key === null) problems.push(`Holiday ${quote(entry)} is not a date; use yyyy-MM-dd.`);
    else keys.push(key);
  }
  return keys;
}

function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
