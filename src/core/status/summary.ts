// The plan at a glance, as the sidebar, getPlanStatus() and the weekly email see it.
import { calendarDaysBetween } from '../dates';
import type { DateKey, PlanHeader, RowWarning } from '../model';
import type { PlanStatusResult, StepRef } from '../../shared/api';
import { totalSlipDays } from '../slip/slip';
import type { ParsedStep } from '../steps/parsed-step';
import { classifyStep, type StepState } from '../steps/state';
import { planStatusOf } from './plan-status';
import { progressOf } from './progress';

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
  return { row: step.row, step: step.step, owner: step.owner, targetDate: step.targetDate };
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
