import { dateOfOldValue, dateChangeOf, editEffects } from '../../core/plan';
import { parseStatus } from '../../core/plan';
import type { StepColumnKey } from '../../core/plan';
import { slipHistoryEntry } from '../../core/plan';
import { locateStepTable, stepTableEnd, TABLE_END_BLANK_ROWS } from '../../core/plan';
import { editMovesTableEnd, readHeader } from '../../core/plan';
import { cellText, isSignatureStep } from '../../core/plan';
import { documentProperties } from '../platform/properties';
import { boundsOfA1, type Bounds, todayIn } from '../platform/sheets';
import { writeEditEffects } from './edit-writes';
import {
  findPlan,
  tableHint,
  readPlanRecord,
  sameHint,
  writePlanRecord,
  type PlanRecord,
  type TableHint,
} from './find-plan';
import { appendSlipHistory } from './slip-history';
import { publishAfterEdit } from '../portfolio/edit-publish';
import { followHeaderSignature, followSignatureStep, isSignatureCell } from './signature-sync';
import { fitLiveRanges, type LiveCells } from './live-ranges';

// Edits that cannot change anything onPlanEdit writes, told from the event object alone, before
// any service call. The handler acts on three things only: a readable status (Done on), a date
// in Target date (Baseline date) and a known old date in Target date (Slip history). A single
// cell whose new text is none of those and whose old value was no date therefore needs nothing,
// wherever it sits: Notes, Owner, Step, the header block, another tab, or a column that moved
// since the table was last seen (which is why the stored column positions cannot decide this).

/** The parts of an edit event this check reads: plain values, no service objects. */
export interface EditValues {
  value?: unknown;
  oldValue?: unknown;
}

/** Anything with a digit may be stored as a number or date; `=` starts a formula. */
const MAYBE_NUMBER_OR_FORMULA = /\d|^=/;

export function isInertEdit(e: EditValues): boolean {
  // Apps Script sends no value for a multi-cell edit or a cleared cell, and not always for a
  // paste; a value that is not a string is not one we understand. Those edits are read.
  if (typeof e.value !== 'string') return false;
  const text = e.value.trim();
  if (MAYBE_NUMBER_OR_FORMULA.test(text)) return false;
  // A blank status means Not started, which clears Done on.
  if (parseStatus(text) !== null) return false;
  // Text over a known date is a removed date: Slip history records it.
  return dateOfOldValue(e.oldValue) === null;
}

// onPlanEdit(e): the installable edit trigger's handler. It runs as the plan owner for every
// edit anyone makes anywhere in the spreadsheet, so it spends calls only where an edit may
// matter. A single cell whose text can change nothing (a note, an owner's name; isInertEdit)
// costs no call at all. Otherwise: the edited tab and the stored plan record first (4 calls for
// another tab), then the edit's bounds against where the table was last seen (5 for the plan tab
// outside the table). An edit that may touch the table is read in one block from the stored
// heading row down to the edited rows, which both confirms the columns (reordered, or rows
// inserted or deleted above) and gives the rows; then the zone for today, then the writes.
//
// What it does (core's editEffects has the rules): stamps or clears Done on, sets a missing
// Baseline date (and that row's slip formula), and records a Slip history entry for a
// single-cell Target date edit whose old value Apps Script gives (multi-cell edits have none;
// slip itself stays right for them because it is measured against the baseline). An edit at the
// table's end (a step appended, the last steps cleared) also reads the rules, and when the end
// moved rewrites them and the header's live formulas to reach ten rows under it (live-ranges.ts).
// It never throws: a handler error would surface to whoever typed, often a prospect.

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** Columns a table may have grown by (inserted columns) since its position was stored. */
const SLACK_COLUMNS = 3;
/** Rows a table may have moved up by (rows deleted above it) since its position was stored. */
const SLACK_ROWS = 30;
/**
 * Rows from the heading row down to the last edited row read in one getValues. A plan has tens
 * of steps, so its edits fit; a block this size (a few thousand cells) costs about what one row
 * does, while an edit farther down (a step added far below) is cheaper as two small reads.
 */
export const BLOCK_ROWS = 250;

