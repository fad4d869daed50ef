// onPlanEdit(e): the installable edit trigger's handler. It runs as the plan owner for every
// edit anyone makes anywhere in the spreadsheet, so it must dismiss edits elsewhere in a
// handful of calls: the edited tab and the stored plan record first (4 calls for another tab),
// then the edit's bounds against where the table was last seen (5 for the plan tab outside the
// table). Only an edit that may touch the table reads anything more.
//
// What it does (see edit-effects.ts for the rules): stamps or clears Done on, sets a missing
// Baseline date (and that row's slip formula), and records a Slip history entry for a
// single-cell Target date edit whose old value Apps Script gives (multi-cell edits have none;
// slip itself stays right for them because it is measured against the baseline).
// It never throws: a handler error would surface to whoever typed, often a prospect.
import type { SheetCell } from '../../core/layout/cell';
import type { DateKey, StepColumnKey } from '../../core/model';
import { slipFormula } from '../../core/slip/formula';
import { slipHistoryEntry } from '../../core/slip/history';
import { locateStepTable } from '../../core/table/plan-tables';
import { columnLetter } from '../../core/table/letters';
import { cellText } from '../../core/cells';
import { documentProperties } from '../platform/document-properties';
import { boundsOfA1, type Bounds } from '../platform/a1';
import { writeBlock } from '../platform/sheet-values';
import { todayIn } from '../platform/time-zone';
import { dateChangeOf, editEffects, type CellWrite } from '../../core/edits/edit-effects';
import { findPlan, tableHint } from './locate';
import { readPlanRecord, writePlanRecord, type PlanRecord, type TableHint } from './plan-record';
import { appendSlipHistory } from './slip-history-sheet';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Columns = Partial<Record<StepColumnKey, number>>;

/** Columns a table may have grown by (inserted columns) since its position was stored. */
const SLACK_COLUMNS = 3;
/** Rows a table may have moved up by (rows deleted above it) since its position was stored. */
const SLACK_ROWS = 30;
/** Beyond this many separate runs of changed cells, one block write is cheaper. */
const MAX_RUNS = 4;

