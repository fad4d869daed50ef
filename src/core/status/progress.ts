import type { StepStatus } from '../model';

export interface Progress {
  done: number;
  /** Steps that count: Skipped ones are left out, so skipping a step does not drag progress. */
  total: number;
  /** Whole percent, rounded half up; 0 for a plan with nothing to do. */
  percent: number;
}

export function progressOf(statuses: readonly StepStatus[]): Progress {
  const done = statuses.filter((s) => s === 'Done').length;
  const total = statuses.filter((s) => s !== 'Skipped').length;
  // Same expression as the header formula's ROUND(100*done/total, 0), so both round alike.
  return { done, total, percent: total === 0 ? 0 : Math.round((100 * done) / total) };
}

/** The header's progress line, e.g. "3 of 10 done (30%)"; the live formula builds the same. */
export function progressText(progress: Progress): string {
  return `${progress.done} of ${progress.total} done (${progress.percent}%)`;
}