/** The table as confirmed for this edit, and the edited rows within it, read from column A. */
interface EditedRows {
  table: TableHint;
  /** Sheet row of values[0]; values holds every edited row below the heading row. */
  firstRow: number;
  values: unknown[][];
  /** The table's last step row as the read saw it (down to the rows just under the edit). */
  end: number;
  /** The header's live cells, when the read reached the header block. */
  cells: LiveCells;
  /** The last sheet row the read showed to exist. */
  rowsKnown: number;
}

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
  if (!range || isInertEdit(e)) return;
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
  const ss = e.source ?? sheet.getParent();
  // The header's Target signature: one cell the Signature step follows.
  if (bounds.numRows === 1 && bounds.numColumns === 1 && isSignatureCell(record, bounds)) {
    followHeaderSignature({
      ss,
      sheet,
      props,
      record,
      cell: bounds,
      oldValue: e.oldValue,
      who: editorOf(e),
      timeZone: ss.getSpreadsheetTimeZone(),
    });
    return;
  }
  if (record.table && !mayTouch(bounds, record.table)) return;

  const edited = readEditedRows(sheet, ss, props, record, bounds);
  if (!edited) return;
  const { table, firstRow, values } = edited;
  const columns = table.columns;
  // A step appended under the table, or the last steps cleared: the live ranges follow the end.
  if (editMovesTableEnd(bounds.row, bounds.row + bounds.numRows - 1, edited.end)) {
    fitLiveRanges(sheet, {
      table: { column: columns, firstDataRow: table.headerRow + 1 },
      end: edited.end,
      cells: edited.cells,
      rowsKnown: edited.rowsKnown,
    });
  }
  const lastColumn = bounds.column + bounds.numColumns - 1;
  const watched = [columns.status, columns.targetDate].filter((c): c is number => c !== undefined);
  if (values.length === 0 || !watched.some((c) => c >= bounds.column && c <= lastColumn)) return;

  const timeZone = ss.getSpreadsheetTimeZone();
  const effects = editEffects(
    { firstRow, values, firstColumn: bounds.column, lastColumn },
    columns,
    todayIn(timeZone),
    timeZone,
  );
  const cellOf = (row: number, column: number): unknown => values[row - firstRow]?.[column - 1];
  writeEditEffects(sheet, columns, effects, cellOf, timeZone);

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
        newText: change.newText,
        who: editorOf(e),
      });
      const current: PlanRecord = { ...record, table };
      appendSlipHistory(ss, props, current, entry, timeZone);
      const notes = columns.notes === undefined ? '' : cellText(values[0][columns.notes - 1]);
      if (change.newDate !== null && isSignatureStep({ step, notes }, record.steps)) {
        followSignatureStep(ss, sheet, props, current, change.newDate, timeZone);
      }
    }
  }
  publishAfterEdit(ss, props, record, () => editorOf(e));
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
 * The edited rows under the table's confirmed headings. The stored position is trusted only
 * once its heading row reads right; when it does not, the plan is located afresh (which stores
 * the new position) and its values, already read whole, serve for the rows. Null when the
 * edited tab no longer holds the plan.
 */
function readEditedRows(
  sheet: Sheet,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: Properties,
  record: PlanRecord,
  bounds: Bounds,
): EditedRows | null {
  if (record.table) {
    const seen = readAtHint(sheet, record.table, bounds);
    if (seen) {
      if (!sameHint(seen.table, record.table))
        writePlanRecord(props, { ...record, table: seen.table });
      return seen;
    }
  }
  const lookup = findPlan(ss, props);
  if (lookup.kind !== 'found' || lookup.plan.record.sheetId !== record.sheetId) return null;
  const table = tableHint(lookup.plan.table);
  const firstRow = Math.max(bounds.row, table.headerRow + 1);
  const end = stepTableEnd(
    lookup.plan.values.slice(table.headerRow),
    table.headerRow + 1,
    table.columns,
  );
  const lastRow = Math.min(bounds.row + bounds.numRows - 1, end);
  // The tab's data range ends at its last value: a cleared last row is there as blanks.
  const values = Array.from(
    { length: Math.max(0, lastRow - firstRow + 1) },
    (_, i) => lookup.plan.values[firstRow - 1 + i] ?? [],
  );
  const cells = liveCellsIn(lookup.plan.values, table.headerRow);
  return { table, firstRow, values, end, cells, rowsKnown: lookup.plan.values.length };
}

