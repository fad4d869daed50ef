// When a time-driven trigger fires. Recurring schedules are wall-clock times in the trigger's own
// time zone (so a 09:00 weekly trigger stays at 09:00 across a DST change); hourly and minutely
// ones count fixed periods from the trigger's creation.
import { fromWallClock, toWallClock } from './timezone';

export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;
export type WeekDayName = (typeof WEEKDAYS)[number];

export type ClockSchedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number }
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekDay: WeekDayName | null; hour: number; minute: number }
  | { kind: 'monthDay'; day: number; hour: number; minute: number }
  | { kind: 'once'; at: number };

const DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a calendar date, and back. */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;
function dateOf(n: number) {
  const d = new Date(n * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function at(dayNo: number, hour: number, minute: number, tz: string): number {
  return fromWallClock({ ...dateOf(dayNo), hour, minute }, tz);
}

/** First firing day strictly after `createdAt`, then every `stepDays`; the first one after `after`. */
function nextOnDays(
  firstDay: number,
  stepDays: number,
  hour: number,
  minute: number,
  tz: string,
  createdAt: number,
  after: number,
): number {
  let first = firstDay;
  while (at(first, hour, minute, tz) <= createdAt) first += stepDays;
  // Estimate in UTC days, two steps early (zones are at most 14 h off), then walk forward.
  let k = Math.max(0, Math.floor((Math.floor(after / DAY) - first) / stepDays) - 2);
  while (at(first + k * stepDays, hour, minute, tz) <= after) k += 1;
  return at(first + k * stepDays, hour, minute, tz);
}

/**
 * The first run of `schedule` strictly after `after` (the creation time for a new trigger, the
 * last scheduled run afterwards), or null when a one-off trigger has nothing left to run.
 */
export function nextRun(
  schedule: ClockSchedule,
  timeZone: string,
  createdAt: number,
  after: number,
): number | null {
  switch (schedule.kind) {
    case 'once':
      return schedule.at > after ? schedule.at : null;
    case 'minutes':
    case 'hours': {
      const period = schedule.every * (schedule.kind === 'minutes' ? 60_000 : 3_600_000);
      const k = Math.floor((after - createdAt) / period) + 1;
      return createdAt + Math.max(1, k) * period;
    }
    case 'days': {
      const w = toWallClock(createdAt, timeZone);
      const start = dayNumber(w.year, w.month, w.day);
      return nextOnDays(
        start,
        schedule.every,
        schedule.hour,
        schedule.minute,
        timeZone,
        createdAt,
        after,
      );
    }
    case 'weeks': {
      const w = toWallClock(createdAt, timeZone);
      let start = dayNumber(w.year, w.month, w.day);
      if (schedule.weekDay !== null) {
        const want = WEEKDAYS.indexOf(schedule.weekDay);
        const have = new Date(start * DAY).getUTCDay();
        start += (want - have + 7) % 7;
      }
      return nextOnDays(
        start,
        7 * schedule.every,
        schedule.hour,
        schedule.minute,
        timeZone,
        createdAt,
        after,
      );
    }
    case 'monthDay': {
      const w = toWallClock(Math.max(after, createdAt), timeZone);
      for (let i = 0; i < 48; i++) {
        const month0 = w.month - 1 + i;
        const year = w.year + Math.floor(month0 / 12);
        const month = (month0 % 12) + 1;
        if (dateOf(dayNumber(year, month, schedule.day)).month !== month) continue;
        const t = fromWallClock(
          { year, month, day: schedule.day, hour: schedule.hour, minute: schedule.minute },
          timeZone,
        );
        if (t > after && t > createdAt) return t;
      }
      return null;
    }
  }
}
