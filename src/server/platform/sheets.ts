import {
  type CellPosition,
  type SheetCell,
  isDateCell,
  isFormulaCell,
  isInstantCell,
  type ColumnFormat,
  type RuleSpec,
  type TableFormat,
  type ValidationSpec,
} from '../../core/plan';
import { dateKeyOfInstant, instantOfDateKey } from '../../core/dates';
import type { DateKey } from '../../core/dates';
import { cleanLine } from '../../core/text';

// The bounds of an A1 reference, so one Range.getA1Notation() call stands in for four getters.

export interface Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

/** Bounds of 'B7' or 'B7:D9' (any sheet prefix ignored); null for open ranges like 'A:A'. */
export function boundsOfA1(a1: string): Bounds | null {
  const ref = a1.slice(a1.lastIndexOf('!') + 1).toUpperCase();
  const [first, second = first] = ref.split(':');
  const a = CELL.exec(first ?? '');
  const b = CELL.exec(second);
  if (!a || !b) return null;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnNumber(a[1]);
  const c2 = columnNumber(b[1]);
  if (r1 < 1 || r2 < 1) return null;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/** 'A' -> 1, 'AA' -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// Runs of cells in one column, so styling scattered header cells costs a call per run rather
// than per cell.

export interface ColumnRun {
  row: number;
  column: number;
  numRows: number;
}

export function columnRuns(cells: readonly CellPosition[]): ColumnRun[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: ColumnRun[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.row + last.numRows === cell.row) last.numRows++;
    else if (!(last && last.column === cell.column && cell.row < last.row + last.numRows)) {
      runs.push({ row: cell.row, column: cell.column, numRows: 1 });
    }
  }
  return runs;
}

export function rangesOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cells: readonly CellPosition[],
): GoogleAppsScript.Spreadsheet.Range[] {
  return columnRuns(cells).map((r) => sheet.getRange(r.row, r.column, r.numRows, 1));
}

/**
 * Makes `cells` bold with one setFontWeights over the block that holds them; the block's other
 * cells are set to normal weight, so this is for cells the add-on has just written on a new tab.
 */
export function writeBoldCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cells: readonly CellPosition[],
): void {
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.column));
  const rows = Math.max(...cells.map((c) => c.row)) - top + 1;
  const columns = Math.max(...cells.map((c) => c.column)) - left + 1;
  const weights: ('bold' | null)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => null),
  );
  for (const cell of cells) weights[cell.row - top][cell.column - left] = 'bold';
  sheet.getRange(top, left, rows, columns).setFontWeights(weights);
}

// "Today" and date cells belong to the SPREADSHEET's time zone: the script's own zone governs
// Date's local methods, and the two differ whenever the sheet's owner lives elsewhere.

/** Today's date in a zone, read from the clock now. */
export function todayIn(timeZone: string, now: Date = new Date()): DateKey {
  return dateKeyOfInstant(now, timeZone);
}

/** The Date to write so a cell shows `key` in a spreadsheet whose zone is `timeZone`. */
export function dateCell(key: DateKey, timeZone: string): Date {
  return instantOfDateKey(key, timeZone);
}

// Turning layout cells into the values Range.setValues takes, so user text stays text.

type CellValue = string | number | boolean | Date;

/**
 * A string Sheets stores as text whatever it looks like: setValues reads `=...` as a formula and
 * `12/10` or `1e3` as numbers, while a leading apostrophe makes the rest literal text.
 */
export function textValue(text: string): string {
  return text === '' ? '' : `'${text}`;
}

export function sheetValue(cell: SheetCell, timeZone: string): CellValue {
  if (cell === null) return '';
  if (typeof cell === 'string') return textValue(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (isFormulaCell(cell)) return cell.formula;
  if (isDateCell(cell)) return dateCell(cell.date, timeZone);
  if (isInstantCell(cell)) return new Date(cell.instant);
  throw new TypeError('Unknown cell');
}

export function sheetValues(
  rows: readonly (readonly SheetCell[])[],
  timeZone: string,
): CellValue[][] {
  return rows.map((row) => row.map((cell) => sheetValue(cell, timeZone)));
}

/** Writes a rectangular block with one setValues; `rows` must be non-empty and rectangular. */
export function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
  rows: readonly (readonly SheetCell[])[],
  timeZone: string,
): void {
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return;
  if (rows.some((r) => r.length !== width))
    throw new RangeError('writeBlock: rows differ in length');
  sheet.getRange(row, column, rows.length, width).setValues(sheetValues(rows, timeZone));
}

// Access to the spreadsheet the add-on is running in.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The active spreadsheet, or a message the user can act on when the add-on has none. */
export function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Open the spreadsheet that holds the plan, then try again.');
  return ss;
}

/**
 * A spreadsheet by its id, for a run Google started without its document. Needs the full
 * `spreadsheets` scope, which only the `--scope=spreadsheets` build asks for.
 */
export function spreadsheetById(id: string): Spreadsheet {
  return SpreadsheetApp.openById(id);
}

/**
 * The sheet with this id, or null. A stored id survives renames and reordering, which is why
 * the add-on remembers ids rather than names.
 */
export function sheetById(ss: Spreadsheet, id: number | null | undefined): Sheet | null {
  if (id == null || !Number.isInteger(id)) return null;
  return ss.getSheetById(id);
}

/** Sheet names Sheets refuses or that break A1 references, replaced; trimmed to a readable length. */
export function cleanSheetName(name: string, maxLength = 90): string {
  const cleaned = cleanLine(name.replace(/[[\]*?:/\\]/g, ' '));
  if (cleaned.length <= maxLength) return cleaned;
  return `${cleaned.slice(0, maxLength - 1).trimEnd()}…`;
}