/**
 * Reads from the top of the tab (the header block, then the stored heading row) down to the
 * edited rows and the TABLE_END_BLANK_ROWS under them (which say whether the table ends there),
 * in one call when they are near; edits far below take a second read. Null when the headings
 * are not where they were.
 */
function readAtHint(sheet: Sheet, hint: TableHint, bounds: Bounds): EditedRows | null {
  const width = widthOf(hint) + SLACK_COLUMNS;
  const lastRow = bounds.row + bounds.numRows - 1;
  const under = lastRow + TABLE_END_BLANK_ROWS;
  const together = Math.max(under, hint.headerRow) <= BLOCK_ROWS;
  // Far below, the header block is read with the headings only when it is near them.
  const top = together || hint.headerRow <= BLOCK_ROWS ? 1 : hint.headerRow;
  const head = readRows(
    sheet,
    top,
    together ? Math.max(under, hint.headerRow) : hint.headerRow,
    together ? Math.max(lastRow, hint.headerRow) : hint.headerRow,
    width,
  );
  // The stored heading row is past the end of a tab that lost rows or columns.
  if (!head) return null;
  const table = confirmHeading(head[hint.headerRow - top], hint);
  if (!table) return null;
  const cells = top === 1 ? liveCellsIn(head, table.headerRow) : {};
  const firstRow = Math.max(bounds.row, table.headerRow + 1);
  // Rows past the table's end are not steps. Near the headings the block shows every row down
  // to the edit, so the end is exact; far below, the rows just above the edit are read with it
  // and a run of blank rows there ends the table (a 250-row table with a gap is not a plan).
  let rows: unknown[][];
  let end: number;
  let rowsKnown: number;
  if (together) {
    rows = head.slice(firstRow - top, Math.max(0, lastRow - top + 1));
    end = stepTableEnd(head.slice(table.headerRow), table.headerRow + 1, table.columns);
    rowsKnown = top + head.length - 1;
  } else {
    const from = Math.max(table.headerRow + 1, firstRow - TABLE_END_BLANK_ROWS);
    const read = readRows(sheet, from, under, lastRow, widthOf(table)) ?? [];
    rows = read.slice(firstRow - from, Math.max(0, lastRow - from + 1));
    end = stepTableEnd(read, from, table.columns);
    rowsKnown = from + read.length - 1;
  }
  if (lastRow < firstRow) rows = [];
  const values = rows.slice(0, Math.max(0, end - firstRow + 1));
  return { table, firstRow, values, end, cells, rowsKnown };
}

/**
 * Rows from..to (from column A), or from..least when the tab ends before `to`: one call, two
 * only for an edit within a few rows of the tab's bottom. Null when even `least` is past it.
 */
function readRows(
  sheet: Sheet,
  from: number,
  to: number,
  least: number,
  width: number,
): unknown[][] | null {
  for (const last of to > least ? [to, least] : [least]) {
    try {
      return sheet.getRange(from, 1, last - from + 1, width).getValues();
    } catch {
      // Past the tab's last row: try the rows that must be there.
    }
  }
  return null;
}

/** Where the header's Progress and Plan status values are, from rows read from row 1. */
function liveCellsIn(values: readonly (readonly unknown[])[], headerRow: number): LiveCells {
  const { progress, planStatus } = readHeader(values, 'UTC', { beforeRow: headerRow }).cells;
  return { progress, planStatus };
}

/**
 * The table's columns found in the stored heading row, or null when the headings are no longer
 * there (rows inserted or deleted above) or a column moved out of reach.
 */
function confirmHeading(
  heading: readonly unknown[] | undefined,
  hint: TableHint,
): TableHint | null {
  if (!heading) return null;
  const table = locateStepTable([heading], { row: hint.headerRow, column: 1 });
  if (!table.ok) return null;
  const keys = (h: { [K in StepColumnKey]?: number }) => Object.keys(h).sort().join();
  return keys(table.column) === keys(hint.columns) ? tableHint(table) : null;
}

function widthOf(hint: TableHint): number {
  return Math.max(...(Object.values(hint.columns) as number[]));
}

/** The editor's address when Apps Script shares it (often not, for people outside the domain). */
function editorOf(e: EditEvent): string {
  try {
    return e.user?.getEmail?.() ?? '';
  } catch {
    return '';
  }
}
