// A real formula engine (HyperFormula, GPL-3.0, tests only) standing in for Sheets, so tests can
// check that the formulas we generate mean what core means, cell by cell.
import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { dateKeyToSerial, serialToDateKey } from '../../src/core/plan/cells';
import type { DateKey } from '../../src/core/dates';
import { sheetDate } from './zones';
import { serialToInstant } from '../../dev/emulator/timezone';

/** One cell of a test plan, described once and rendered both for Sheets' getValues and for HF. */
export type PlanCell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  /** A date-formatted cell: getValues gives a Date, the engine a serial (fraction = time). */
  | { kind: 'date'; serial: number }
  /** A plain number, e.g. a date pasted without its format. */
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  /** A formula that fails: getValues gives its error text, the engine computes the error. */
  | { kind: 'error'; formula: string; shows: string };

export const blank: PlanCell = { kind: 'blank' };
export const text = (t: string): PlanCell => ({ kind: 'text', text: t });
export const divByZero: PlanCell = { kind: 'error', formula: '=1/0', shows: '#DIV/0!' };
export const notAvailable: PlanCell = { kind: 'error', formula: '=NA()', shows: '#N/A' };
export const dateOn = (key: DateKey, fraction = 0): PlanCell => ({
  kind: 'date',
  serial: dateKeyToSerial(key) + fraction,
});

/** The value Range.getValues() would return for the cell in a spreadsheet in `timeZone`. */
export function asSheetsValue(cell: PlanCell, timeZone: string): unknown {
  switch (cell.kind) {
    case 'blank':
      return '';
    case 'text':
      return cell.text;
    case 'date':
      return Number.isInteger(cell.serial)
        ? sheetDate(serialToDateKey(cell.serial), timeZone)
        : new Date(serialToInstant(cell.serial, timeZone));
    case 'number':
    case 'bool':
      return cell.value;
    case 'error':
      return cell.shows;
  }
}

/** What the engine is given: text behind an apostrophe so it is never parsed as a number. */
export function asEngineInput(cell: PlanCell): RawCellContent {
  switch (cell.kind) {
    case 'blank':
      return null;
    case 'text':
      return `'${cell.text}`;
    case 'date':
      return cell.serial;
    case 'number':
    case 'bool':
      return cell.value;
    case 'error':
      return cell.formula;
  }
}

export class FormulaSheet {
  private readonly hf: HyperFormula;

  constructor(rows: RawCellContent[][]) {
    this.hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  }

  /** Value at a 1-based sheet row and column. */
  value(row: number, column: number): CellValue {
    return this.hf.getCellValue({ sheet: 0, row: row - 1, col: column - 1 });
  }

  set(row: number, column: number, content: RawCellContent): void {
    this.hf.setCellContents({ sheet: 0, row: row - 1, col: column - 1 }, content);
  }

  /**
   * Puts `formula` at (firstRow, column) and copies it down to lastRow the way a spreadsheet does
   * (relative references move, $-anchored ones do not); returns each row's value.
   */
  fillDown(formula: string, column: number, firstRow: number, lastRow: number): CellValue[] {
    this.set(firstRow, column, formula);
    const col = column - 1;
    // Copy the filled block onto the rows below it, doubling each time (paste cannot be batched).
    for (let filled = 1; firstRow - 1 + filled < lastRow; filled *= 2) {
      this.hf.copy({
        start: { sheet: 0, row: firstRow - 1, col },
        end: { sheet: 0, row: firstRow - 2 + filled, col },
      });
      this.hf.paste({ sheet: 0, row: firstRow - 1 + filled, col });
    }
    const values: CellValue[] = [];
    for (let row = firstRow; row <= lastRow; row++) values.push(this.value(row, column));
    return values;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/**
 * Runs `fn` with the clock on `today` (noon, process-local, which is how HyperFormula's TODAY()
 * reads it). Checks the engine really sees that day before trusting any result.
 */
export function onDay<T>(today: DateKey, fn: () => T): T {
  const [y, m, d] = today.split('-').map(Number);
  const realNow = Date.now;
  const fixed = new Date(y, m - 1, d, 12).getTime();
  Date.now = () => fixed;
  try {
    const probe = new FormulaSheet([['=TODAY()']]);
    const seen = probe.value(1, 1);
    probe.destroy();
    if (seen !== dateKeyToSerial(today)) throw new Error(`TODAY() is ${seen}, not ${today}`);
    return fn();
  } finally {
    Date.now = realNow;
  }
}
