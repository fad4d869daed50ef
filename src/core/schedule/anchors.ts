import type { TemplateStep } from '../templates/types';

/**
 * For each step, the index of the step whose dates it follows: itself for a sequential step,
 * the nearest earlier sequential step for one that runs in parallel.
 */
export function anchorIndexes(steps: readonly TemplateStep[]): number[] {
  let anchor = 0;
  return steps.map((s, i) => {
    if (!s.parallelWithPrevious) anchor = i;
    return anchor;
  });
}
