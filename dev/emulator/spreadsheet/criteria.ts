// The tests shared by conditional-format conditions and data-validation criteria: comparing a
// cell's value with numbers, texts and dates, and evaluating a custom formula for one cell.
import type { CriteriaValue } from './models';
import { formatCellValue, isDateFormat } from './number-format';
import { compileShift, type CompiledShift } from './ref-shift';
import type { Scalar, SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

export interface CellView {
  value: Scalar;
  format: string | undefined;
}

export function readCell(sheet: SheetModel, row: number, column: number): CellView {
  const block = sheet.read({ row, column, numRows: 1, numColumns: 1 });
  return { value: block.values[0][0], format: block.formats[0][0] };
}

export function displayOf(view: CellView): string {
  return formatCellValue(view.value, view.format);
}

export function isBlankValue(value: Scalar): boolean {
  return value === null || value === '';
}

/** A relative date (SpreadsheetApp.RelativeDate) as a serial day in the sheet's zone. */
export function relativeDateSerial(book: Workbook, relative: string): number {
  const today = Math.floor(book.serialNow());
  const d = new Date(Date.UTC(1899, 11, 30) + today * 86_400_000);
  switch (relative) {
    case 'TOMORROW':
      return today + 1;
    case 'YESTERDAY':
      return today - 1;
    case 'PAST_WEEK':
      return today - 7;
    case 'PAST_MONTH':
      d.setUTCMonth(d.getUTCMonth() - 1);
      return Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
    case 'PAST_YEAR':
      d.setUTCFullYear(d.getUTCFullYear() - 1);
      return Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
    default:
      return today;
  }
}

/** The serial day a criterion value names, if it names one. */
export function criterionDay(book: Workbook, v: CriteriaValue): number | undefined {
  if (typeof v === 'number') return Math.floor(v);
  if (typeof v === 'object' && 'date' in v) return Math.floor(book.toSerial(v.date));
  if (typeof v === 'object' && 'relativeDate' in v) return relativeDateSerial(book, v.relativeDate);
  return undefined;
}

export function criterionNumber(v: CriteriaValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

export function criterionText(v: CriteriaValue | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'object') return '';
  return String(v);
}

/** The cell's date as a serial day, when the cell holds a date. */
export function cellDay(view: CellView): number | undefined {
  return typeof view.value === 'number' && isDateFormat(view.format)
    ? Math.floor(view.value)
    : undefined;
}

/** Sheets' truthiness of a condition formula's result. */
function truthy(result: unknown): boolean {
  if (typeof result === 'boolean') return result;
  if (typeof result === 'number') return result !== 0;
  if (typeof result === 'string') return result.toUpperCase() === 'TRUE';
  return false;
}

/** Results of one condition formula during one pass, keyed by the shift that matters. */
export class FormulaMemo {
  readonly results = new Map<string, boolean>();
  private compiled?: CompiledShift;

  constructor(private readonly formula: string) {}

  shift(): CompiledShift {
    return (this.compiled ??= compileShift(this.formula));
  }
}

/**
 * Evaluates a condition formula for the cell `dRow`/`dColumn` away from the top-left of its
 * rule's range. A memo (for the same formula) caches results for the life of one pass: a rule
 * whose columns are all '$'-anchored is evaluated once per row, not once per cell.
 */
export function formulaHolds(
  sheet: SheetModel,
  book: Workbook,
  formula: string,
  dRow: number,
  dColumn: number,
  memo: FormulaMemo = new FormulaMemo(formula),
): boolean {
  const compiled = memo.shift();
  const key = `${compiled.dependsOnRows ? dRow : 0}:${compiled.dependsOnColumns ? dColumn : 0}`;
  const cached = memo.results.get(key);
  if (cached !== undefined) return cached;
  const shifted = compiled.at(dRow, dColumn);
  let result: unknown;
  try {
    result = book.hf.calculateFormula(
      shifted.startsWith('=') ? shifted : `=${shifted}`,
      sheet.hfId,
    );
  } catch {
    result = false;
  }
  // A formula that spills an array is judged by its first cell, as Sheets does.
  while (Array.isArray(result)) result = result[0];
  const holds = truthy(result);
  memo.results.set(key, holds);
  return holds;
}
