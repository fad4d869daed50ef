// Non-working days besides weekends, as callers hand them over (a Set or a plain array).
import type { DateKey } from '../model';
import { parseDateKey } from './key';

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
