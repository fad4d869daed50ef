// Which step owners get a reminder today. A reminder asks, in the plan's voice, about a step the
// person owns: once `daysBefore` business days before its target date, and once on the first
// business day after it went late. Each (kind, step, target date) is reminded once, so a date
// moved later re-arms its reminders; a person gets at most one email a day, their steps together.
import {
  addBusinessDays,
  businessDaysBetween,
  compareDateKeys,
  isBusinessDay,
  type DateKey,
  type Holidays,
} from '../dates';
import type { Step } from '../plan';
import { addressKey, checkEmailAddress } from '../weekly-email';

/** before: the step is coming up; late: its date passed and it is still open. */
export type ReminderKind = 'before' | 'late';

/**
 * How long a missed late reminder is still worth sending: a run that could not go out on the
 * first late day (quota, an outage) catches up, but an old lateness is not dug up.
 */
export const LATE_CATCH_UP_DAYS = 2;

export interface ReminderItem {
  kind: ReminderKind;
  row: number;
  step: string;
  targetDate: DateKey;
  /** What the ledger remembers it by. */
  key: string;
}

export interface PersonDue {
  /** The address as typed in the Owner email cell (trimmed). */
  email: string;
  /** At most MAX_REMINDERS_PER_EMAIL, soonest first. */
  items: ReminderItem[];
  /** Steps also due that wait for a later day (an email never becomes a list of dozens). */
  more: number;
}

/** Steps one reminder email asks about; the rest come up the next business day. */
export const MAX_REMINDERS_PER_EMAIL = 10;

export interface RemindersDueInput {
  steps: readonly Step[];
  today: DateKey;
  daysBefore: number;
  holidays?: Holidays;
  /** Ledger keys already sent (or maybe sent) for this plan. */
  sent: ReadonlySet<string>;
  /** Lower-case addresses already sent a reminder today. */
  mailedToday: ReadonlySet<string>;
  /** Whether the schedule owner approved this address. */
  approved: (email: string) => boolean;
}

export interface RemindersDue {
  /** Approved people to mail now, one email each, steps by date. */
  due: PersonDue[];
  /** Reminders nobody receives: the address waits for approval or cannot be mailed. */
  held: { email: string; reason: string; items: ReminderItem[] }[];
}

/**
 * The ledger key: kind, target date and the step's name as the sheet shows it (trimmed, any
 * case), hashed to a few characters so a long plan's ledger still fits one property value.
 */
export function reminderKey(kind: ReminderKind, step: string, targetDate: DateKey): string {
  const name = step.trim().replace(/\s+/g, ' ').toLowerCase();
  // FNV-1a, 32 bits: collisions between one plan's reminders are not a practical concern.
  let hash = 0x811c9dc5;
  for (const ch of `${kind}|${targetDate}|${name}`) {
    hash ^= ch.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kind === 'before' ? 'b' : 'l'}${hash.toString(36)}`;
}

/** The reminder a step is due today, if any (whoever owns it). */
export function reminderFor(
  step: Step,
  today: DateKey,
  daysBefore: number,
  holidays?: Holidays,
): ReminderItem | null {
  if (step.status === 'Done' || step.status === 'Skipped' || step.targetDate === null) return null;
  if (step.step.trim() === '') return null;
  const target = step.targetDate;
  const item = (kind: ReminderKind): ReminderItem => ({
    kind,
    row: step.row,
    step: step.step,
    targetDate: target,
    key: reminderKey(kind, step.step, target),
  });
  if (compareDateKeys(today, target) < 0) {
    const from = addBusinessDays(target, -daysBefore, holidays);
    return compareDateKeys(today, from) >= 0 ? item('before') : null;
  }
  if (compareDateKeys(today, target) === 0) return null;
  const firstLate = addBusinessDays(target, 1, holidays);
  if (compareDateKeys(today, firstLate) < 0) return null;
  return businessDaysBetween(firstLate, today, holidays) <= LATE_CATCH_UP_DAYS
    ? item('late')
    : null;
}

/** Who gets a reminder today: nothing on weekends and the plan's holidays. */
export function remindersDue(input: RemindersDueInput): RemindersDue {
  const { today, holidays } = input;
  if (!isBusinessDay(today, holidays)) return { due: [], held: [] };
  const byPerson = new Map<
    string,
    { email: string; problem: string | null; items: ReminderItem[] }
  >();
  for (const step of input.steps) {
    if (step.ownerEmail.trim() === '') continue;
    const item = reminderFor(step, today, input.daysBefore, holidays);
    if (!item || input.sent.has(item.key)) continue;
    const checked = checkEmailAddress(step.ownerEmail);
    const email = checked.ok ? checked.email : step.ownerEmail.trim();
    const key = checked.ok ? addressKey(email) : `invalid:${email}`;
    const entry = byPerson.get(key) ?? {
      email,
      problem: checked.ok ? null : `not an address: ${checked.reason}`,
      items: [],
    };
    entry.items.push(item);
    byPerson.set(key, entry);
  }
  const out: RemindersDue = { due: [], held: [] };
  for (const [key, entry] of byPerson) {
    const items = entry.items.sort(
      (a, b) => compareDateKeys(a.targetDate, b.targetDate) || a.row - b.row,
    );
    if (entry.problem) out.held.push({ email: entry.email, reason: entry.problem, items });
    else if (!input.approved(entry.email)) {
      out.held.push({ email: entry.email, reason: 'waiting for your approval', items });
    } else if (!input.mailedToday.has(key)) {
      out.due.push({
        email: entry.email,
        items: items.slice(0, MAX_REMINDERS_PER_EMAIL),
        more: Math.max(0, items.length - MAX_REMINDERS_PER_EMAIL),
      });
    }
  }
  return out;
}

/**
 * Step owners no reminder will reach, each once: the address waits for the schedule owner's
 * approval or cannot be mailed. Listed in the owner's own copy of the weekly email.
 */
export function heldOwners(
  steps: readonly Step[],
  approved: (email: string) => boolean,
): { email: string; reason: string }[] {
  const held = new Map<string, { email: string; reason: string }>();
  for (const step of steps) {
    if (step.status === 'Done' || step.status === 'Skipped' || step.ownerEmail.trim() === '') {
      continue;
    }
    const checked = checkEmailAddress(step.ownerEmail);
    const email = checked.ok ? checked.email : step.ownerEmail.trim();
    const key = checked.ok ? addressKey(email) : `invalid:${email}`;
    if (held.has(key) || (checked.ok && approved(email))) continue;
    held.set(key, { email, reason: checked.ok ? 'waiting for your approval' : checked.reason });
  }
  return [...held.values()];
}
