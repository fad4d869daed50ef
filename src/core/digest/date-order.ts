// Ordering by an optional target date, dated before undated, exactly as compareDateKeys orders
// keys. compareDateKeys validates both keys on every call; sorting a plan of thousands of steps
// would validate the same few hundred days tens of thousands of times, so each distinct key is
// validated once per comparator and valid keys are then compared as the strings they are.
import { requireDateKey } from '../dates';
import type { DateKey } from '../model';

export type OptionalDateCompare = (a: DateKey | null, b: DateKey | null) => number;

export function optionalDateOrder(): OptionalDateCompare {
  const valid = new Set<DateKey>();
  const checked = (key: DateKey): DateKey => {
    if (!valid.has(key)) valid.add(requireDateKey(key));
    return key;
  };
  return (a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const x = checked(a);
    const y = checked(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
