// Cell operations shared by scripts (the facade) and people (user-actions.ts): writing a block of
// values with their number formats, and sorting rows.
import type { GridRange } from './a1';
import type { CellWrite } from './cell-writes';
import { isDateFormat } from './number-format';
import { shiftFormula } from './ref-shift';
import type { CellInput, Scalar, SheetModel } from './sheet-model';

/** Writes contents in one HyperFormula operation, then records any changed number formats. */
export function applyWrites(sheet: SheetModel, row: number, column: number, writes: CellWrite[][]) {
  sheet.write(
    row,
    column,
    writes.map((r) => r.map((w) => w.input)),
  );
  writes.forEach((r, i) =>
    r.forEach((w, j) => {
      const own = sheet.getMeta(row + i, column + j)?.numberFormat;
      if (own !== w.format) sheet.patchMeta(row + i, column + j, { numberFormat: w.format });
    }),
  );
}

export interface SortSpec {
  /** 1-based sheet column. */
  column: number;
  ascending: boolean;
}

/** Sheets' sort order: numbers (and dates), then text (case-insensitive), then booleans;
 * blanks always last, whatever the direction. */
function rank(v: Scalar): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return v.startsWith('#') ? 3 : 1;
  if (typeof v === 'boolean') return 2;
  return 4;
}

function compare(a: Scalar, b: Scalar): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    return a.localeCompare(b, 'en', { sensitivity: 'base', numeric: false });
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

function isBlank(v: Scalar): boolean {
  return v === null || v === '';
}

/**
 * Sorts the rows of `r` by the given columns. Values, formulas (moved like a cut row: their
 * relative references shift with it) and cell formats all move with their row.
 */
export function sortRows(sheet: SheetModel, r: GridRange, specs: SortSpec[]): void {
  const block = sheet.read(r);
  const formulas = sheet.readFormulas(r);
  const order = block.values.map((_, i) => i);
  order.sort((x, y) => {
    for (const spec of specs) {
      const j = spec.column - r.column;
      const a = block.values[x][j];
      const b = block.values[y][j];
      if (isBlank(a) || isBlank(b)) {
        if (isBlank(a) && isBlank(b)) continue;
        return isBlank(a) ? 1 : -1;
      }
      const c = compare(a, b);
      if (c !== 0) return spec.ascending ? c : -c;
    }
    return x - y;
  });
  if (order.every((src, i) => src === i)) return;
  const inputs: CellInput[][] = order.map((src, i) =>
    block.values[src].map((value, j): CellInput => {
      const f = formulas[src][j];
      if (f !== '') return { formula: shiftFormula(f, i - src, 0) };
      if (value === null) return null;
      if (typeof value === 'string') return { text: value };
      if (typeof value === 'number' && isDateFormat(block.formats[src][j])) {
        return { serial: value };
      }
      return value;
    }),
  );
  sheet.write(r.row, r.column, inputs);
  sheet.meta.permuteRows(r.row - 1, order, { from: r.column - 1, count: r.numColumns });
}
