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

/** As stored: the sent keys grouped by day, space-separated, so a key costs a few bytes. */
interface StoredLedger extends Omit<ReminderLedger, 'sent'> {
  sent: Record<DateKey, string>;
}

function isStored(value: unknown): value is StoredLedger {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return (
    l.v === REMINDER_LEDGER_VERSION &&
    typeof l.sent === 'object' &&
    l.sent !== null &&
    Object.entries(l.sent).every(([day, keys]) => isDateKey(day) && typeof keys === 'string') &&
    isDateKey(l.day) &&
    Array.isArray(l.people) &&
    l.people.every((p) => typeof p === 'string')
  );
}

function unpack(stored: Record<DateKey, string>): Record<string, DateKey> {
  const sent: Record<string, DateKey> = {};
  for (const [day, keys] of Object.entries(stored)) {
    for (const key of keys.split(' ')) if (key !== '') sent[key] = day;
  }
  return sent;
}

function pack(sent: Record<string, DateKey>): Record<DateKey, string> {
  const byDay: Record<DateKey, string[]> = {};
  for (const [key, day] of Object.entries(sent)) (byDay[day] ??= []).push(key);
  return Object.fromEntries(Object.entries(byDay).map(([day, keys]) => [day, keys.join(' ')]));
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
  if (!isStored(parsed)) return emptyReminderLedger(today);
  const sent = unpack(parsed.sent);
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

/**
 * The JSON to store. When it would not fit one property the oldest days' keys go first: their
 * reminders' windows (at most a week) are long over, so forgetting them sends nothing again.
 */
export function serializeReminderLedger(ledger: ReminderLedger): string {
  const store = (sent: Record<string, DateKey>) => JSON.stringify({ ...ledger, sent: pack(sent) });
  let sent = ledger.sent;
  let json = store(sent);
  const days = [...new Set(Object.values(sent))].sort(compareDateKeys);
  while (utf8Length(json) > REMINDER_LEDGER_MAX_BYTES && days.length > 0) {
    const oldest = days.shift();
    sent = Object.fromEntries(Object.entries(sent).filter(([, day]) => day !== oldest));
    json = store(sent);
  }
  if (utf8Length(json) > REMINDER_LEDGER_MAX_BYTES) {
    throw new RangeError(`Reminder ledger too large: ${utf8Length(json)} bytes`);
  }
  return json;
}
