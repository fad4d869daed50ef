// The schedule speaks in wall-clock hours of the spreadsheet's zone; the sidebar and the log
// speak in instants. These convert, DST included.
import { instantOfDateKey, wallClockOf } from '../../core/dates';
import type { LocalHour } from '../../core/schedule-period/digest-period';

const HOUR_MS = 3_600_000;

export function localHourOf(instant: Date, timeZone: string): LocalHour {
  const wall = wallClockOf(instant, timeZone);
  return { dateKey: wall.dateKey, hour: wall.hour };
}

/**
 * The first instant of a local hour. An hour a spring-forward jump skips resolves to the jump
 * itself, which is when a trigger waiting for it would fire.
 */
export function instantOfLocalHour(local: LocalHour, timeZone: string): Date {
  const midnight = instantOfDateKey(local.dateKey, timeZone).getTime();
  // Offsets change by at most a couple of hours within a day: search around the naive guess.
  for (const shift of [0, -1, 1, -2, 2]) {
    const candidate = midnight + (local.hour + shift) * HOUR_MS;
    const wall = wallClockOf(candidate, timeZone);
    if (wall.dateKey === local.dateKey && wall.hour === local.hour) {
      return new Date(candidate - wall.minute * 60_000);
    }
  }
  // Skipped hour: the first instant after it on that day.
  for (let h = 1; h <= 3; h += 1) {
    const candidate = midnight + (local.hour + h) * HOUR_MS;
    const wall = wallClockOf(candidate, timeZone);
    if (wall.dateKey === local.dateKey && wall.hour > local.hour) {
      return new Date(candidate - wall.minute * 60_000 - (wall.hour - local.hour - 1) * HOUR_MS);
    }
  }
  return new Date(midnight + local.hour * HOUR_MS);
}
