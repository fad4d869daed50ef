import {
  type DateKey,
  addDays,
  businessDayOnOrAfter,
  calendarDaysBetween,
  dayOfWeek,
  holidaySet,
  parseDateKey,
} from '../dates';
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
  /**
   * The DateKey of the most recent scheduled slot at or before now: names this week's email.
   * It is the slot's weekday even when a holiday moved the send to a later day.
   */
  period: DateKey;
  /** The period the next slot sends. */
  nextPeriod: DateKey;
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
  /** The plan's holidays: a slot on one goes out the next business day, at the same hour. */
  holidays?: readonly DateKey[];
}

/**
 * The plan's holidays as the plan record keeps them (a JSON list of 'yyyy-MM-dd'); anything
 * unreadable is left out, since a wrong holiday only moves an email by a day.
 */
export function parsePlanHolidays(json: string | undefined): DateKey[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.map((d) => parseDateKey(d)).filter((d): d is DateKey => d !== null);
}

/** The most days a holiday can move a slot: the send never reaches the next week's slot. */
const MAX_SHIFT_DAYS = 6;

/**
 * The day a period's email goes out: the slot's own day, or, when that is one of the plan's
 * holidays, the next business day (weekends and holidays skipped). A slot the owner put on a
 * weekend stays there: only a holiday moves it.
 */
export function sendDayOf(period: DateKey, holidays: readonly DateKey[] = []): DateKey {
  const set = holidaySet(holidays);
  if (!set.has(period)) return period;
  const moved = businessDayOnOrAfter(addDays(period, 1), set);
  return calendarDaysBetween(period, moved) <= MAX_SHIFT_DAYS
    ? moved
    : addDays(period, MAX_SHIFT_DAYS);
}

export function digestPeriod(input: DigestPeriodInput): DigestPeriod {
  const { schedule, now, completedPeriod, since, holidays } = input;
  const slotWeekday = isoWeekdayOf(schedule.weekday);
  requireHour(schedule.hour, 'schedule hour');
  requireHour(now.hour, 'current hour');

  let back = (dayOfWeek(now.dateKey) - slotWeekday + 7) % 7;
  if (back === 0 && now.hour < schedule.hour) back = 7;
  let period = addDays(now.dateKey, -back);
  const slotOf = (p: DateKey): LocalHour => ({
    dateKey: sendDayOf(p, holidays),
    hour: schedule.hour,
  });
  // A holiday moved this week's send to a later day not reached yet: last week's still runs.
  if (compareLocal(slotOf(period), now) > 0) period = addDays(period, -7);
  const slot = slotOf(period);
  const due = period !== completedPeriod && (since == null || compareLocal(slot, since) >= 0);
  const nextPeriod = addDays(period, 7);
  const nextSlot = slotOf(nextPeriod);
  return { period, nextPeriod, due, nextSlot, nextRun: due ? nextHour(now) : nextSlot };
}

/**
 * The period a manual "send now" delivers. While today's slot is still ahead, the email sent
 * now IS today's (the scheduled run then finds it sent): otherwise the morning's manual send
 * and the slot's run would mail everyone twice in one day. At any other time it is the
 * current period's.
 */
export function sendNowPeriod(current: DigestPeriod, now: LocalHour): DateKey {
  return current.nextSlot.dateKey === now.dateKey ? current.nextPeriod : current.period;
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
