// The bridge between instants (Date / epoch ms) and DateKeys in a named IANA time zone, with
// Intl only, so it runs in Apps Script V8 and in Node alike. Sheets hands the server dates as
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

interface WallTime extends YearMonthDay {
  hour: number;
  minute: number;
  second: number;
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
  const wall = readWallTime(instant, timeZone);
  wallTimes.set(key, wall);
  return wall;
}

function readWallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const day = { year: parts.year, month: parts.month, day: parts.day };
  return {
    ...day,
    // Some engines print midnight as 24 even with h23.
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
    dateKey: formatYmd(day),
  };
}

/** Accepts Dates from another JS realm too (Sheets values), hence no instanceof. */
function toMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date/time: not a finite instant');
  return ms;
}
