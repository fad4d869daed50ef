// Business-day arithmetic: Monday to Friday, minus the given holidays.
import type { DateKey } from '../model';
import { isoWeekdayOfDayNumber, requireWholeNumber } from './calendar';
import { holidaySet, type Holidays } from './holidays';
import { fromDayNumber, parseDateKey, toDayNumber } from './key';

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
