// A plan's dates must be dates the add-on can read back. The step reader treats a date outside
// PLAUSIBLE_DATES as a typo (see cells.ts), so a signature typed as 2206 for 2026 would write a
// plan whose every date is then reported as unreadable; and years near 9999 overflow the date
// arithmetic itself. Both are refused here, before anything is laid out, in the user's words.
import { PLAUSIBLE_DATES } from '../cells';
import { compareDateKeys } from '../dates';
import type { DateKey } from '../model';

const RANGE = `${PLAUSIBLE_DATES.first} to ${PLAUSIBLE_DATES.last}`;

export function inPlanRange(key: DateKey): boolean {
  return (
    compareDateKeys(key, PLAUSIBLE_DATES.first) >= 0 &&
    compareDateKeys(key, PLAUSIBLE_DATES.last) <= 0
  );
}

/** Throws a RangeError for users when `key` (already a valid DateKey) is outside the range. */
export function requireDateInPlanRange(key: DateKey, what: string): DateKey {
  if (!inPlanRange(key)) {
    throw new RangeError(`${what} ${key} is out of range: a plan's dates must fall in ${RANGE}.`);
  }
  return key;
}

/** Throws when the laid-out plan runs over either end of the range (a date close to an end). */
export function requireScheduleInPlanRange(first: DateKey, last: DateKey): void {
  if (!inPlanRange(first) || !inPlanRange(last)) {
    throw new RangeError(
      `The plan would run from ${first} to ${last}, outside the dates a plan can hold (${RANGE}); choose a signature date further inside that range.`,
    );
  }
}
