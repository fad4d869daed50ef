// The conditional-format rules of the step table, generated from where its columns are.
// Sheets applies the FIRST matching rule to a cell, so the order below is the priority.
import { DUE_SOON_DAYS } from '../model';
import type { StepState } from '../steps/state';
import type { StepLetters } from '../table/step-letters';
import { filled, isOpen, readableDate, statusIs } from './fragments';
import { ruleMarker } from './marker';
import { PALETTE, type CellLook } from './palette';

/**
 * Priority, first wins. Closed steps show as closed whatever their dates say. Then what needs
 * fixing: a date nobody can read, a missed date, a blocker. Then the qualification signal
 * (no owner or no date), and last what is merely coming up.
 */
export const RULE_ORDER = [
  'done',
  'skipped',
  'dateUnreadable',
  'late',
  'blocked',
  'uncommitted',
  'dueSoon',
] as const;
export type RuleId = (typeof RULE_ORDER)[number];

export interface RuleSpec {
  id: RuleId;
  /** Custom formula relative to the rule range's top-left cell (row firstDataRow). */
  formula: string;
  look: CellLook;
}

/**
 * One rule per state. References are column-absolute and row-relative ($G7), so the same rule
 * reads each row's own cells across the whole table width, including rows added later.
 */
export function stepRules(
  letters: StepLetters,
  firstDataRow: number,
  dueSoonDays: number = DUE_SOON_DAYS,
): RuleSpec[] {
  if (!Number.isInteger(firstDataRow) || firstDataRow < 1) {
    throw new RangeError(`First data row ${firstDataRow} is not a sheet row`);
  }
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RangeError(`Due-soon window ${dueSoonDays} is not a whole number of days`);
  }
  const step = `$${letters.step}${firstDataRow}`;
  const owner = `$${letters.owner}${firstDataRow}`;
  const date = `$${letters.targetDate}${firstDataRow}`;
  const status = `$${letters.status}${firstDataRow}`;

  const conditions: Record<RuleId, string[]> = {
    done: [statusIs(status, 'Done')],
    skipped: [statusIs(status, 'Skipped')],
    dateUnreadable: [filled(date), `NOT(${readableDate(date)})`],
    late: [isOpen(status), readableDate(date), `${date}<TODAY()`],
    blocked: [statusIs(status, 'Blocked')],
    uncommitted: [isOpen(status), `OR(NOT(${filled(owner)}),NOT(${readableDate(date)}))`],
    dueSoon: [
      isOpen(status),
      readableDate(date),
      `${date}>=TODAY()`,
      `${date}<TODAY()+${dueSoonDays + 1}`,
    ],
  };

  // Rows without a step name are not steps (parseSteps leaves them out), so no rule paints them.
  // The fragments answer for error cells themselves; the outer IFERROR covers the comparisons
  // with TODAY(), so every rule is TRUE or FALSE on every row, as core's state is.
  return RULE_ORDER.map((id) => ({
    id,
    formula: `=IFERROR(AND(${[ruleMarker(id), filled(step), ...conditions[id]].join(',')}),FALSE())`,
    look: PALETTE[id],
  }));
}

/** The rule Sheets shows for a step in this state: the first of RULE_ORDER that applies. */
export function ruleForState(state: StepState): RuleId | null {
  return RULE_ORDER.find((id) => state[id]) ?? null;
}
