import {
  STALLED_AFTER_DAYS_LATE,
  type PlanStatus,
  type StepStatus,
  type PlanHeader,
  type RowWarning,
  type ParsedStep,
} from './model';
import { calendarDaysBetween, type DateKey } from '../dates';
import type { PlanStatusResult, StepRef } from '../../shared/api';
import { totalSlipDays } from './slip';
import { classifyStep, type StepState } from './steps';

/** A plan is as healthy as its latest open step: 1-6 days late is At risk, 7+ Stalled. */
export function planStatusOf(maxDaysLate: number): PlanStatus {
  if (maxDaysLate >= STALLED_AFTER_DAYS_LATE) return 'Stalled';
  if (maxDaysLate >= 1) return 'At risk';
  return 'On track';
}

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

// The plan at a glance, as the sidebar, getPlanStatus() and the weekly email see it.

/** How many upcoming steps "next" lists: enough to act on, few enough to read. */
export const NEXT_STEPS_COUNT = 5;

export interface SummarizeInput {
  steps: readonly ParsedStep[];
  warnings: readonly RowWarning[];
  header: PlanHeader | null;
  today: DateKey;
  dueSoonDays?: number;
  sheetName: string;
  timeZone: string;
}

function refOf(step: ParsedStep): StepRef {
  const ref: StepRef = {
    row: step.row,
    step: step.step,
    owner: step.owner,
    targetDate: step.targetDate,
  };
  if (step.targetDateText !== undefined) ref.targetDateText = step.targetDateText;
  return ref;
}

function byDateThenRow(a: ParsedStep, b: ParsedStep): number {
  const da = a.targetDate ?? '';
  const db = b.targetDate ?? '';
  return da < db ? -1 : da > db ? 1 : a.row - b.row;
}

export function summarizePlan(input: SummarizeInput): PlanStatusResult {
  const { steps, header, today } = input;
  const classified: { step: ParsedStep; state: StepState }[] = steps.map((step) => ({
    step,
    state: classifyStep(step, today, input.dueSoonDays),
  }));

  const late = classified
    .filter(({ state }) => state.late)
    .sort((a, b) => b.state.daysLate - a.state.daysLate || a.step.row - b.step.row)
    .map(({ step, state }) => ({ ...refOf(step), daysLate: state.daysLate }));

  const dueSoon = classified
    .filter(({ state }) => state.dueSoon)
    .map(({ step }) => step)
    .sort(byDateThenRow)
    .map(refOf);

  // Open steps marked Blocked: the sidebar's most urgent group after Late.
  const blocked = classified
    .filter(({ state }) => state.blocked && !state.closed)
    .map(({ step }) => step)
    .sort(byDateThenRow)
    .map(refOf);

  const uncommitted = classified
    .filter(({ state }) => state.uncommitted)
    .map(({ step, state }) => ({ ...refOf(step), missing: [...state.missing] }));

  // What comes next: open steps not yet late, soonest first. Late ones have their own list.
  const next = classified
    .filter(({ step, state }) => !state.closed && step.targetDate !== null && !state.late)
    .map(({ step }) => step)
    .sort(byDateThenRow)
    .slice(0, NEXT_STEPS_COUNT)
    .map(refOf);

  const signatureDate = header?.signatureDate ?? null;
  const baselineSignature = header?.baselineSignatureDate ?? null;

  return {
    status: planStatusOf(late.length > 0 ? late[0].daysLate : 0),
    progress: progressOf(steps.map((s) => s.status)),
    late,
    dueSoon,
    blocked,
    uncommitted,
    next,
    warnings: input.warnings.map(({ row, message }) => ({ row, message })),
    totalSlipDays: totalSlipDays(steps),
    signatureDate,
    signatureDriftDays:
      signatureDate !== null && baselineSignature !== null
        ? calendarDaysBetween(baselineSignature, signatureDate)
        : null,
    sheetName: input.sheetName,
    today,
    timeZone: input.timeZone,
  };
}
