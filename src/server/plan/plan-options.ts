import { isDateValue, planDateProblems } from '../../core/plan';
import { parseDateKey, type DateKey } from '../../core/dates';
import { cleanLine } from '../../core/text';
import { addressKey, checkEmailAddress } from '../../core/weekly-email';
import { CREATE_PLAN_LIMITS, type FieldError, type Seller } from '../../shared/api';

// createPlan's and previewSchedule's options as they arrive from the sidebar (or any caller of
// google.script.run): untrusted JSON. Every problem is reported at once, in the form's words,
// each with the field it belongs to so the form can show it there.

/** The form checks the same limits as the user types: one table for both. */
export const LIMITS = CREATE_PLAN_LIMITS;

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
  readonly problems: string[];

  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => f.message).join(' '));
    this.problems = fields.map((f) => f.message);
    this.name = 'InvalidOptionsError';
  }
}

/**
 * The day the plan's dates are judged against: today in the SPREADSHEET's time zone, named in
 * messages. Without it (unit tests of the shapes alone) no date is refused for being past.
 */
export interface Today {
  today: DateKey;
  timeZone: string;
}

/** What previewSchedule needs: the form may still lack a customer while dates are previewed. */
export function readScheduleOptions(input: unknown, today?: Today): ScheduleOptions {
  const reader = new OptionsReader(input, today);
  const options = reader.schedule();
  return reader.done(options);
}

/** createPlan's options cleaned and checked, or an InvalidOptionsError listing every problem. */
export function readPlanOptions(input: unknown, today?: Today): PlanOptions {
  const reader = new OptionsReader(input, today);
  const template = reader.text('template', 'Template', 40, true);
  const customer = reader.text('customer', 'Customer', LIMITS.customer, true);
  const vendor = reader.text('vendor', 'Vendor', LIMITS.vendor, true);
  const goal = reader.text('goal', 'Goal', LIMITS.goal, false);
  const schedule = reader.schedule(template);
  const notes: string[] = [];
  const sellers = readSellers(reader.field('sellers'), reader.problem, notes);
  const options: PlanOptions = { ...schedule, customer, vendor, goal, sellers };
  if (notes.length > 0) options.notes = notes;
  return reader.done(options);
}

type Problem = (field: string, message: string) => void;

class OptionsReader {
  readonly problems: FieldError[] = [];
  readonly problem: Problem = (field, message) => this.problems.push({ field, message });
  private readonly o: Record<string, unknown>;

  constructor(
    input: unknown,
    private readonly today?: Today,
  ) {
    this.o = isRecord(input) ? input : {};
    if (!isRecord(input)) this.problem('form', 'No plan options were given.');
  }

  field(name: string): unknown {
    return this.o[name];
  }

  text(field: string, label: string, max: number, required: boolean): string {
    const raw = this.o[field];
    if (raw != null && typeof raw !== 'string') {
      this.problem(field, `${label} must be text.`);
      return '';
    }
    const value = cleanLine(raw ?? '');
    if (required && value === '') this.problem(field, `${label} is required.`);
    if (value.length > max) {
      this.problem(field, `${label} is too long (at most ${max} characters).`);
    }
    return value;
  }

  date(field: string, label: string, required: boolean): DateKey | null {
    const given = this.o[field];
    // A form field may carry stray spaces; the date itself must still be exactly yyyy-MM-dd.
    const raw = typeof given === 'string' ? given.trim() : given;
    if (raw == null || raw === '') {
      if (required) this.problem(field, `${label} is required.`);
      return null;
    }
    if (isDateValue(raw)) {
      // A Date is an instant: which calendar day it names depends on a zone we would guess.
      this.problem(field, `${label} must be text like 2026-12-10 (yyyy-MM-dd), not a Date object.`);
      return null;
    }
    const key = parseDateKey(raw);
    if (key === null) {
      this.problem(field, `${label} ${quote(raw)} is not a date; use yyyy-MM-dd, e.g. 2026-12-10.`);
    }
    return key;
  }

