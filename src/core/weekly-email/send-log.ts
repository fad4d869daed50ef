// The send log the sidebar shows ("when, to whom, counts, failures"). It is stored in one
// property value next to the ledger, so entries and their lists are bounded: the newest
// entries are kept, long lists are cut with a count of what was left out.
import type { SendLogEntryJson } from '../../shared/api';
import { cleanValue } from '../text';
import { addressKey } from './recipients';
import { compactTime } from './ledger';
import { utf8Length } from './storage';

export const MAX_LOG_ENTRIES = 20;
export const LOG_MAX_BYTES = 8 * 1024;
const MAX_LISTED = 50;
const MAX_FAILED_LISTED = 10;

export function makeSendLogEntry(input: SendLogEntryJson): SendLogEntryJson {
  const sent = input.sent.map(addressKey);
  const failed = input.failed.map((f) => ({
    email: addressKey(f.email),
    error: cleanValue(f.error, 160),
  }));
  const notes = [cleanValue(input.skipped, 300)];
  if (sent.length > MAX_LISTED) notes.push(`${sent.length - MAX_LISTED} more sent`);
  if (failed.length > MAX_FAILED_LISTED) {
    notes.push(`${failed.length - MAX_FAILED_LISTED} more failed`);
  }
  return {
    at: compactTime(input.at),
    period: input.period,
    trigger: input.trigger,
    sent: sent.slice(0, MAX_LISTED),
    failed: failed.slice(0, MAX_FAILED_LISTED),
    skipped: notes.filter((n) => n !== '').join('; '),
  };
}

/** The log with `entry` added first (newest first), bounded in entries and bytes. */
export function appendSendLog(
  log: readonly SendLogEntryJson[],
  entry: SendLogEntryJson,
): SendLogEntryJson[] {
  const next = [entry, ...log].slice(0, MAX_LOG_ENTRIES);
  while (next.length > 1 && utf8Length(JSON.stringify(next)) > LOG_MAX_BYTES) next.pop();
  return next;
}

/** The stored log, or an empty one when missing or unreadable. */
export function parseSendLog(stored: string | null | undefined): SendLogEntryJson[] {
  if (!stored) return [];
  try {
    const raw: unknown = JSON.parse(stored);
    return Array.isArray(raw) ? raw.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is SendLogEntryJson {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.at === 'string' &&
    typeof e.period === 'string' &&
    (e.trigger === 'schedule' || e.trigger === 'manual' || e.trigger === 'test') &&
    Array.isArray(e.sent) &&
    e.sent.every((s) => typeof s === 'string') &&
    Array.isArray(e.failed) &&
    e.failed.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as Record<string, unknown>).email === 'string' &&
        typeof (f as Record<string, unknown>).error === 'string',
    ) &&
    typeof e.skipped === 'string'
  );
}
