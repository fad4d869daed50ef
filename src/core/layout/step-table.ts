// The step table of the MAP tab: one column per STEP_COLUMNS entry, in that order, with the
// widths, formats and validation each column gets.
import type { DateKey, Side, StepColumnKey } from '../model';
import { STATUSES, SIDES, STEP_COLUMNS } from '../model';
import { dateCellOf, type SheetCell } from './cell';
import { DATE_FORMAT, WHOLE_NUMBER_FORMAT, type ColumnFormat } from './sheet-format';

/** What the layout needs of a scheduled step. */
export interface PlannedStep {
  phase: string;
  step: string;
  side: Side;
  ownerRole: string;
  seInvolved: boolean;
  milestone?: string;
  targetDate: DateKey;
}

type ColumnLook = Omit<ColumnFormat, 'column'>;

const DATE_HELP = 'Enter a date, e.g. 10 Dec 2026.';

const LOOK: Record<StepColumnKey, ColumnLook> = {
  number: { width: 40, numberFormat: WHOLE_NUMBER_FORMAT },
  phase: { width: 130, wrap: true },
  step: { width: 260, wrap: true },
  side: {
    width: 90,
    validation: {
      kind: 'list',
      values: SIDES,
      allowInvalid: false,
      helpText: `Choose ${SIDES.join(', ')}.`,
    },
  },
  owner: { width: 150 },
  ownerEmail: { width: 200 },
  // Dates warn rather than reject: "TBD" typed by a prospect says something, and the add-on
  // reports the row instead of losing the text.
  targetDate: {
    width: 110,
    numberFormat: DATE_FORMAT,
    validation: { kind: 'date', allowInvalid: true, helpText: DATE_HELP },
  },
  status: {
    width: 110,
    validation: {
      kind: 'list',
      values: STATUSES,
      allowInvalid: false,
      helpText: `Choose ${STATUSES.join(', ')}.`,
    },
  },
  doneOn: {
    width: 110,
    numberFormat: DATE_FORMAT,
    validation: { kind: 'date', allowInvalid: true, helpText: DATE_HELP },
  },
  baselineDate: {
    width: 110,
    numberFormat: DATE_FORMAT,
    validation: { kind: 'date', allowInvalid: true, helpText: DATE_HELP },
  },
  slipDays: { width: 80, numberFormat: WHOLE_NUMBER_FORMAT },
  notes: { width: 280, wrap: true },
};

/** The column look of each step-table column at its position (1-based) in the sheet. */
export function stepColumnFormats(
  columnOf: Partial<Record<StepColumnKey, number>>,
): ColumnFormat[] {
  const formats: ColumnFormat[] = [];
  for (const { key } of STEP_COLUMNS) {
    const column = columnOf[key];
    if (column !== undefined) formats.push({ column, ...LOOK[key] });
  }
  return formats;
}

/** Columns as createPlan writes them: STEP_COLUMNS order, starting at column A. */
export function defaultStepColumns(): Record<StepColumnKey, number> {
  const columns = {} as Record<StepColumnKey, number>;
  STEP_COLUMNS.forEach(({ key }, i) => (columns[key] = i + 1));
  return columns;
}

export function stepHeaderRow(): SheetCell[] {
  return STEP_COLUMNS.map((c) => c.header);
}

/**
 * The cells of one new step row, in STEP_COLUMNS order. The owner is left blank on purpose: a
 * step without a named owner is uncommitted, which is the signal the seller needs; the role the
 * template expects goes in Notes as a prompt. The baseline starts as the target date.
 */
export function stepRow(
  step: PlannedStep,
  index: number,
  slipFormula: (row: number) => string,
  row: number,
): SheetCell[] {
  const cells: Record<StepColumnKey, SheetCell> = {
    number: index + 1,
    phase: step.phase,
    step: step.step,
    side: step.side,
    owner: '',
    ownerEmail: '',
    targetDate: dateCellOf(step.targetDate),
    status: STATUSES[0],
    doneOn: null,
    baselineDate: dateCellOf(step.targetDate),
    slipDays: { formula: slipFormula(row) },
    notes: stepNote(step),
  };
  return STEP_COLUMNS.map(({ key }) => cells[key]);
}

function stepNote(step: PlannedStep): string {
  const parts = [`Suggested owner: ${step.ownerRole}`];
  if (step.milestone) parts.push(`Milestone: ${step.milestone}`);
  if (step.seInvolved) parts.push('SE involved');
  return parts.join(' · ');
}
