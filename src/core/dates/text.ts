import {
  type DateKey,
  dayOfWeek,
  requireDateKey,
  formatYmd,
  isRealDay,
  type YearMonthDay,
} from './days';

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

// DateKeys as people read them in messages: "Nov 19", "Nov 19, 2026", "Thu, Nov 19".

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
