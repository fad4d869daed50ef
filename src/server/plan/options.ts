// createPlan's and previewSchedule's options as they arrive from the sidebar (or any caller of
// google.script.run): untrusted JSON. Every problem is reported at once, in the form's words.
import { parseDateKey } from '../../core/dates';
import { cleanLine } from '../../core/digest/clean-text';
import type { DateKey } from '../../core/model';
import { checkEmailAddress } from '../../core/recipients/email-address';
import type { Seller } from '../../shared/api';

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
  const sellers = readSellers(reader.field('sellers'), reader.problems);
  return reader.done({ ...schedule, customer, vendor, goal, sellers });
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
    const raw = this.o[field];
    if (raw == null || raw === '') {
      if (required) this.problems.push(`${label} is required.`);
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

function readSellers(raw: unknown, problems: string[]): Seller[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    problems.push('Sellers must be a list of names and emails.');
    return [];
  }
  if (raw.length > LIMITS.sellers) problems.push(`At most ${LIMITS.sellers} sellers, please.`);
  const sellers: Seller[] = [];
  raw.slice(0, LIMITS.sellers).forEach((entry: unknown, i) => {
    const label = `Seller ${i + 1}`;
    const s = isRecord(entry) ? entry : {};
    const name = typeof s.name === 'string' ? cleanLine(s.name) : '';
    const emailRaw = typeof s.email === 'string' ? s.email.trim() : '';
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
    const key = parseDateKey(entry);
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
