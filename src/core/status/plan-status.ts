import { STALLED_AFTER_DAYS_LATE, type PlanStatus } from '../model';

/** A plan is as healthy as its latest open step: 1-6 days late is At risk, 7+ Stalled. */
export function planStatusOf(maxDaysLate: number): PlanStatus {
  if (maxDaysLate >= STALLED_AFTER_DAYS_LATE) return 'Stalled';
  if (maxDaysLate >= 1) return 'At risk';
  return 'On track';
}
