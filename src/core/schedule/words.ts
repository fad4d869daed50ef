// How scheduling speaks to the user: short sentences with dates like "Nov 19".
import { formatDateKey } from '../dates';
import type { DateKey } from '../model';

/** "Nov 19", with the year only when it is not today's year. */
export function day(key: DateKey, today: DateKey): string {
  return formatDateKey(key, { year: today });
}

/** "Sat, Dec 12", for saying why a date moved. */
export function weekdayDay(key: DateKey, today: DateKey): string {
  return formatDateKey(key, { year: today, weekday: true });
}

export function businessDays(n: number): string {
  return `${n} business ${n === 1 ? 'day' : 'days'}`;
}

/** "1 business day is left", "3 business days are left". */
export function businessDaysLeft(n: number): string {
  return `${businessDays(n)} ${n === 1 ? 'is' : 'are'} left`;
}
