// Readers of the emulated spreadsheet that look at it the way a user does: the tabs, what each
// cell shows, the step table found by its headings, the header block's values.
import type { Emulator } from '../../dev/emulator';
import type { SheetState } from '../../dev/emulator/spreadsheet';
import { formatCellValue } from '../../dev/emulator/spreadsheet/number-format';
import { PALETTE, RULE_ORDER, type RuleId } from '../../src/core/plan/rules';

export function tab(em: Emulator, name: string): SheetState {
  const sheet = em.workbook.toJSON().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab named ${name}`);
  return sheet;
}

export function tabNames(em: Emulator): string[] {
  return em.workbook.sheets.map((s) => s.name);
}

/** The step table's heading row (1-based), found by its headings as a user would. */
export function headingRow(sheet: SheetState): number {
  const at = sheet.values.findIndex((r) => r.includes('Step') && r.includes('Status'));
  if (at < 0) throw new Error(`no step table on ${sheet.name}`);
  return at + 1;
}

/** The same, read from the live sheet's first 40 rows (no copy of the whole spreadsheet). */
export function headingRowOf(em: Emulator, sheetName: string): number {
  const sheet = em.workbook.requireSheet(sheetName);
  const block = sheet.read({ row: 1, column: 1, numRows: 40, numColumns: sheet.lastColumn() });
  const at = block.values.findIndex((r) => r.includes('Step') && r.includes('Status'));
  if (at < 0) throw new Error(`no step table on ${sheetName}`);
  return at + 1;
}

/** 1-based column of a heading in the step table. */
export function columnOf(sheet: SheetState, heading: string): number {
  const at = sheet.values[headingRow(sheet) - 1].indexOf(heading);
  if (at < 0) throw new Error(`no '${heading}' column on ${sheet.name}`);
  return at + 1;
}

export function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

/** 1-based row/column of an A1 cell. */
export function at(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** A cell of the state JSON as a day: {"date":"yyyy-MM-dd"} -> 'yyyy-MM-dd', else null. */
export function dayOf(cell: unknown): string | null {
  if (cell && typeof cell === 'object' && 'date' in cell) {
    return String((cell as { date: string }).date).slice(0, 10);
  }
  return null;
}

export interface StepRow {
  row: number;
  step: string;
  owner: string;
  status: string;
  target: string | null;
  /** The Target date cell holds something that is not a date. */
  targetText: boolean;
  doneOn: string | null;
  background: string;
}

/** Every step row below the headings (rows with a step name), as the sheet holds them. */
export function stepRows(sheet: SheetState): StepRow[] {
  const head = headingRow(sheet);
  const col = (h: string) => sheet.values[head - 1].indexOf(h);
  const [step, owner, status, target, doneOn] = [
    'Step',
    'Owner',
    'Status',
    'Target date',
    'Done on',
  ].map(col);
  const rows: StepRow[] = [];
  for (let i = head; i < sheet.values.length; i++) {
    const v = sheet.values[i];
    if (String(v[step] ?? '').trim() === '') continue;
    const t = v[target];
    rows.push({
      row: i + 1,
      step: String(v[step]),
      owner: String(v[owner] ?? '').trim(),
      status: String(v[status] ?? ''),
      target: dayOf(t),
      targetText: typeof t === 'string' && t.trim() !== '',
      doneOn: dayOf(v[doneOn]),
      background: (sheet.backgrounds?.[i]?.[step] ?? '').toLowerCase(),
    });
  }
  return rows;
}

/** Each step's target date on a plan tab, in order ('yyyy-MM-dd', or null when not a date). */
export function targetDates(em: Emulator, sheetName: string): (string | null)[] {
  return stepRows(tab(em, sheetName)).map((s) => s.target);
}

/** The value beside a label of the header block ("Progress", "Plan status", ...). */
export function headerValue(sheet: SheetState, label: string): unknown {
  for (const row of sheet.values.slice(0, headingRow(sheet) - 1)) {
    const at = row.indexOf(label);
    if (at >= 0) return row[at + 1];
  }
  throw new Error(`no '${label}' in the header of ${sheet.name}`);
}

/** What a block of cells shows, e.g. shownRows(em, 'MAP', 8, 25). Rows are 1-based, inclusive. */
export function shownRows(
  em: Emulator,
  sheetName: string,
  from: number,
  to: number,
  width = 12,
  column = 1,
): string[][] {
  const block = em.workbook
    .requireSheet(sheetName)
    .read({ row: from, column, numRows: to - from + 1, numColumns: width });
  return block.values.map((row, i) => row.map((v, j) => formatCellValue(v, block.formats[i][j])));
}

/** What a cell shows, as the user sees it. */
export function shown(em: Emulator, sheetName: string, a1: string): string {
  const { row, column } = at(a1);
  return shownCell(em, sheetName, row, column);
}

/** The same, by 1-based row and column. */
export function shownCell(em: Emulator, sheetName: string, row: number, column: number): string {
  return shownRows(em, sheetName, row, row, 1, column)[0][0];
}

/** What a column shows from `from` down to the sheet's last row. */
export function shownColumn(
  em: Emulator,
  sheetName: string,
  column: number,
  from: number,
): string[] {
  const last = em.workbook.requireSheet(sheetName).lastRow();
  if (last < from) return [];
  return shownRows(em, sheetName, from, last, 1, column).map((row) => row[0]);
}

/** Formula text of a cell, '' when it holds none. */
export function formulaAt(em: Emulator, sheetName: string, a1: string): string {
  const { row, column } = at(a1);
  return em.workbook
    .requireSheet(sheetName)
    .readFormulas({ row, column, numRows: 1, numColumns: 1 })[0][0];
}

/** Raw value of a cell (dates as serial numbers, text as text). */
export function valueAt(em: Emulator, sheetName: string, a1: string): unknown {
  const { row, column } = at(a1);
  return em.workbook.requireSheet(sheetName).read({ row, column, numRows: 1, numColumns: 1 })
    .values[0][0];
}

/** The selection of whoever is at the keyboard, as sheet name and 1-based row span. */
export function selection(em: Emulator): { sheet: string; row: number; numRows: number } | null {
  const active = em.workbook.activeRange;
  if (!active) return null;
  const sheet = em.workbook.getSheetById(active.sheetId);
  return { sheet: sheet?.name ?? '?', row: active.range.row, numRows: active.range.numRows };
}

/** Total service calls since the last resetCounts(). */
export function totalCalls(em: Emulator): number {
  return Object.values(em.counts()).reduce((a, b) => a + b, 0);
}

/**
 * Which of our looks a cell shows (its fill and font colour as Sheets would paint them), or
 * 'plain': by default the Step cell (column C) of `row`.
 */
export function lookOf(em: Emulator, sheet: string, row: number, column = 3): RuleId | 'plain' {
  const f = em.workbook.effectiveFormat(sheet, row, column);
  const match = RULE_ORDER.find(
    (id) =>
      f.fontColor.toLowerCase() === PALETTE[id].fontColor.toLowerCase() &&
      (PALETTE[id].background ?? '#ffffff').toLowerCase() === f.background.toLowerCase(),
  );
  return match ?? 'plain';
}
