import { calendarDaysBetween } from '../dates';
import type { Step } from '../model';

/**
 * How far a step's target date has moved from its baseline (the date first agreed), in calendar
 * days: positive = later. Null when either date is missing or unreadable. Measured against the
 * baseline rather than the last edit, so pastes and sorts cannot make it wrong.
 */
export function slipDays(step: Pick<Step, 'targetDate' | 'baselineDate'>): number | null {
  if (step.targetDate === null || step.baselineDate === null) return null;
  return calendarDaysBetween(step.baselineDate, step.targetDate);
}

/**
 * The plan's total slip: days that open and done steps moved LATER than their baselines.
 * A step pulled earlier counts 0 rather than offsetting another's delay, and Skipped steps
 * are left out, because a skipped step's date no longer matters.
 */
export function totalSlipDays(
  steps: readonly Pick<Step, 'targetDate' | 'baselineDate' | 'status'>[],
): number {
  let total = 0;
  for (const step of steps) {
    if (step.status === 'Skipped') continue;
    const slip = slipDays(step);
    if (slip !== null && slip > 0) total += slip;
  }
  return total;
}
