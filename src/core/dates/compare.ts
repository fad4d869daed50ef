// Ordering of DateKeys. Four-digit zero-padded keys sort as strings, but validating first keeps
// a typo from silently sorting as a date.
import type { DateKey } from '../model';
import { requireDateKey } from './key';

/** Negative when a is earlier, 0 when equal, positive when a is later. */
export function compareDateKeys(a: DateKey, b: DateKey): number {
  const x = requireDateKey(a);
  const y = requireDateKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The latest of the given keys, skipping null/undefined; null when none is given. */
export function maxDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  return pick(keys, (c) => c > 0);
}

/** The earliest of the given keys, skipping null/undefined; null when none is given. */
export function minDateKey(...keys: (DateKey | null | undefined)[]): DateKey | null {
  return pick(keys, (c) => c < 0);
}

function pick(
  keys: (DateKey | null | undefined)[],
  better: (comparison: number) => boolean,
): DateKey | null {
  let best: DateKey | null = null;
  for (const key of keys) {
    if (key == null) continue;
    if (best === null || better(compareDateKeys(key, best))) best = requireDateKey(key);
  }
  return best;
}
