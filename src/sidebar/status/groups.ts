// Which list each step of the status screen goes in. The server lists a step under every
// heading it fits (a step due soon with no owner is also a next step), which made the sidebar
// long and repetitive; here each step appears once, under its most urgent heading. Pure, so the
// order is tested without a browser.
import type { LateStepRef, PlanStatusResult, StepRef, UncommittedStepRef } from '../../shared/api';

/** Most urgent first: the order of the status screen's lists. */
export const GROUP_ORDER = [
  'late',
  'blocked',
  'warnings',
  'uncommitted',
  'due-soon',
  'next',
] as const;
export type GroupId = (typeof GROUP_ORDER)[number];

export interface GroupedStep {
  row: number;
  /** The step as a list knows it; null for an unreadable row no list names. */
  step: StepRef | null;
  daysLate?: number;
  missing?: UncommittedStepRef['missing'];
  /** Why the add-on could not read (part of) this row. */
  warnings: string[];
}

export interface StepGroup {
  id: GroupId;
  steps: GroupedStep[];
}

export function groupSteps(plan: PlanStatusResult): StepGroup[] {
  const warningsByRow = new Map<number, string[]>();
  for (const { row, message } of plan.warnings) {
    warningsByRow.set(row, [...(warningsByRow.get(row) ?? []), message]);
  }
  // What the lists know about each row, for a warning row that no earlier group takes.
  const known = new Map<number, StepRef>();
  for (const list of [plan.late, plan.blocked ?? [], plan.uncommitted, plan.dueSoon, plan.next]) {
    for (const ref of list) if (!known.has(ref.row)) known.set(ref.row, ref);
  }
  const missingByRow = new Map(plan.uncommitted.map((s) => [s.row, s.missing]));

  const placed = new Set<number>();
  const take = (refs: StepRef[]): GroupedStep[] =>
    refs
      .filter((ref) => !placed.has(ref.row))
      .map((ref) => {
        placed.add(ref.row);
        const late = (ref as Partial<LateStepRef>).daysLate;
        const missing = missingByRow.get(ref.row);
        return {
          row: ref.row,
          step: ref,
          ...(late !== undefined ? { daysLate: late } : {}),
          ...(missing ? { missing } : {}),
          warnings: warningsByRow.get(ref.row) ?? [],
        };
      });

  const late = take(plan.late);
  const blocked = take(plan.blocked ?? []);
  const warningRows = [...warningsByRow.keys()].filter((row) => !placed.has(row));
  const warnings: GroupedStep[] = warningRows
    .sort((a, b) => a - b)
    .map((row) => {
      placed.add(row);
      return { row, step: known.get(row) ?? null, warnings: warningsByRow.get(row) ?? [] };
    });
  const groups: Record<GroupId, GroupedStep[]> = {
    late,
    blocked,
    warnings,
    uncommitted: take(plan.uncommitted),
    'due-soon': take(plan.dueSoon),
    next: take(plan.next),
  };
  return GROUP_ORDER.map((id) => ({ id, steps: groups[id] }));
}
