// Compression: fit a run of steps into fewer business days, keeping their proportions.
import type { TemplateStep } from '../templates/types';
import { anchorIndexes } from './anchors';

/**
 * Durations that make the sequential steps take exactly `available` business days: every step
 * keeps 1 day, and the days left are shared in proportion to how much longer than 1 day each
 * step was (largest remainder, ties to the earlier step), so no step grows. A parallel step
 * shrinks by its anchor's ratio and stays within it. Natural durations when they already fit;
 * null when even 1 day per step does not fit.
 */
export function squeezeDurations(
  steps: readonly TemplateStep[],
  available: number,
): number[] | null {
  const natural = steps.map((s) => s.businessDays);
  const sequential = steps.flatMap((s, i) => (s.parallelWithPrevious ? [] : [i]));
  const needed = sequential.reduce((sum, i) => sum + natural[i], 0);
  if (available >= needed) return natural;
  if (available < sequential.length) return null;

  const extra = available - sequential.length;
  const weight = needed - sequential.length; // > extra > = 0, since needed > available
  const squeezed = [...natural];
  const shares = sequential.map((i) => {
    const numerator = (natural[i] - 1) * extra;
    return { i, base: Math.floor(numerator / weight), remainder: numerator % weight };
  });
  let left = extra - shares.reduce((sum, s) => sum + s.base, 0);
  for (const s of shares) squeezed[s.i] = 1 + s.base;
  for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
    if (left-- <= 0) break;
    squeezed[s.i] += 1;
  }

  anchorIndexes(steps).forEach((anchor, i) => {
    if (anchor === i) return;
    const scaled = Math.round((natural[i] * squeezed[anchor]) / natural[anchor]);
    squeezed[i] = Math.min(squeezed[anchor], Math.max(1, scaled));
  });
  return squeezed;
}
