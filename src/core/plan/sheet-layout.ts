import type { DateKey } from '../dates';
import {
  type BuyerWord,
  type Side,
  type StepColumnKey,
  STATUSES,
  STEP_COLUMNS,
  sideChoices,
  sideHelp,
  sideWord,
} from './model';
import {
  dateCellOf,
  type SheetCell,
  DATE_FORMAT,
  WHOLE_NUMBER_FORMAT,
  type ColumnFormat,
  type CellPosition,
  type TableFormat,
} from './cells';
import { HEADER_FIELDS, type HeaderFieldKey, headerFormulas } from './header';
import { columnLetter } from './table';
import { slipFormula } from './slip';
import { sellerForStep, type SellerInput } from './step-owners';
import { liveRowsEnd } from './steps';

// The step table of the MAP tab: one column per STEP_COLUMNS entry, in that order, with the
// widths, formats and validation each column gets.

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
  // The Side dropdown's words depend on the plan (sideLook).
  side: { width: 90 },
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

/** The Side column's dropdown in the plan's word for the buyer. */
function sideLook(buyer: BuyerWord): ColumnLook {
  const values = sideChoices(buyer);
  return {
    ...LOOK.side,
    validation: { kind: 'list', values, allowInvalid: true, helpText: sideHelp(buyer) },
  };
}

/**
 * The column look of each step-table column at its position (1-based) in the sheet; `buyer`
 * is the word the plan's Side cells use for the buyer (a new plan's, unless told otherwise).
 */
