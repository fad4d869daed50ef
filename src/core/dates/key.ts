// DateKey ('yyyy-MM-dd') parsing and validation. A key is a calendar day with no time and no
// zone, so it survives google.script.run and means the same day to every reader.
import { dayNumberOf, formatYmd, isRealDay, ymdOfDayNumber } from './day-number';

/** A calendar day as 'yyyy-MM-dd'. */
export type DateKey = string;

const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The key itself when `value` is a real day written exactly as yyyy-MM-dd, otherwise null. */
export function parseDateKey(value: unknown): DateKey | null {
  if (typeof value !== 'string') return null;
  const m = KEY_PATTERN.exec(value);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDay(ymd) ? value : null;
}

export function isDateKey(value: unknown): value is DateKey {
  return parseDateKey(value) !== null;
}

/** Throws a RangeError naming `what` when `value` is not a DateKey; the error text is for users. */
export function requireDateKey(value: unknown, what = 'Date'): DateKey {
  const key = parseDateKey(value);
  if (key === null) {
    throw new RangeError(
      `${what} ${JSON.stringify(value)} is not a valid date (expected yyyy-MM-dd, e.g. 2026-12-10).`,
    );
  }
  return key;
}

/** Days since 1970-01-01; throws for a non-key so arithmetic never runs on garbage. */
// A plan of thousands of steps converts the same few hundred days back and forth many times
// (every comparison, every step's state); each conversion allocates Dates, so remember them.
const MAX_REMEMBERED = 20_000;
const dayNumbers = new Map<string, number>();
const keys = new Map<number, DateKey>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

export function toDayNumber(key: DateKey): number {
  const known = dayNumbers.get(key);
  if (known !== undefined) return known;
  const valid = requireDateKey(key);
  return remember(
    dayNumbers,
    valid,
    dayNumberOf({
      year: Number(valid.slice(0, 4)),
      month: Number(valid.slice(5, 7)),
      day: Number(valid.slice(8, 10)),
    }),
  );
}

export function fromDayNumber(dayNumber: number): DateKey {
  const known = keys.get(dayNumber);
  if (known !== undefined) return known;
  const ymd = ymdOfDayNumber(dayNumber);
  if (!isRealDay(ymd)) throw new RangeError(`Date out of range (years 0001-9999): ${ymd.year}`);
  return remember(keys, dayNumber, formatYmd(ymd));
}
