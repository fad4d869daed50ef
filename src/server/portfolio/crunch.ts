// The crunch threshold: how many distinct deals with work in one week make it a crunch. The
// seller's own choice, kept in their user properties beside the registry. Pure.
import { DEFAULT_CRUNCH_THRESHOLD } from '../../core/portfolio/weeks';

export const CRUNCH_KEY = 'map.portfolio.crunchThreshold';
export const CRUNCH_MIN = 2;
export const CRUNCH_MAX = 10;

/** The threshold getPortfolio was given, null when none; a RangeError that says why otherwise. */
export function requireCrunchOption(options: unknown): number | null {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object') {
    throw new TypeError(
      'getPortfolio takes its options as an object, e.g. { crunchThreshold: 3 }.',
    );
  }
  const value = (options as { crunchThreshold?: unknown }).crunchThreshold;
  if (value === undefined || value === null) return null;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < CRUNCH_MIN ||
    value > CRUNCH_MAX
  ) {
    throw new RangeError(
      `The crunch threshold must be a whole number of deals from ${CRUNCH_MIN} to ${CRUNCH_MAX}; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** The saved threshold, or the default when none (or a damaged one) is saved. */
export function crunchThresholdOf(stored: string | undefined): number {
  const value = Number(stored);
  return Number.isInteger(value) && value >= CRUNCH_MIN && value <= CRUNCH_MAX
    ? value
    : DEFAULT_CRUNCH_THRESHOLD;
}
