import { type DateKey, isDateKey } from '../dates';
import { utf8Length } from './storage';
import { cleanValue } from '../text';
import { addressKey } from './recipients';

// The delivery ledger: a small JSON record, one per schedule, of who got this period's email.
// It is what makes delivery exactly-once per recipient per period across overlapping runs
// ("send now" during a trigger, a trigger fired twice) and executions that die half-way.
// It lives in one property value (at most 9 KB), so it holds only the current period in full
// and a short summary of earlier ones.

export const LEDGER_VERSION = 1;
/** Below the 9 KB property limit, leaving room for the key and for a pending entry. */
export const LEDGER_MAX_BYTES = 8 * 1024;
export const MAX_HISTORY = 8;
export const MAX_ERROR_LENGTH = 300;

export interface PeriodSummary {
  period: DateKey;
  sent: number;
  /** Time of the period's last send, or null when nothing was sent. */
  lastSentAt: string | null;
  complete: boolean;
}

export interface DeliveryLedger {
  v: typeof LEDGER_VERSION;
  period: DateKey;
  /** Lower-case address -> ISO time (to the second) its email was handed to the mail service. */
  sent: Record<string, string>;
  /** The address being sent right now: written BEFORE the send call, cleared after it. */
  pending?: { email: string; since: string };
  /** Left pending by an execution that died: maybe sent, so never sent again this period. */
  uncertain?: string[];
  /** Failed sends per address this period (the send threw, so it is known not sent). */
  failures?: Record<string, number>;
  /** Runs that tried to send this period. */
  attempts: number;
  lastError?: string;
  /** Set while the daily quota cannot cover everyone still to be sent (for the sidebar banner). */
  quotaShort?: { needed: number; remaining: number; at: string };
  /** When the owner was told about the quota this period: they are told once. */
  notifiedQuotaAt?: string;
  /** When everyone to be mailed this period was accounted for. */
  completedAt?: string;
  history?: PeriodSummary[];
}

export function emptyLedger(period: DateKey): DeliveryLedger {
  return { v: LEDGER_VERSION, period, sent: {}, attempts: 0 };
}

/**
 * The ledger for `period` from its stored JSON. A ledger of another period is summarised into
 * the history and a fresh one started, which is how old periods are pruned. Anything unreadable
 * starts fresh: the value is written only by this code, so that means a format change, not an
 * attack.
 */
export function openLedger(stored: string | null | undefined, period: DateKey): DeliveryLedger {
  const previous = readLedger(stored);
  if (previous === null) return emptyLedger(period);
  if (previous.period === period) return previous;
  return {
    ...emptyLedger(period),
    history: [summarize(previous), ...(previous.history ?? [])].slice(0, MAX_HISTORY),
  };
}

/** The JSON to store; throws when even a pruned ledger exceeds LEDGER_MAX_BYTES. */
export function serializeLedger(ledger: DeliveryLedger): string {
  let candidate: DeliveryLedger = ledger.lastError
    ? { ...ledger, lastError: ledger.lastError.slice(0, MAX_ERROR_LENGTH) }
    : ledger;
  let json = JSON.stringify(candidate);
  while (utf8Length(json) > LEDGER_MAX_BYTES && (candidate.history?.length ?? 0) > 0) {
    candidate = { ...candidate, history: candidate.history!.slice(0, -1) };
    json = JSON.stringify(candidate);
  }
  if (utf8Length(json) > LEDGER_MAX_BYTES) {
    throw new RangeError(`Delivery ledger too large: ${utf8Length(json)} bytes`);
  }
  return json;
}

/** When anyone was last sent the digest, this period or before; null when never. */
export function lastSentAt(ledger: DeliveryLedger): string | null {
  const times = [
    ...Object.values(ledger.sent),
    ...(ledger.history ?? []).map((h) => h.lastSentAt),
  ].filter((t): t is string => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b));
}

/** The period whose delivery is finished, for digestPeriod's `completedPeriod`; else null. */
export function completedPeriodOf(ledger: DeliveryLedger | null): DateKey | null {
  return ledger?.completedAt !== undefined ? ledger.period : null;
}

/** An ISO time to the second, which is all the ledger needs and keeps it compact. */
export function compactTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

function summarize(ledger: DeliveryLedger): PeriodSummary {
  const times = Object.values(ledger.sent);
  return {
    period: ledger.period,
    sent: times.length,
    lastSentAt: times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b)),
    complete: ledger.completedAt !== undefined,
  };
}

