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