/** `base`, or `base (2)`, `base (3)`... whichever no sheet in `taken` uses (case-insensitively, as Sheets compares). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

// Applies a layout's TableFormat to a sheet. Every range runs from the first data row to the
// sheet's last row, so rows added later (inside or below the table) are formatted too. Each
// property is written once per run of adjacent columns that carry it (range-wide writes:
// setNumberFormats, setWraps, setDataValidations, setColumnWidths), so the calls depend on the
// layout's runs, never on the number of rows, and columns without it are left as they are.

export interface TableFormatOptions {
  /** Header width in columns, for the bold header row; defaults to the last formatted column. */
  headerWidth?: number;
  /** Style the header row (createPlan); a refresh leaves the user's styling alone. */
  styleHeader?: boolean;
  /** Set widths (createPlan); a refresh keeps the widths the user chose. */
  setWidths?: boolean;
  /** The sheet's row count when the caller knows it (saves asking the sheet). */
  maxRows?: number;
}

/** A run of adjacent columns, and each one's value, in column order. */
export interface AdjacentRun<T> {
  first: number;
  values: T[];
}

/**
 * Adjacent columns that have a value, grouped into runs; with `same`, a run also needs equal
 * values (a column width is set per run of one width).
 */
export function adjacentRuns<T>(
  columns: readonly ColumnFormat[],
  valueOf: (column: ColumnFormat) => T | undefined,
  same?: (a: T, b: T) => boolean,
): AdjacentRun<T>[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const runs: AdjacentRun<T>[] = [];
  for (const column of sorted) {
    const value = valueOf(column);
    if (value === undefined) continue;
    const last = runs[runs.length - 1];
    const joins =
      last &&
      last.first + last.values.length === column.column &&
      (!same || same(last.values[last.values.length - 1], value));
    if (joins) last.values.push(value);
    else runs.push({ first: column.column, values: [value] });
  }
  return runs;
}

export function applyTableFormat(
  sheet: Sheet,
  format: TableFormat,
  options: TableFormatOptions = {},
): void {
  const maxRows = options.maxRows ?? sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - format.firstDataRow + 1);
  if (options.setWidths) sheet.setFrozenRows(format.frozenRows);
  if (options.styleHeader) {
    const width = options.headerWidth ?? Math.max(...format.columns.map((c) => c.column));
    sheet
      .getRange(format.headerRow, 1, 1, width)
      .setFontWeight('bold')
      .setBackground('#e8eaed')
      .setWrap(true);
  }
  if (options.setWidths) {
    for (const run of adjacentRuns(
      format.columns,
      (c) => c.width,
      (a, b) => a === b,
    )) {
      sheet.setColumnWidths(run.first, run.values.length, run.values[0]);
    }
  }
  const block = <T>(run: AdjacentRun<T>): { range: Range; cells: T[][] } => ({
    range: sheet.getRange(format.firstDataRow, run.first, dataRows, run.values.length),
    cells: Array.from({ length: dataRows }, () => run.values),
  });
  for (const run of adjacentRuns(format.columns, (c) => c.numberFormat)) {
    const { range, cells } = block(run);
    range.setNumberFormats(cells);
  }
  for (const run of adjacentRuns(format.columns, (c) => (c.wrap ? true : undefined))) {
    const { range, cells } = block(run);
    range.setWraps(cells);
  }
  const validations = adjacentRuns(format.columns, (c) =>
    c.validation ? buildValidation(c.validation) : undefined,
  );
  for (const run of validations) {
    const { range, cells } = block(run);
    range.setDataValidations(cells);
  }
}

export function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list':
      return builder
        .requireValueInList([...spec.values], true)
        .setAllowInvalid(spec.allowInvalid)
        .setHelpText(spec.helpText)
        .build();
    case 'date':
      return builder
        .requireDate()
        .setAllowInvalid(spec.allowInvalid)
        .setHelpText(spec.helpText)
        .build();
    case 'checkbox':
      return builder.requireCheckbox().build();
  }
}

/** A cell's font as one TextStyle; without `fontColor` the cell keeps its own colour. */
export function buildTextStyle(font: {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  fontColor?: string;
}): GoogleAppsScript.Spreadsheet.TextStyle {
  let builder = SpreadsheetApp.newTextStyle()
    .setBold(font.bold)
    .setItalic(font.italic)
    .setUnderline(font.underline)
    .setStrikethrough(font.strikethrough);
  if (font.fontColor) builder = builder.setForegroundColor(font.fontColor);
  return builder.build();
}

/** One of core's conditional-format rules, covering `range`. */
export function buildConditionalRule(
  spec: RuleSpec,
  range: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const { look } = spec;
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(spec.formula)
    .setFontColor(look.fontColor)
    .setRanges([range]);
  if (look.background) builder = builder.setBackground(look.background);
  if (look.bold) builder = builder.setBold(true);
  if (look.italic) builder = builder.setItalic(true);
  if (look.underline) builder = builder.setUnderline(true);
  if (look.strikethrough) builder = builder.setStrikethrough(true);
  return builder.build();
}

/** A new tab's table: its grid (headings first) written at the heading row, then formatted. */
export function writeTable(
  sheet: Sheet,
  grid: readonly (readonly SheetCell[])[],
  format: TableFormat,
  timeZone: string,
): void {
  writeBlock(sheet, format.headerRow, 1, grid, timeZone);
  applyTableFormat(sheet, format, {
    setWidths: true,
    styleHeader: true,
    headerWidth: grid[0].length,
  });
}
