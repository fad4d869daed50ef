// Turning layout cells into the values Range.setValues takes, so user text stays text.
import type { SheetCell } from '../../core/layout/cell';
import { isDateCell, isFormulaCell, isInstantCell } from '../../core/layout/cell';
import { dateCell } from './time-zone';

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