export function onPlanEdit(e: EditEvent): void {
  try {
    handleEdit(e);
  } catch (error) {
    console.warn(
      `onPlanEdit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

function handleEdit(e: EditEvent): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const props = documentProperties();
  const record = readPlanRecord(props);
  if (!record || sheet.getSheetId() !== record.sheetId) return;

  const bounds = boundsOfA1(range.getA1Notation()) ?? {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
  if (record.table && !mayTouch(bounds, record.table)) return;

  const ss = e.source ?? sheet.getParent();
  let table = record.table ? confirmHint(sheet, record.table) : null;
  if (!table) {
    const lookup = findPlan(ss, props);
    if (lookup.kind !== 'found') return;
    table = tableHint(lookup.plan.table);
  } else if (JSON.stringify(table) !== JSON.stringify(record.table)) {
    writePlanRecord(props, { ...record, table });
  }
  const current: PlanRecord = { ...record, table };

  const columns = table.columns;
  const firstRow = Math.max(bounds.row, table.headerRow + 1);
  const lastRow = bounds.row + bounds.numRows - 1;
  const lastColumn = bounds.column + bounds.numColumns - 1;
  const watched = [columns.status, columns.targetDate].filter((c): c is number => c !== undefined);
  if (lastRow < firstRow || !watched.some((c) => c >= bounds.column && c <= lastColumn)) return;

  const width = Math.max(...(Object.values(columns) as number[]));
  const values = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const effects = editEffects(
    { firstRow, values, firstColumn: bounds.column, lastColumn },
    columns,
    today,
    timeZone,
  );
  const cellOf = (row: number, column: number): unknown => values[row - firstRow]?.[column - 1];
  if (columns.doneOn !== undefined) {
    writeDates(sheet, columns.doneOn, effects.doneOn, cellOf, timeZone);
  }
  if (columns.baselineDate !== undefined && effects.baselineDate.length > 0) {
    writeDates(sheet, columns.baselineDate, effects.baselineDate, cellOf, timeZone);
    writeSlipFormulas(sheet, columns, effects.baselineDate);
  }

  const single = bounds.numRows === 1 && bounds.numColumns === 1;
  if (single && bounds.column === columns.targetDate && firstRow === bounds.row) {
    const change = dateChangeOf(e.oldValue, values[0][bounds.column - 1], timeZone);
    if (change) {
      const step = columns.step === undefined ? '' : cellText(values[0][columns.step - 1]);
      const entry = slipHistoryEntry({
        when: Date.now(),
        step,
        oldDate: change.oldDate,
        newDate: change.newDate,
        who: editorOf(e),
      });
      appendSlipHistory(ss, props, current, entry, timeZone);
    }
  }
}

/**
 * Whether an edit can reach the table as last seen: below its heading row, within its columns.
 * Rows deleted above the table since then move its first steps above the stored heading row, so
 * an edit there that touches the Status or Target date column is looked at too (the heading
 * check that follows re-finds the table); other edits above it are dismissed at once.
 */
export function mayTouch(bounds: Bounds, hint: TableHint): boolean {
  const columns = Object.values(hint.columns) as number[];
  if (columns.length === 0) return true;
  const first = Math.min(...columns);
  const last = Math.max(...columns) + SLACK_COLUMNS;
  const lastRow = bounds.row + bounds.numRows - 1;
  const lastColumn = bounds.column + bounds.numColumns - 1;
  if (lastColumn < first || bounds.column > last) return false;
  if (lastRow > hint.headerRow) return true;
  const watched = [hint.columns.status, hint.columns.targetDate];
  const touchesWatched = watched.some(
    (c) => c !== undefined && c >= bounds.column && c <= lastColumn,
  );
  return touchesWatched && lastRow > hint.headerRow - SLACK_ROWS;
}

/**
 * The table's columns read from the stored heading row, or null when the headings are no
 * longer there (rows inserted or deleted above) or a column moved out of reach.
 */
function confirmHint(sheet: Sheet, hint: TableHint): TableHint | null {
  const width = Math.max(...(Object.values(hint.columns) as number[])) + SLACK_COLUMNS;
  let heading: unknown[][];
  try {
    heading = sheet.getRange(hint.headerRow, 1, 1, width).getValues();
  } catch {
    return null;
  }
  const table = locateStepTable(heading, { row: hint.headerRow, column: 1 });
  if (!table.ok) return null;
  const sameKeys =
    Object.keys(table.column).sort().join() === Object.keys(hint.columns).sort().join();
  return sameKeys ? tableHint(table) : null;
}

/**
 * Writes changed date cells of one column: each run of adjacent rows is one setValues; many
 * scattered runs (a sort, a big paste) become one block, with the untouched cells written back
 * as they were read.
 */
function writeDates(
  sheet: Sheet,
  column: number,
  writes: readonly CellWrite<DateKey | null>[],
  cellOf: (row: number, column: number) => unknown,
  timeZone: string,
): void {
  if (writes.length === 0) return;
  const byRow = new Map(writes.map((w) => [w.row, w.value]));
  const rows = writes.map((w) => w.row).sort((a, b) => a - b);
  const runs = runsOf(rows);
  const blocks = runs.length > MAX_RUNS ? [{ from: rows[0], to: rows[rows.length - 1] }] : runs;
  for (const { from, to } of blocks) {
    const cells: SheetCell[][] = [];
    for (let row = from; row <= to; row++) {
      if (byRow.has(row)) {
        const date = byRow.get(row);
        cells.push([date ? { date } : null]);
      } else {
        cells.push([asCell(cellOf(row, column))]);
      }
    }
    writeBlock(sheet, from, column, cells, timeZone);
  }
}

function writeSlipFormulas(
  sheet: Sheet,
  columns: Columns,
  rows: readonly CellWrite<unknown>[],
): void {
  const { slipDays, targetDate, baselineDate } = columns;
  if (slipDays === undefined || targetDate === undefined || baselineDate === undefined) return;
  const letters = {
    targetDate: columnLetter(targetDate),
    baselineDate: columnLetter(baselineDate),
  };
  const sorted = rows.map((r) => r.row).sort((a, b) => a - b);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  // The slip column is the add-on's: every row in between gets its formula too.
  const formulas = Array.from({ length: to - from + 1 }, (_, i) => [
    slipFormula(letters, from + i),
  ]);
  sheet.getRange(from, slipDays, formulas.length, 1).setFormulas(formulas);
}

function runsOf(sortedRows: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const row of sortedRows) {
    const last = runs[runs.length - 1];
    if (last && row === last.to + 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  return runs;
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

/** The editor's address when Apps Script shares it (often not, for people outside the domain). */
function editorOf(e: EditEvent): string {
  try {
    return e.user?.getEmail?.() ?? '';
  } catch {
    return '';
  }
}
