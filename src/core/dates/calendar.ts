// Calendar-day arithmetic on DateKeys.
import type { DateKey } from '../model';
import { fromDayNumber, toDayNumber } from './key';

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
