// THE definition of a step's state. The sidebar, the email, the plan status and the sheet's
// conditional-format and header formulas (tested against this) all mean exactly this.
import { addDays, calendarDaysBetween } from '../dates';
import { DUE_SOON_DAYS, type DateKey, type Step } from '../model';

export type MissingCommitment = 'owner' | 'date';

export interface StepState {
  late: boolean;
  /** Calendar days past the target date; 0 unless late. */
  daysLate: number;
  dueSoon: boolean;
  uncommitted: boolean;
  missing: MissingCommitment[];
  done: boolean;
  skipped: boolean;
  blocked: boolean;
  /** Done or Skipped: the step can no longer be late, due or uncommitted. */
  closed: boolean;
  /** The Target date cell holds something that is not a date. */
  dateUnreadable: boolean;
}

export type ClassifiableStep = Pick<Step, 'owner' | 'targetDate' | 'status'> & {
  targetDateText?: string;
};

/**
 * Late: a target date before today, not Done or Skipped (due today is not late yet).
 * Due soon: open, target within [today, today + dueSoonDays].
 * Uncommitted: open with no owner or no readable target date. A step whose date cell holds
 * text ("TBD", "next week") has no date anybody committed to, so it counts, and is never on time.
 */
export function classifyStep(
  step: ClassifiableStep,
  today: DateKey,
  dueSoonDays: number = DUE_SOON_DAYS,
): StepState {
  const done = step.status === 'Done';
  const skipped = step.status === 'Skipped';
  const closed = done || skipped;
  const target = step.targetDate;

  const late = !closed && target !== null && target < today;
  const dueSoon =
    !closed && target !== null && target >= today && target <= addDays(today, dueSoonDays);

  const missing: MissingCommitment[] = [];
  if (!closed) {
    if (step.owner.trim() === '') missing.push('owner');
    if (target === null) missing.push('date');
  }

  return {
    late,
    daysLate: late && target !== null ? calendarDaysBetween(target, today) : 0,
    dueSoon,
    uncommitted: missing.length > 0,
    missing,
    done,
    skipped,
    blocked: step.status === 'Blocked',
    closed,
    dateUnreadable: step.targetDateText !== undefined,
  };
}
