// Date-only arithmetic runs on whole days counted from 1970-01-01 in the proleptic Gregorian
// calendar, computed with the UTC methods of Date. Local-time Dates (even at noon, as date-fns
// uses them) are not sound in every zone: Pacific/Apia skipped 2011-12-30 entirely, so a local
// Date for that day does not exist. Day numbers mean the same day in every process time zone.

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a calendar date. Date.UTC maps years 0-99 to 19xx, so set the year explicitly. */
export function dayNumberOf({ year, month, day }: YearMonthDay): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function ymdOfDayNumber(dayNumber: number): YearMonthDay {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatYmd({ year, month, day }: YearMonthDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year/month/day name a real calendar day (2026-02-30 does not). */
export function isRealDay(ymd: YearMonthDay): boolean {
  const { year, month, day } = ymd;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = ymdOfDayNumber(dayNumberOf(ymd));
  return back.year === year && back.month === month && back.day === day;
}

export { MS_PER_DAY };
