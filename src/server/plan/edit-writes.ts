// Writing back what an edit to the step table asks for (core's edit effects): Done on dates,
// Baseline dates and the slip formula beside them, in as few setValues as the rows allow.
import type { SheetCell } from '../../core/plan';
import type { DateKey } from '../../core/dates';
import type { StepColumnKey } from '../../core/plan';
import { doneOnStamp, slipFormula } from '../../core/plan';
import { columnLetter } from '../../core/plan';
import type { CellWrite, EditEffects } from '../../core/plan';
import { writeBlock } from '../platform/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Columns = Partial<Record<StepColumnKey, number>>;
/** A cell of the edited rows as read, by sheet row and column. */
export type CellOf = (row: number, column: number) => unknown;

/** Beyond this many separate runs of changed cells, one block write is cheaper. */
const MAX_RUNS = 4;

interface RowSpan {
  from: number;
  to: number;
}

export function writeEditEffects(
  sheet: Sheet,
  columns: Columns,
  effects: EditEffects,
  cellOf: CellOf,
  timeZone: string,
): void {
  if (columns.doneOn !== undefined && effects.doneOn.length > 0) {
    // Done on gets the add-on's stamp, so a later reopening clears it and nothing typed.
    const stamp = (day: DateKey): SheetCell => doneOnStamp(day, timeZone);
    writeDateColumn(sheet, columns.doneOn, effects.doneOn, cellOf, timeZone, stamp);
  }
  if (columns.baselineDate !== undefined && effects.baselineDate.length > 0) {
    writeBaselines(sheet, columns, columns.baselineDate, effects.baselineDate, cellOf, timeZone);
  }
}

/**
 * The spans written for these rows: each run of adjacent rows, or, for many scattered runs (a
 * sort, a big paste), one span from the first to the last, whose untouched cells are written
 * back as they were read.
 */
export function writeSpans(rows: readonly number[]): RowSpan[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: RowSpan[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row <= last.to + 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  if (runs.length <= MAX_RUNS) return runs;
  return [{ from: runs[0].from, to: runs[runs.length - 1].to }];
}

/** The cells of one column over a span: the new value where one is written, else as read. */
function columnCells(
  span: RowSpan,
  column: number,
  byRow: ReadonlyMap<number, DateKey | null>,
  cellOf: CellOf,
  dayCell: (day: DateKey) => SheetCell = (date) => ({ date }),
): SheetCell[] {
  const cells: SheetCell[] = [];
  for (let row = span.from; row <= span.to; row++) {
    if (byRow.has(row)) {
      const date = byRow.get(row);
      cells.push(date ? dayCell(date) : null);
    } else {
      cells.push(asCell(cellOf(row, column)));
    }
  }
  return cells;
}

function writeDateColumn(
  sheet: Sheet,
  column: number,
  writes: readonly CellWrite<DateKey | null>[],
  cellOf: CellOf,
  timeZone: string,
  dayCell: (day: DateKey) => SheetCell,
): void {
  const byRow = new Map(writes.map((w) => [w.row, w.value]));
  for (const span of writeSpans(writes.map((w) => w.row))) {
    const cells = columnCells(span, column, byRow, cellOf, dayCell);
    writeBlock(
      sheet,
      span.from,
      column,
      cells.map((c) => [c]),
      timeZone,
    );
  }
}

/**
 * Baseline dates, and the slip formula of each row written (the slip column is the add-on's).
 * When Slip sits right of Baseline, as createPlan lays them out, both go in one setValues: a
 * formula is a value starting with `=`.
 */
function writeBaselines(
  sheet: Sheet,
  columns: Columns,
  baselineColumn: number,
  writes: readonly CellWrite<DateKey>[],
  cellOf: CellOf,
  timeZone: string,
): void {
  const { slipDays, targetDate } = columns;
  const formulaOf =
    slipDays === undefined || targetDate === undefined
      ? null
      : (row: number) =>
          slipFormula(
            { targetDate: columnLetter(targetDate), baselineDate: columnLetter(baselineColumn) },
            row,
          );
  const byRow = new Map<number, DateKey | null>(writes.map((w) => [w.row, w.value]));
  const spans = writeSpans(writes.map((w) => w.row));
  const together = formulaOf !== null && slipDays === baselineColumn + 1;
  for (const span of spans) {
    const cells = columnCells(span, baselineColumn, byRow, cellOf);
    const rows = cells.map((cell, i) =>
      together && formulaOf ? [cell, { formula: formulaOf(span.from + i) }] : [cell],
    );
    writeBlock(sheet, span.from, baselineColumn, rows, timeZone);
  }
  if (together || formulaOf === null || slipDays === undefined) return;
  // Apart, the formulas go in one block over every row in between, whose slip is ours too.
  const from = spans[0].from;
  const to = spans[spans.length - 1].to;
  const formulas = Array.from({ length: to - from + 1 }, (_, i) => [formulaOf(from + i)]);
  sheet.getRange(from, slipDays, formulas.length, 1).setFormulas(formulas);
}

/** A value read back for rewriting: Dates stay instants, text stays text. */
function asCell(value: unknown): SheetCell {
  if (value == null || value === '') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return { instant: (value as Date).getTime() };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
