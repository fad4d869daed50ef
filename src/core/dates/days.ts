// Date-only arithmetic runs on whole days counted from 1970-01-01 in the proleptic Gregorian
// calendar, computed with the UTC methods of Date. Local-time Dates (even at noon, as date-fns
// uses them) are not sound in every zone: Pacific/Apia skipped 2011-12-30 entirely, so a local
// Date for that day does not exist. Day numbers mean the same day in every process time zone.

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a calendar date. Date.UTC maps years 0-99 to 19xx, so set the year explicitly. */
export function dayNumberOf({ year, month, day }: YearMonthDay): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function ymdOfDayNumber(dayNumber: number): YearMonthDay {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatYmd({ year, month, day }: YearMonthDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year/month/day name a real calendar day (2026-02-30 does not). */
export function isRealDay(ymd: YearMonthDay): boolean {
  const { year, month, day } = ymd;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = ymdOfDayNumber(dayNumberOf(ymd));
  return back.year === year && back.month === month && back.day === day;
}

export { MS_PER_DAY };

// DateKey ('yyyy-MM-dd') parsing and validation. A key is a calendar day with no time and no
// zone, so it survives google.script.run and means the same day to every reader.

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

// Calendar-day arithmetic on DateKeys.

export function addDays(key: DateKey, days: number): DateKey {
  requireWholeNumber(days, 'days');
  return fromDayNumber(toDayNumber(key) + days);
}

/** b - a in calendar days: positive when b is later. */
export function calendarDaysBetween(a: DateKey, b: DateKey): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function dayOfWeek(key: DateKey): number {
  return isoWeekdayOfDayNumber(toDayNumber(key));
}

/** Day 0 (1970-01-01) was a Thursday, ISO weekday 4. */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function requireWholeNumber(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

// Non-working days besides weekends, as callers hand them over (a Set or a plain array).

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
  return isWorkingDayNumber(toDayNumber(key), holidaySet(holidays));
}

/**
 * Moves n business days (n < 0 goes back). Each step lands on the next (or previous) business
 * day, so the result is always a business day unless n is 0, which returns `key` unchanged.
 */
export function addBusinessDays(key: DateKey, n: number, holidays?: Holidays): DateKey {
  requireWholeNumber(n, 'Business days');
  const off = holidaySet(holidays);
  let day = toDayNumber(key);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDayNumber(day, off)) left--;
  }
  return fromDayNumber(day);
}

/**
 * The n with addBusinessDays(a, n) === b when b is a business day: for b on or after a, the
 * business days in (a, b]; for b before a, minus the business days in [b, a). So from a
 * Saturday, the Friday before is -1 ("1 business day ago"). Antisymmetric only between
 * business days.
 */
export function businessDaysBetween(a: DateKey, b: DateKey, holidays?: Holidays): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const off = holidaySet(holidays);
  return to >= from ? countWorkingDays(from + 1, to, off) : -countWorkingDays(to, from - 1, off);
}

/** `key` if it is a business day, else the closest earlier one. */
export function businessDayOnOrBefore(key: DateKey, holidays?: Holidays): DateKey {
  return isBusinessDay(key, holidays) ? key : addBusinessDays(key, -1, holidays);
}

/** `key` if it is a business day, else the closest later one. */
export function businessDayOnOrAfter(key: DateKey, holidays?: Holidays): DateKey {
  return isBusinessDay(key, holidays) ? key : addBusinessDays(key, 1, holidays);
}

function isWorkingDayNumber(day: number, off: ReadonlySet<DateKey>): boolean {
  return isoWeekdayOfDayNumber(day) <= 5 && (off.size === 0 || !off.has(fromDayNumber(day)));
}

/** Business days in [lo, hi], counted by whole weeks so long spans stay cheap. */
function countWorkingDays(lo: number, hi: number, off: ReadonlySet<DateKey>): number {
  if (hi < lo) return 0;
  const length = hi - lo + 1;
  let count = Math.floor(length / 7) * 5;
  for (let day = lo + Math.floor(length / 7) * 7; day <= hi; day++) {
    if (isoWeekdayOfDayNumber(day) <= 5) count++;
  }
  for (const holiday of off) {
    const key = parseDateKey(holiday);
    if (key === null) continue;
    const day = toDayNumber(key);
    if (day >= lo && day <= hi && isoWeekdayOfDayNumber(day) <= 5) count--;
  }
  return count;
}

// Ordering of DateKeys. Four-digit zero-padded keys sort as strings, but validating first keeps
// a typo from silently sorting as a date.

/** Negative when a is earlier, 0 when equal, positive when a is later. */
export function compareDateKeys(a: DateKey, b: DateKey): number {
  const x = requireDateKey(a);
  const y = requireDateKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The latest of the given keys, skipping null/undefined; null when none is given. */
export function maxDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  return pick(keys, (c) => c > 0);
}

/** The earliest of the given keys, skipping null/undefined; null when none is given. */
export function minDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  return pick(keys, (c) => c < 0);
}

function pick(
  keys: (DateKey | null | undefined)[],
  better: (comparison: number) => boolean,
): DateKey | null {
  let best: DateKey | null = null;
  for (const key of keys) {
    if (key == null) continue;
    if (best === null || better(compareDateKeys(key, best))) best = requireDateKey(key);
  }
  return best;
}
