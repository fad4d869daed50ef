// Reading stored registry values back. A value may have been written by an older or newer
// add-on version, cut short, or edited by hand: every reader answers "usable" or a problem in
// words, and never throws, so one bad value cannot hide the rest of the portfolio.
import { isDateKey, type DateKey } from '../dates';
import { cleanValue } from '../text';

export type Decoded<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      problem: string;
      /** Written by a newer version: not ours to delete, it is read again after an update. */
      newer: boolean;
    };

export type StoredRecord = Readonly<Record<string, unknown>>;

export function failure(problem: string, newer = false): Decoded<never> {
  return { ok: false, problem, newer };
}

/** The JSON object of a stored value at `version`, or why it cannot be read. */
export function openEnvelope(text: string, version: number): Decoded<StoredRecord> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failure('is not readable (not JSON)');
  }
  if (!isRecord(raw)) return failure('is not readable (not an object)');
  const v = raw.v;
  if (typeof v !== 'number' || !Number.isInteger(v)) return failure('has no format version');
  if (v > version)
    return failure(`was written by a newer version of the add-on (format ${v})`, true);
  if (v < version) return failure(`was written by an older version of the add-on (format ${v})`);
  return { ok: true, value: raw };
}

export function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stored text, cleaned again on the way out: a hand-edited value may hold anything. */
export function readText(value: unknown, max: number): string | null {
  return typeof value === 'string' ? cleanValue(value, max) : null;
}

export function readDateKey(value: unknown): DateKey | null {
  return isDateKey(value) ? value : null;
}

export function readCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** An ISO instant as stored (to the second), or null when the value is none. */
export function readInstant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && /^\d{4}-\d{2}-\d{2}T/.test(value) ? isoOf(ms) : null;
}

/** Instants as the registry stores them: ISO to the second, which is all it needs. */
export function isoOf(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** An instant given by a caller (ISO text or epoch ms) as stored; throws a RangeError for junk. */
export function requireInstant(value: string | number, what: string): string {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${what} ${JSON.stringify(value)} is not a date and time.`);
  }
  return isoOf(ms);
}

/** Epoch ms of an instant given as ISO text or ms; NaN for junk. */
export function msOf(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}
