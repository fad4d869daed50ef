// Test helpers for reading cells: the time-zone matrix and cell values as getValues() gives them.
import { fromWallClock } from '../../dev/emulator/timezone';

// The time zones every date-reading test runs in: both sides of UTC, a half-hour offset, and a
// zone whose DST runs opposite to the northern hemisphere's.
export const TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
] as const;

/** Runs `fn` with the process time zone (Date's local methods) set to `zone`, then restores it. */
export function inProcessZone<T>(zone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/**
 * What getValues() hands over for a date cell: the instant of midnight of that day in the
 * spreadsheet's zone. Built with the emulator's own Intl code, not core's, so a test of core's
 * reading does not check core against itself.
 */
export function sheetDate(key: string, timeZone: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(fromWallClock({ year, month, day }, timeZone));
}
