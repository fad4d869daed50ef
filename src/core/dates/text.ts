import {
  type DateKey,
  dayOfWeek,
  requireDateKey,
  formatYmd,
  isRealDay,
  type YearMonthDay,
} from './days';
import { isTimeZone, wallClockOf, type WallTimeParts } from './zone';

// English month names, for dates people type and dates we print.
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 1-12 for a full English month name or its three-letter abbreviation (or "Sept"), else null. */
export function monthNumberOf(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower === 'sept') return 9;
  const index = MONTH_NAMES.findIndex(
    (full) => full.toLowerCase() === lower || full.slice(0, 3).toLowerCase() === lower,
  );
  return index < 0 ? null : index + 1;
}

// The one way the add-on writes a date, wherever a person reads it (sidebar, emails, owner
// notes, messages, the cells it formats): "Nov 19", "Thu, Nov 19", with the year only when it
// is asked for or differs from the reader's today ("Jan 5, 2027"); times on the 24-hour clock.

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface DateDisplayOptions {
  /** Always add the year; or, given a reference day, add it only when the year differs. */
  year?: boolean | DateKey;
  weekday?: boolean;
}

export function formatDateKey(key: DateKey, options: DateDisplayOptions = {}): string {
  const valid = requireDateKey(key);
  const year = valid.slice(0, 4);
  const month = MONTH_NAMES[Number(valid.slice(5, 7)) - 1].slice(0, 3);
  let text = `${month} ${Number(valid.slice(8, 10))}`;
  const showYear =
    typeof options.year === 'string'
      ? requireDateKey(options.year).slice(0, 4) !== year
      : options.year === true;
  if (showYear) text += `, ${Number(year)}`;
  if (options.weekday) text = `${WEEKDAY_NAMES[dayOfWeek(valid) - 1]}, ${text}`;
  return text;
}

/** "09:05": hours and minutes on the 24-hour clock (an hour of 24 reads as 00). */
export function formatClock(hour: number, minute = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour % 24)}:${pad(minute)}`;
}

/**
 * An instant as the wall clock of `timeZone`: "Mon, Mar 3 at 09:12". An unknown zone must not
 * hide the moment, so it is shown in UTC and labelled as such.
 */
export function formatInstant(
  instant: Date | number | string,
  timeZone: string,
  options: DateDisplayOptions = {},
): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${JSON.stringify(instant)} is not a moment in time`);
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const wall = wallClockOf(ms, zone);
  const text = `${formatDateKey(wall.dateKey, options)} at ${formatClock(wall.hour, wall.minute)}`;
  return zone === timeZone ? text : `${text} UTC`;
}

/** A wall clock reading as such, year always shown: "Dec 6, 2026 at 15:13". */
export function formatWallTime(wall: WallTimeParts): string {
  return `${formatDateKey(formatYmd(wall), { year: true })} at ${formatClock(wall.hour, wall.minute)}`;
}

/**
 * The same style as number formats, for the cells the add-on formats: a Sheets format cannot
 * drop the year when it is this year's, so cells always show it ("Dec 6, 2026 at 02:42").
 */
export const SHEET_DATE_FORMAT = 'mmm d, yyyy';
export const SHEET_DATE_TIME_FORMAT = 'mmm d, yyyy "at" hh:mm';

// Date-like text a user typed into the create form. Only unambiguous shapes are accepted; a
// numeric day/month order is read the US way (M/d/yyyy), as Google Sheets does in en-US.

const ORDINAL = '(?:st|nd|rd|th)?';

const SHAPES: { pattern: RegExp; read: (m: RegExpExecArray) => YearMonthDay | null }[] = [
  {
    // 2026-12-10, 2026/12/10, 2026-1-5
    pattern: /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/,
    read: (m) => ({ year: +m[1], month: +m[3], day: +m[4] }),
  },
  {
    // 12/10/2026 (US: month first)
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
    read: (m) => ({ year: +m[3], month: +m[1], day: +m[2] }),
  },
  {
    // Dec 10, 2026 / December 10th 2026 / Dec. 10, 2026
    pattern: new RegExp(`^([a-z]+)\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i'),
    read: (m) => named(m[1], +m[2], +m[3]),
  },
  {
    // 10 Dec 2026 / 10th December, 2026
    pattern: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+([a-z]+)\\.?,?\\s+(\\d{4})$`, 'i'),
    read: (m) => named(m[2], +m[1], +m[3]),
  },
];

/** The DateKey of a typed date, or null when the text is not a real day in a shape we accept. */
export function parseUserDate(text: string): DateKey | null {
  if (typeof text !== 'string') return null;
  const input = text.trim().replace(/\s+/g, ' ');
  for (const { pattern, read } of SHAPES) {
    const match = pattern.exec(input);
    if (!match) continue;
    const ymd = read(match);
    return ymd && isRealDay(ymd) ? formatYmd(ymd) : null;
  }
  return null;
}

function named(monthName: string, day: number, year: number): YearMonthDay | null {
  const month = monthNumberOf(monthName);
  return month === null ? null : { year, month, day };
}
