// What a layout puts in one cell, before the server turns it into a Sheets value. Strings are
// always the user's (or our) TEXT: never a formula, number or date, whatever they look like.
import type { DateKey } from '../model';

export type SheetCell =
  | string
  | number
  | boolean
  | null
  | { readonly date: DateKey }
  /** A moment (epoch ms), shown as date and time in the spreadsheet's zone. */
  | { readonly instant: number }
  | { readonly formula: string };

export function dateCellOf(key: DateKey | null | undefined): SheetCell {
  return key ? { date: key } : null;
}

export function isFormulaCell(cell: SheetCell): cell is { readonly formula: string } {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

export function isDateCell(cell: SheetCell): cell is { readonly date: DateKey } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export function isInstantCell(cell: SheetCell): cell is { readonly instant: number } {
  return typeof cell === 'object' && cell !== null && 'instant' in cell;
}

/** A 1-based sheet cell. */
export interface CellPosition {
  row: number;
  column: number;
}
