// Runs of cells in one column, so styling scattered header cells costs a call per run rather
// than per cell.
import type { CellPosition } from '../../core/layout/cell';

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
