import { type DateKey, addDays, calendarDaysBetween, dayOfWeek } from '../dates';
import { WEEKDAYS, type Weekday } from '../../shared/api';

// When a weekly digest is due.
//
// The server does not install a weekly trigger at the chosen hour. It runs ONE hourly trigger
// and asks digestPeriod() on every tick, with the current wall clock in the SPREADSHEET's time
// zone. That choice buys three things a weekly trigger cannot give:
// - DST correctness: the slot is a local weekday and hour, compared against the local wall
//   clock, so it stays at 9:00 local when the offset changes. A slot hour skipped by a
//   spring-forward jump is simply "passed" at the first tick after the jump; a slot hour that
//   repeats in the autumn is sent once, because the second pass finds the period completed.
// - Retries: a run that could not send (quota, a passing error) leaves the period incomplete,
//   so the next hourly tick tries again, later the same day and on the following days.
// - No silently skipped week: the period is the most recent slot at or before now, so a tick
//   that was missed (trigger outage, execution timeout) is caught up by any later tick before
//   the next slot; only when a whole week passes without a single successful tick does that
//   period give way to the next one.

export interface DigestSchedule {
  weekday: Weekday;
  /** 0-23, local to the spreadsheet's time zone. */
  hour: number;
}

/** A local wall-clock hour (the fields wallClockOf returns that matter here). */
export interface LocalHour {
  dateKey: DateKey;
  hour: number;
}

export interface DigestPeriod {
  /** The DateKey of the most recent scheduled slot at or before now: names this week's email. */
  period: DateKey;
  /** The slot has passed, the period is not completed, and it is not from before `since`. */
  due: boolean;
  /** The next scheduled slot strictly after now. */
  nextSlot: LocalHour;
  /** When the schedule will next act: the next hourly tick while due, else the next slot. */
  nextRun: LocalHour;
}

export interface DigestPeriodInput {
  schedule: DigestSchedule;
  now: LocalHour;
  /** The period whose delivery finished (from the delivery ledger), if any. */
  completedPeriod?: DateKey | null;
  /**
   * When the schedule was switched on or changed. A slot before it is not due, so enabling the
   * email on a Wednesday for Mondays does not send at once for the Monday already gone.
   */
  since?: LocalHour | null;
}

export function digestPeriod(input: DigestPeriodInput): DigestPeriod {
  const { schedule, now, completedPeriod, since } = input;
  const slotWeekday = isoWeekdayOf(schedule.weekday);
  requireHour(schedule.hour, 'schedule hour');
  requireHour(now.hour, 'current hour');

  let back = (dayOfWeek(now.dateKey) - slotWeekday + 7) % 7;
  if (back === 0 && now.hour < schedule.hour) back = 7;
  const period = addDays(now.dateKey, -back);
  const slot: LocalHour = { dateKey: period, hour: schedule.hour };
  const due = period !== completedPeriod && (since == null || compareLocal(slot, since) >= 0);
  const nextSlot: LocalHour = { dateKey: addDays(period, 7), hour: schedule.hour };
  return { period, due, nextSlot, nextRun: due ? nextHour(now) : nextSlot };
}

/** ISO weekday, 1 = MONDAY ... 7 = SUNDAY. */
export function isoWeekdayOf(weekday: Weekday): number {
  const index = WEEKDAYS.indexOf(weekday);
  if (index < 0) throw new RangeError(`Unknown weekday ${JSON.stringify(weekday)}`);
  return index + 1;
}

function nextHour(now: LocalHour): LocalHour {
  return now.hour < 23
    ? { dateKey: now.dateKey, hour: now.hour + 1 }
    : { dateKey: addDays(now.dateKey, 1), hour: 0 };
}

/** Negative when a is earlier. */
function compareLocal(a: LocalHour, b: LocalHour): number {
  return calendarDaysBetween(b.dateKey, a.dateKey) * 24 + (a.hour - b.hour);
}

function requireHour(hour: number, what: string): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`${what} must be a whole hour 0-23, got ${hour}`);
  }
}

// The schedule's weekday as callers type it. The stored and compared form is the upper-case
// English name ('MONDAY'), but a caller writing "Monday", "monday " or "Mon" means the same day;
// refusing that would be a trap with no safety gain, since every spelling maps to one day.

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
