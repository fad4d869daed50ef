// DateKeys as people read them in messages: "Nov 19", "Nov 19, 2026", "Thu, Nov 19".
import type { DateKey } from '../model';
import { dayOfWeek } from './calendar';
import { requireDateKey } from './key';
import { MONTH_NAMES } from './month-names';

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
