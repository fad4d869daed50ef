// "Today" and date cells belong to the SPREADSHEET's time zone, not the script's (DESIGN §5).
import { dateKeyOfInstant, instantOfDateKey } from '../../core/dates';
import type { DateKey } from '../../core/model';

/** Today's date in a zone, read from the clock now. */
export function todayIn(timeZone: string, now: Date = new Date()): DateKey {
  return dateKeyOfInstant(now, timeZone);
}

/** The Date to write so a cell shows `key` in a spreadsheet whose zone is `timeZone`. */
export function dateCell(key: DateKey, timeZone: string): Date {
  return instantOfDateKey(key, timeZone);
}
