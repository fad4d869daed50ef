// The schedule's weekday as callers type it. The stored and compared form is the upper-case
// English name ('MONDAY'), but a caller writing "Monday", "monday " or "Mon" means the same day;
// refusing that would be a trap with no safety gain, since every spelling maps to one day.
import { WEEKDAYS, type Weekday } from '../../shared/api';

// Three letters are enough to tell every day apart, so a longer prefix is accepted only when
// it is the start of the full name ("Wed", "Wednes"), never a word that merely begins the same.
const MIN_PREFIX = 3;

/** The canonical weekday for a name in any case, trimmed, full or abbreviated; else null. */
export function parseWeekday(value: unknown): Weekday | null {
  if (typeof value !== 'string') return null;
  const word = value.trim().toUpperCase().replace(/\.$/, '');
  if (word.length < MIN_PREFIX) return null;
  return WEEKDAYS.find((day) => day.startsWith(word)) ?? null;
}
