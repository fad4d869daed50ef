// Writing the colour key (core's legend) onto the MAP tab: its texts and its looks, each as one
// batched call over the key's block, so it costs the same however often it is put back.
import { LEGEND_COLUMNS, LEGEND_ROWS, legendCells, type LegendCell } from '../../core/plan';
import type { CellPosition } from '../../core/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeLegend(sheet: Sheet, origin: CellPosition): void {
  const grid: (LegendCell | null)[][] = Array.from({ length: LEGEND_ROWS }, () =>
    Array.from({ length: LEGEND_COLUMNS }, () => null),
  );
  for (const cell of legendCells(origin)) {
    grid[cell.row - origin.row][cell.column - origin.column] = cell;
  }
  const each = <T>(value: (cell: LegendCell | null) => T): T[][] =>
    grid.map((row) => row.map(value));
  const range = sheet.getRange(origin.row, origin.column, LEGEND_ROWS, LEGEND_COLUMNS);
  // Plain text: a label is never read as a number, date or formula.
  range.setNumberFormat('@');
  range.setValues(each((c) => c?.text ?? ''));
  range.setBackgrounds(each((c) => c?.look?.background ?? null));
  range.setFontColors(each((c) => c?.look?.fontColor ?? null));
  range.setFontWeights(each((c) => (c && (c.look === null || c.look.bold) ? 'bold' : 'normal')));
  range.setFontStyles(each((c) => (c?.look?.italic ? 'italic' : 'normal')));
  range.setFontLines(
    each((c) =>
      c?.look?.strikethrough ? 'line-through' : c?.look?.underline ? 'underline' : 'none',
    ),
  );
}