export function stepColumnFormats(
  columnOf: Partial<Record<StepColumnKey, number>>,
  buyer?: BuyerWord,
): ColumnFormat[] {
  const formats: ColumnFormat[] = [];
  for (const { key } of STEP_COLUMNS) {
    const column = columnOf[key];
    const look = key === 'side' ? sideLook(buyer ?? 'Customer') : LOOK[key];
    if (column !== undefined) formats.push({ column, ...look });
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
 * The cells of one new step row, in STEP_COLUMNS order. A Vendor step is owned by a seller
 * (step-owners.ts); the buyer's steps start blank on purpose: a step without a named owner is
 * uncommitted, which is the signal the seller needs. The baseline starts as the target date.
 */
export function stepRow(
  step: PlannedStep,
  index: number,
  slipFormula: (row: number) => string,
  row: number,
  sellers: readonly SellerInput[] = [],
): SheetCell[] {
  const seller = sellerForStep(step, sellers);
  const cells: Record<StepColumnKey, SheetCell> = {
    number: index + 1,
    phase: step.phase,
    step: step.step,
    side: sideWord(step.side),
    owner: seller?.name ?? '',
    ownerEmail: seller?.email ?? '',
    targetDate: dateCellOf(step.targetDate),
    status: STATUSES[0],
    doneOn: null,
    baselineDate: dateCellOf(step.targetDate),
    slipDays: { formula: slipFormula(row) },
    // The buyer reads Notes: the template's markers (suggested role, SE involved, milestone)
    // are kept in the plan record instead (core's StepMarker).
    notes: '',
  };
  return STEP_COLUMNS.map(({ key }) => cells[key]);
}

// The MAP tab as createPlan writes it: a title, the header block (label, then value to its
// right, found again by core/header's readHeader wherever it ends up), a blank row, then the
// step table. Three label/value pairs sit side by side so the block is four rows tall and the
// frozen area stays small:
//
//   A1  Mutual Action Plan: Acme × Globex
//   B2  Customer    C2  Acme      E2  Target signature    F2  date   G2  Progress     H2  =live
//   B3  Vendor      C3  Globex    E3  Baseline signature  F3  date   G3  Plan status  H3  =live
//   B4  Plan owner  C4  email     E4  Go-live             F4  date
//   B5  Goal / compelling event   C5  text (runs across the empty cells to its right)
//   7   the step table's headings (frozen with everything above)

export interface MapSheetInput {
  customer: string;
  vendor: string;
  goal: string;
  signatureDate: DateKey;
  goLiveDate: DateKey | null;
  owner: string;
  /** The sellers given at creation: they own the Vendor steps. */
  sellers?: readonly SellerInput[];
  steps: readonly PlannedStep[];
}

export interface MapSheetLayout {
  /** Every cell from A1, rectangular (width = the step table's width): one setValues. */
  grid: SheetCell[][];
  title: CellPosition;
  /** Header cells by field: where the label is and where its value is. */
  header: Record<HeaderFieldKey, { label: CellPosition; value: CellPosition }>;
  table: TableFormat;
  columns: Record<StepColumnKey, number>;
  /** The last row the live formulas and rules reach: a step may be added down to here. */
  liveLastRow: number;
}

export const TITLE_ROW = 1;
const FIRST_HEADER_ROW = 2;

/** Which header field goes where: [row offset, label column]; the value is one to the right. */
const PLACEMENT: Record<HeaderFieldKey, [number, number]> = {
  customer: [0, 2],
  vendor: [1, 2],
  owner: [2, 2],
  goal: [3, 2],
  signatureDate: [0, 5],
  baselineSignatureDate: [1, 5],
  goLiveDate: [2, 5],
  progress: [0, 7],
  planStatus: [1, 7],
};

const HEADER_ROWS = Math.max(...Object.values(PLACEMENT).map(([r]) => r)) + 1;
/** One blank row between the block and the table, so the table reads as its own thing. */
export const MAP_TABLE_HEADER_ROW = FIRST_HEADER_ROW + HEADER_ROWS + 1;

/** The deal as every title names it: "Acme × Globex", customer first; either alone when only one is known. */
export function dealTitle(customer: string, vendor: string): string {
  return [customer, vendor]
    .map((name) => name.trim())
    .filter(Boolean)
    .join(' × ');
}

export function mapTitle(customer: string, vendor: string): string {
  return `Mutual Action Plan: ${dealTitle(customer, vendor)}`;
}

export function mapSheetLayout(input: MapSheetInput): MapSheetLayout {
  const columns = defaultStepColumns();
  const width = STEP_COLUMNS.length;
  const headerRow = MAP_TABLE_HEADER_ROW;
  const firstDataRow = headerRow + 1;
  const blankRow = (): SheetCell[] => Array.from({ length: width }, () => null);

  const grid: SheetCell[][] = Array.from({ length: headerRow - 1 }, blankRow);
  grid[TITLE_ROW - 1][0] = mapTitle(input.customer, input.vendor);

  const letters = {
    step: columnLetter(columns.step),
    targetDate: columnLetter(columns.targetDate),
    status: columnLetter(columns.status),
  };
  const liveLastRow = liveRowsEnd(headerRow + input.steps.length);
  const live = headerFormulas(letters, firstDataRow, liveLastRow);
  const values: Record<HeaderFieldKey, SheetCell> = {
    customer: input.customer,
    vendor: input.vendor,
    goal: input.goal,
    signatureDate: dateCellOf(input.signatureDate),
    // The baseline signature is the date first agreed; the header shows how far it drifts.
    baselineSignatureDate: dateCellOf(input.signatureDate),
    goLiveDate: dateCellOf(input.goLiveDate),
    owner: input.owner,
    progress: { formula: live.progress },
    planStatus: { formula: live.status },
  };
  const header = {} as MapSheetLayout['header'];
  for (const field of HEADER_FIELDS) {
    const [offset, labelColumn] = PLACEMENT[field.key];
    const row = FIRST_HEADER_ROW + offset;
    grid[row - 1][labelColumn - 1] = field.label;
    grid[row - 1][labelColumn] = values[field.key];
    header[field.key] = {
      label: { row, column: labelColumn },
      value: { row, column: labelColumn + 1 },
    };
  }

  grid.push(stepHeaderRow());
  const slipColumns = {
    targetDate: columnLetter(columns.targetDate),
    baselineDate: columnLetter(columns.baselineDate),
  };
  const slip = (row: number) => slipFormula(slipColumns, row);
  input.steps.forEach((step, i) =>
    grid.push(stepRow(step, i, slip, firstDataRow + i, input.sellers)),
  );

  return {
    grid,
    title: { row: TITLE_ROW, column: 1 },
    header,
    table: {
      headerRow,
      firstDataRow,
      frozenRows: headerRow,
      columns: stepColumnFormats(columns),
    },
    columns,
    liveLastRow,
  };
}
