// Date-like text a user typed into the create form. Only unambiguous shapes are accepted; a
// numeric day/month order is read the US way (M/d/yyyy), as Google Sheets does in en-US.
import type { DateKey } from '../model';
import { formatYmd, isRealDay, type YearMonthDay } from './day-number';
import { monthNumberOf } from './month-names';

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
