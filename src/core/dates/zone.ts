// The bridge between instants (Date / epoch ms) and DateKeys in a named IANA time zone, read
// with Intl unless the server chose another wall time reader for the execution (see
// useWallTimeReader), so it runs in Apps Script V8 and in Node alike. Sheets hands the server dates as
// instants at midnight in the SPREADSHEET's zone; "today" must be read in that zone too. It is
// ours because date-fns reads days in the process zone or UTC, never in a named zone.
import { type DateKey, dayOfWeek, formatYmd, type YearMonthDay, utcMidnightOf } from './days';

const MS_PER_DAY = 86_400_000;

export interface WallClock {
  dateKey: DateKey;
  hour: number;
  minute: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

interface WallTime extends WallTimeParts {
  /** The day as a DateKey, formatted once with the remembered wall time. */
  dateKey: DateKey;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in a zone. */
export function dateKeyOfInstant(instant: Date | number, timeZone: string): DateKey {
  return wallTimeOf(toMs(instant), timeZone).dateKey;
}

export function wallClockOf(instant: Date | number, timeZone: string): WallClock {
  const wall = wallTimeOf(toMs(instant), timeZone);
  return {
    dateKey: wall.dateKey,
    hour: wall.hour,
    minute: wall.minute,
    weekday: dayOfWeek(wall.dateKey),
  };
}

/**
 * Midnight at the start of `key` in a zone. Where a DST jump skips midnight (America/Santiago,
 * Asia/Beirut) this is the first instant of the day, the moment of the jump; a day a zone skipped
 * entirely (Pacific/Apia 2011-12-30) resolves to the start of the next day.
 */
export function instantOfDateKey(key: DateKey, timeZone: string): Date {
  const naive = utcMidnightOf(key);
  // Midnight happens at naive - offset for the offset in force then; that offset is one of those
  // in force a day either side, unless two transitions fall within two days (none do).
  const candidates = new Set(
    [naive - MS_PER_DAY, naive, naive + MS_PER_DAY].map(
      (probe) => naive - offsetAt(probe, timeZone),
    ),
  );
  const exact = [...candidates].filter(
    (candidate) => wallMs(wallTimeOf(candidate, timeZone)) === naive,
  );
  if (exact.length > 0) return new Date(Math.min(...exact));
  return new Date(firstInstantOnOrAfter(key, naive, timeZone));
}

/** Smallest instant whose day (in the zone) is `day` or later, by bisection around `naive`. */
function firstInstantOnOrAfter(day: DateKey, naive: number, timeZone: string): number {
  let lo = naive - 2 * MS_PER_DAY; // UTC offsets stay within +-14 h, so lo is on an earlier day
  let hi = naive + 2 * MS_PER_DAY; // ...and hi on a later one
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    // Valid keys have four-digit years, so they sort as strings.
    if (wallTimeOf(mid, timeZone).dateKey >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

function offsetAt(instant: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return wallMs(wallTimeOf(wholeSeconds, timeZone)) - wholeSeconds;
}

function wallMs(w: WallTime): number {
  return utcMidnightOf(w.dateKey) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

/** What a wall time reader answers: the wall clock of an instant in a zone, to the second. */
export interface WallTimeParts extends YearMonthDay {
  hour: number;
  minute: number;
  second: number;
}

/**
 * Reads the wall clock of an instant (epoch ms) in a named zone. Intl is the default; the server
 * may choose another for an execution (the platform's own formatter, where Intl disagrees with
 * it), since Intl's zones are not something Apps Script promises.
 */
export type WallTimeReader = (instant: number, timeZone: string) => WallTimeParts;

let reader: WallTimeReader = intlWallTime;

/** Every later conversion goes through `next`; what earlier ones remembered is forgotten. */
export function useWallTimeReader(next: WallTimeReader): void {
  reader = next;
  wallTimes.clear();
}

/**
 * Intl is by far the slowest step of reading a plan (one call per date cell), while a plan's
 * date cells repeat a few hundred distinct days at most: remember each instant's wall time.
 * Bounded, and each Apps Script execution starts with an empty one.
 */
const wallTimes = new Map<string, WallTime>();
const MAX_REMEMBERED = 20_000;

function wallTimeOf(instant: number, timeZone: string): WallTime {
  const key = `${timeZone}|${instant}`;
  const known = wallTimes.get(key);
  if (known) return known;
  if (wallTimes.size >= MAX_REMEMBERED) wallTimes.clear();
  const { year, month, day, hour, minute, second } = reader(instant, timeZone);
  const wall = { year, month, day, hour, minute, second, dateKey: formatYmd({ year, month, day }) };
  wallTimes.set(key, wall);
  return wall;
}

/** The wall clock as Intl reads it; a zone Intl does not know throws a RangeError. */
export function intlWallTime(instant: number, timeZone: string): WallTimeParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    // Some engines print midnight as 24 even with h23.
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The pattern the platform's formatter is asked for, and how its answer is read back. */
export const WALL_TIME_PATTERN = 'yyyy-MM-dd HH:mm:ss';

/** Reads `WALL_TIME_PATTERN` text ("2026-03-29 03:00:00"); null when it is not that. */
export function parseWallTimeText(text: string): WallTimeParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  return { year, month, day, hour: hour === 24 ? 0 : hour, minute, second };
}

export function sameWallTime(a: WallTimeParts, b: WallTimeParts): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/** Accepts Dates from another JS realm too (Sheets values), hence no instanceof. */
function toMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date/time: not a finite instant');
  return ms;
}

const MS_PER_MINUTE = 60_000;

/**
 * The first minute after `from` at which the zone's UTC offset changes (a DST change, or a zone
 * moving for good), looking `horizonDays` ahead; null when the offset holds that long. Days are
 * stepped through and the change is narrowed to the minute, so two changes within one day read
 * as none.
 */
export function nextOffsetChange(
  from: number,
  timeZone: string,
  horizonDays = 400,
  read: WallTimeReader = intlWallTime,
): number | null {
  const offset = (t: number): number => {
    const w = read(t, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
  };
  let lo = Math.floor(toMs(from) / MS_PER_MINUTE) * MS_PER_MINUTE;
  const base = offset(lo);
  for (let day = 1; day <= horizonDays; day += 1) {
    let hi = lo + MS_PER_DAY;
    if (offset(hi) !== base) {
      while (hi - lo > MS_PER_MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
        if (offset(mid) === base) lo = mid;
        else hi = mid;
      }
      return hi;
    }
    lo = hi;
  }
  return null;
}