  /** The scheduling fields; `template` when the caller already read it among the texts. */
  schedule(template = this.text('template', 'Template', 40, true)): ScheduleOptions {
    const signatureDate = this.date('signatureDate', 'Target signature date', true);
    const goLiveDate = this.date('goLiveDate', 'Go-live date', false);
    if (signatureDate !== null) {
      // Core says which dates no plan can be built from (past, go-live first), in its words.
      for (const p of planDateProblems({ template, signatureDate, goLiveDate, ...this.today })) {
        this.problem(p.field, p.message);
      }
    }
    const holidays = readHolidays(this.o.holidays, this.problem);
    if (this.o.compress != null && typeof this.o.compress !== 'boolean') {
      this.problem('compress', 'Compress must be true or false.');
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

function readSellers(raw: unknown, problem: Problem, notes: string[]): Seller[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    problem('sellers', 'Sellers must be a list of names and emails.');
    return [];
  }
  if (raw.length > LIMITS.sellers) problem('sellers', `At most ${LIMITS.sellers} sellers, please.`);
  const sellers: Seller[] = [];
  const seen = new Map<string, number>();
  raw.slice(0, LIMITS.sellers).forEach((entry: unknown, i) => {
    const label = `Seller ${i + 1}`;
    // The sidebar's seller rows are numbered from 0: 'seller-0-email' is the first one's email.
    const field = (part: 'name' | 'email' | 'role') => `seller-${i}-${part}`;
    if (entry != null && !isRecord(entry)) {
      problem(field('name'), `${label} must be a name and an email.`);
      return;
    }
    const s = entry ?? {};
    const name = typeof s.name === 'string' ? cleanLine(s.name) : '';
    const emailRaw = typeof s.email === 'string' ? s.email.trim() : '';
    for (const f of ['name', 'email', 'role'] as const)
      if (s[f] != null && typeof s[f] !== 'string')
        problem(field(f), `${label}'s ${f} must be text.`);
    const role = typeof s.role === 'string' ? sellerRole(s.role) : '';
    if (role.length > LIMITS.sellerRole) {
      problem(
        field('role'),
        `${label}'s role is too long (at most ${LIMITS.sellerRole} characters).`,
      );
    }
    // A form row left empty is not an error: the sidebar always shows one.
    if (name === '' && emailRaw === '') return;
    if (name.length > LIMITS.sellerName) {
      problem(
        field('name'),
        `${label}'s name is too long (at most ${LIMITS.sellerName} characters).`,
      );
    }
    const check = checkEmailAddress(emailRaw);
    if (!check.ok) {
      problem(
        field('email'),
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
    const seller: Seller = { name: name || check.email, email: check.email };
    if (role) seller.role = role;
    sellers.push(seller);
  });
  return sellers;
}

/** Each bad entry named; the good ones sorted and each once, as the work-back uses them. */
function readHolidays(raw: unknown, problem: Problem): DateKey[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    problem('holidays', 'Holidays must be a list of dates.');
    return [];
  }
  if (raw.length > LIMITS.holidays) {
    problem('holidays', `At most ${LIMITS.holidays} holidays, please.`);
  }
  const keys = new Set<DateKey>();
  for (const entry of raw.slice(0, LIMITS.holidays)) {
    const key = parseDateKey(typeof entry === 'string' ? entry.trim() : entry);
    if (key === null) problem('holidays', `Holiday ${quote(entry)} is not a date; use yyyy-MM-dd.`);
    else keys.add(key);
  }
  return [...keys].sort();
}

function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A seller's role as written back: AE and SE in capitals however typed, others as given. */
function sellerRole(raw: string): string {
  const role = cleanLine(raw);
  return /^(ae|se)$/i.test(role) ? role.toUpperCase() : role;
}
