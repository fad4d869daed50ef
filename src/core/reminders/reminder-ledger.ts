// The reminders' ledger: which (kind, step, target date) reminders went out, and who was mailed
// today. The same protocol as the weekly email's ledger: a send is marked pending under the
// document lock BEFORE the mail call and sent after it; a pending mark an execution left behind
// means "maybe sent", so those reminders are never sent again. One property value, bounded.
import { compareDateKeys, addDays, isDateKey, type DateKey } from '../dates';
import { addressKey, utf8Length } from '../weekly-email';

export const REMINDER_LEDGER_VERSION = 1;
/** Below the 9 KB property limit, leaving room for the key. */
export const REMINDER_LEDGER_MAX_BYTES = 8 * 1024;
/** Sent keys are kept this many days: long after any target date they could repeat for. */
export const KEEP_SENT_DAYS = 60;

export interface ReminderLedger {
  v: typeof REMINDER_LEDGER_VERSION;
  /** Ledger key -> the day (sheet's zone) it was sent, or left pending by a dead execution. */
  sent: Record<string, DateKey>;
  /** The day `people` is about, and the lower-case addresses mailed that day. */
  day: DateKey;
  people: string[];
  /** The email being sent right now: written before the mail call, cleared after it. */
  pending?: { email: string; keys: string[]; since: string };
  /** The day a run went through every reminder due: later runs that day read nothing. */
  finishedOn?: DateKey;
}

export function emptyReminderLedger(today: DateKey): ReminderLedger {
  return { v: REMINDER_LEDGER_VERSION, sent: {}, day: today, people: [] };
}

function isLedger(value: unknown): value is ReminderLedger {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return (
    l.v === REMINDER_LEDGER_VERSION &&
    typeof l.sent === 'object' &&
    l.sent !== null &&
    Object.values(l.sent).every(isDateKey) &&
    isDateKey(l.day) &&
    Array.isArray(l.people) &&
    l.people.every((p) => typeof p === 'string')
  );
}

/**
 * The ledger for `today` from its stored JSON: a pending send left by a dead execution counts
 * as sent (maybe delivered: never twice), `people` starts over on a new day, and keys older than
 * KEEP_SENT_DAYS are dropped. Unreadable JSON starts fresh (only this code writes it).
 */
export function openReminderLedger(
  stored: string | null | undefined,
  today: DateKey,
): ReminderLedger {
  let parsed: unknown = null;
  try {
    parsed = stored ? JSON.parse(stored) : null;
  } catch {
    parsed = null;
  }
  if (!isLedger(parsed)) return emptyReminderLedger(today);
  const sent = { ...parsed.sent };
  const people = parsed.day === today ? [...parsed.people] : [];
  if (parsed.pending) {
    for (const key of parsed.pending.keys) sent[key] = parsed.day;
    if (parsed.day === today) people.push(addressKey(parsed.pending.email));
  }
  const oldest = addDays(today, -KEEP_SENT_DAYS);
  for (const [key, day] of Object.entries(sent)) {
    if (compareDateKeys(day, oldest) < 0) delete sent[key];
  }
  const finished = parsed.finishedOn === today ? { finishedOn: today } : {};
  return { v: REMINDER_LEDGER_VERSION, sent, day: today, people, ...finished };
}

export function sentKeys(ledger: ReminderLedger): Set<string> {
  return new Set([...Object.keys(ledger.sent), ...(ledger.pending?.keys ?? [])]);
}

export function mailedToday(ledger: ReminderLedger): Set<string> {
  const people = new Set(ledger.people);
  if (ledger.pending) people.add(addressKey(ledger.pending.email));
  return people;
}

/** Marked before the mail call. */
export function markReminderPending(
  ledger: ReminderLedger,
  email: string,
  keys: readonly string[],
  now: string,
): ReminderLedger {
  return { ...ledger, pending: { email, keys: [...keys], since: now } };
}

/**
 * After the mail call. A send that threw is known not sent: its keys are not recorded, so the
 * next run tries again, but the person still counts as mailed today (no retry storm per hour).
 */
export function markReminderDone(ledger: ReminderLedger, delivered: boolean): ReminderLedger {
  const { pending, ...rest } = ledger;
  if (!pending) return ledger;
  const sent = { ...rest.sent };
  if (delivered) for (const key of pending.keys) sent[key] = ledger.day;
  return { ...rest, sent, people: [...rest.people, addressKey(pending.email)] };
}

export function markRemindersFinished(ledger: ReminderLedger): ReminderLedger {
  return { ...ledger, finishedOn: ledger.day };
}

/** The JSON to store; the oldest sent keys go first when it would not fit one property. */
export function serializeReminderLedger(ledger: ReminderLedger): string {
  let candidate = ledger;
  let json = JSON.stringify(candidate);
  const byAge = Object.entries(ledger.sent).sort((a, b) => compareDateKeys(a[1], b[1]));
  while (utf8Length(json) > REMINDER_LEDGER_MAX_BYTES && byAge.length > 0) {
    const drop = byAge.splice(0, Math.max(1, Math.ceil(byAge.length / 10)));
    const sent = { ...candidate.sent };
    for (const [key] of drop) delete sent[key];
    candidate = { ...candidate, sent };
    json = JSON.stringify(candidate);
  }
  if (utf8Length(json) > REMINDER_LEDGER_MAX_BYTES) {
    throw new RangeError(`Reminder ledger too large: ${utf8Length(json)} bytes`);
  }
  return json;
}
