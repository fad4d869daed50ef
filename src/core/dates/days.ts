// Calendar days as 'yyyy-MM-dd' keys. The arithmetic is date-fns on UTCDateMini values (a Date
// whose getters and setters are the UTC ones): a local-time Date is not sound in every process
// zone (Pacific/Apia skipped 2011-12-30, so no local Date falls on it), a UTC one is. The mini
// class, because the full UTCDate builds three Intl formatters when the bundle loads.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addBusinessDays as addWeekdays } from 'date-fns/addBusinessDays';
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { compareAsc } from 'date-fns/compareAsc';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { isWeekend } from 'date-fns/isWeekend';
import { isWithinInterval } from 'date-fns/isWithinInterval';
import { max } from 'date-fns/max';
import { min } from 'date-fns/min';

/** A calendar day as 'yyyy-MM-dd'. */
export type DateKey = string;

export interface YearMonthDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** UTC midnight of a calendar date; setFullYear, because Date.UTC maps years 0-99 to 19xx. */
function utcDateOf({ year, month, day }: YearMonthDay): Date {
  const date = new UTCDateMini(0);
  date.setFullYear(year, month - 1, day);
  return date;
}

export function formatYmd({ year, month, day }: YearMonthDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year/month/day name a real calendar day (2026-02-30 does not). */
export function isRealDay(ymd: YearMonthDay): boolean {
  const { year, month, day } = ymd;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = utcDateOf(ymd);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

// DateKey parsing and validation. A key is a calendar day with no time and no zone, so it
// survives google.script.run and means the same day to every reader.

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

// Remembered conversions and answers: a plan of thousands of steps asks about the same few
// hundred days over and over (each step's state against today, its slip), and every date-fns
// call builds several Dates. date-fns never changes the Date it is given, so one can be shared.

const MAX_REMEMBERED = 20_000;
const datesByKey = new Map<DateKey, Date>();
const keysByTime = new Map<number, DateKey>();
const shifted = new Map<string, DateKey>();
const differences = new Map<string, number>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

/** The day as a date-fns argument; throws for a non-key so arithmetic never runs on garbage. */
function dateOf(key: DateKey): Date {
  const known = datesByKey.get(key);
  if (known !== undefined) return known;
  const valid = requireDateKey(key);
  const ymd = {
    year: Number(valid.slice(0, 4)),
    month: Number(valid.slice(5, 7)),
    day: Number(valid.slice(8, 10)),
  };
  return remember(datesByKey, valid, utcDateOf(ymd));
}

function keyOf(date: Date): DateKey {
  const time = date.getTime();
  const known = keysByTime.get(time);
  if (known !== undefined) return known;
  const ymd = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  if (!isRealDay(ymd)) throw new RangeError(`Date out of range (years 0001-9999): ${ymd.year}`);
  return remember(keysByTime, time, formatYmd(ymd));
}

/** Milliseconds from the epoch to the start of `key` in UTC: the zone bridge's naive instant. */
export function utcMidnightOf(key: DateKey): number {
  return dateOf(key).getTime();
}

// Calendar-day arithmetic on DateKeys.

export function addDays(key: DateKey, days: number): DateKey {
  requireWholeNumber(days, 'days');
  const question = `${key}|${days}`;
  const known = shifted.get(question);
  if (known !== undefined) return known;
  return remember(shifted, question, keyOf(addCalendarDays(dateOf(key), days)));
}

/** b - a in calendar days: positive when b is later. */
export function calendarDaysBetween(a: DateKey, b: DateKey): number {
  const question = `${a}|${b}`;
  const known = differences.get(question);
  if (known !== undefined) return known;
  return remember(differences, question, differenceInCalendarDays(dateOf(b), dateOf(a)));
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function dayOfWeek(key: DateKey): number {
  return getISODay(dateOf(key));
}

function requireWholeNumber(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

// Non-working days besides weekends, as callers hand them over (a Set or a plain array).
// date-fns knows weekends only, so skipping holidays is ours.

export type Holidays = ReadonlySet<DateKey> | readonly DateKey[];

const NONE: ReadonlySet<DateKey> = new Set();

export function holidaySet(holidays?: Holidays): ReadonlySet<DateKey> {
  if (!holidays) return NONE;
  return isSet(holidays) ? holidays : new Set(holidays);
}

/** The entries that are not valid DateKeys, so callers can report them instead of ignoring them. */
export function invalidHolidays(holidays?: Holidays): unknown[] {
  return holidays ? [...holidays].filter((h) => parseDateKey(h) === null) : [];
}

function isSet(h: Holidays): h is ReadonlySet<DateKey> {
  return typeof (h as ReadonlySet<DateKey>).has === 'function';
}

// Business-day arithmetic: Monday to Friday, minus the given holidays.

export function isBusinessDay(key: DateKey, holidays?: Holidays): boolean {
  return !isWeekend(dateOf(key)) && !holidaySet(holidays).has(key);
}

/**
 * Moves n business days (n < 0 goes back). Each step lands on the next (or previous) business
 * day, so the result is always a business day unless n is 0, which returns `key` unchanged.
 */
export function addBusinessDays(key: DateKey, n: number, holidays?: Holidays): DateKey {
  requireWholeNumber(n, 'Business days');
  const off = holidaySet(holidays);
  if (off.size === 0) return keyOf(addWeekdays(dateOf(key), n));
  // A holiday passed over costs one more weekday, so go one weekday at a time.
  const step = Math.sign(n);
  let date: Date = dateOf(key);
  for (let left = Math.abs(n); left > 0;) {
    date = addWeekdays(date, step);
    if (!off.has(keyOf(date))) left--;
  }
  return keyOf(date);
}

/**
 * The n with addBusinessDays(a, n) === b when b is a business day: for b on or after a, the
 * business days in (a, b]; for b before a, minus the business days in [b, a). So from a
 * Saturday, the Friday before is -1 ("1 business day ago"). Antisymmetric only between
 * business days.
 */
export function businessDaysBetween(a: DateKey, b: DateKey, holidays?: Holidays): number {
  const span = calendarDaysBetween(a, b);
  if (span === 0) return 0;
  const forward = span > 0;
  // The endpoint convention: date-fns counts from its second date up to, not including, its
  // first; both ends shifted a day (forward when b is later, back when earlier) give the above.
  const shift = forward ? 1 : -1;
  const from = addCalendarDays(dateOf(a), shift);
  const to = addCalendarDays(dateOf(b), shift);
  const weekdays = differenceInBusinessDays(to, from);
  const counted = forward
    ? { start: from, end: dateOf(b) }
    : { start: dateOf(b), end: addCalendarDays(dateOf(a), -1) };
  // Holidays on weekdays among the counted days are not business days either.
  let offDays = 0;
  for (const holiday of holidaySet(holidays)) {
    if (parseDateKey(holiday) === null) continue;
    const date = dateOf(holiday);
    if (!isWeekend(date) && isWithinInterval(date, counted)) offDays++;
  }
  return forward ? weekdays - offDays : weekdays + offDays;
}

/** `key` if it is a business day, else the closest earlier one. */
export function businessDayOnOrBefore(key: DateKey, holidays?: Holidays): DateKey {
  return isBusinessDay(key, holidays) ? key : addBusinessDays(key, -1, holidays);
}

/** `key` if it is a business day, else the closest later one. */
export function businessDayOnOrAfter(key: DateKey, holidays?: Holidays): DateKey {
  return isBusinessDay(key, holidays) ? key : addBusinessDays(key, 1, holidays);
}

// Ordering of DateKeys, checked first: a typo never silently sorts as a date.

/** Negative when a is earlier, 0 when equal, positive when a is later. */
export function compareDateKeys(a: DateKey, b: DateKey): number {
  return compareAsc(dateOf(a), dateOf(b));
}

/** The latest of the given keys, skipping null/undefined; null when none is given. */
export function maxDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  const dates = present(keys);
  return dates.length === 0 ? null : keyOf(max(dates));
}

/** The earliest of the given keys, skipping null/undefined; null when none is given. */
export function minDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  const dates = present(keys);
  return dates.length === 0 ? null : keyOf(min(dates));
}

function present(keys: (DateKey | null | undefined)[]): Date[] {
  return keys.flatMap((key) => (key == null ? [] : [dateOf(key)]));
}