function readLedger(stored: string | null | undefined): DeliveryLedger | null {
  if (!stored) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.v !== LEDGER_VERSION || !isDateKey(raw.period)) return null;
  if (!isRecord(raw.sent) || !Object.values(raw.sent).every(isString)) return null;
  const ledger: DeliveryLedger = {
    v: LEDGER_VERSION,
    period: raw.period,
    sent: { ...(raw.sent as Record<string, string>) },
    attempts: typeof raw.attempts === 'number' ? raw.attempts : 0,
  };
  if (isRecord(raw.pending) && isString(raw.pending.email) && isString(raw.pending.since)) {
    ledger.pending = { email: raw.pending.email, since: raw.pending.since };
  }
  if (Array.isArray(raw.uncertain)) ledger.uncertain = raw.uncertain.filter(isString);
  if (isRecord(raw.failures)) {
    ledger.failures = Object.fromEntries(
      Object.entries(raw.failures).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
  }
  if (isString(raw.lastError)) ledger.lastError = raw.lastError;
  const q = raw.quotaShort;
  if (
    isRecord(q) &&
    typeof q.needed === 'number' &&
    typeof q.remaining === 'number' &&
    isString(q.at)
  ) {
    ledger.quotaShort = { needed: q.needed, remaining: q.remaining, at: q.at };
  }
  if (isString(raw.notifiedQuotaAt)) ledger.notifiedQuotaAt = raw.notifiedQuotaAt;
  if (isString(raw.completedAt)) ledger.completedAt = raw.completedAt;
  if (Array.isArray(raw.history)) ledger.history = raw.history.filter(isSummary);
  return ledger;
}

function isSummary(value: unknown): value is PeriodSummary {
  return (
    isRecord(value) &&
    isDateKey(value.period) &&
    typeof value.sent === 'number' &&
    (value.lastSentAt === null || isString(value.lastSentAt)) &&
    typeof value.complete === 'boolean'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

// How many more addresses the ledger can record within its byte limit. Checked before a run
// sends, because an address that was mailed but could not be recorded would be mailed again.

// Room kept for what a run adds besides `sent` entries: a pending entry, a failure count and
// the last error, the quota and completion stamps.
const RESERVE_BYTES = MAX_ERROR_LENGTH + 400;

/** How many of `emails`, in order, fit when each is recorded as sent at `time`. */
export function ledgerCapacity(
  ledger: DeliveryLedger,
  emails: readonly string[],
  time: string,
): number {
  // History is dropped first when space runs out (serializeLedger), so it does not count.
  const { history: _history, lastError: _lastError, ...core } = ledger;
  let used = utf8Length(JSON.stringify(core)) + RESERVE_BYTES;
  let count = 0;
  for (const email of emails) {
    // "email":"time", plus the comma.
    used += utf8Length(JSON.stringify(email)) + utf8Length(JSON.stringify(time)) + 2;
    if (used > LEDGER_MAX_BYTES) break;
    count++;
  }
  return count;
}

// Recording one send. The order is what makes a crash safe: markPending is stored BEFORE the
// send call and markSent AFTER it, each as its own property write. A run that dies between the
// two leaves `pending`, which the next run reads as "maybe sent" (see delivery.ts).

export function markPending(ledger: DeliveryLedger, email: string, now: string): DeliveryLedger {
  const key = addressKey(email);
  if (ledger.pending) {
    throw new Error(`Another send is pending (${ledger.pending.email}); record it first.`);
  }
  if (Object.prototype.hasOwnProperty.call(ledger.sent, key))
    throw new Error(`${key} was already sent this period.`);
  return { ...ledger, pending: { email: key, since: compactTime(now) } };
}

export function markSent(ledger: DeliveryLedger, email: string, now: string): DeliveryLedger {
  const key = requirePending(ledger, email);
  const { pending: _pending, failures: _failures, ...rest } = ledger;
  const failures = withoutKey(ledger.failures, key);
  return {
    ...rest,
    sent: { ...ledger.sent, [key]: compactTime(now) },
    ...(failures ? { failures } : {}),
  };
}

/** The send threw: the mail service did not take the message, so the address stays due for a retry. */
export function markFailed(
  ledger: DeliveryLedger,
  email: string,
  error: unknown,
  now: string,
): DeliveryLedger {
  const key = requirePending(ledger, email);
  const { pending: _pending, failures: _failures, ...rest } = ledger;
  const message = cleanValue(error instanceof Error ? error.message : String(error), 200);
  return {
    ...rest,
    failures: { ...(ledger.failures ?? {}), [key]: (ledger.failures?.[key] ?? 0) + 1 },
    lastError: `${compactTime(now)} ${key}: ${message}`.slice(0, MAX_ERROR_LENGTH),
  };
}

function requirePending(ledger: DeliveryLedger, email: string): string {
  const key = addressKey(email);
  if (ledger.pending?.email !== key) throw new Error(`${key} is not the pending send.`);
  return key;
}

function withoutKey(
  map: Record<string, number> | undefined,
  key: string,
): Record<string, number> | undefined {
  if (!map || !Object.prototype.hasOwnProperty.call(map, key)) return map;
  const { [key]: _removed, ...rest } = map;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
