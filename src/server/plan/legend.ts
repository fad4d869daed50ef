// Writing the colour key (core's legend) onto the MAP tab: its texts and its looks, each as one
// batched call over the key's block (fills, then the font as text styles), so it costs the same
// however often it is put back.
import { LEGEND_COLUMNS, LEGEND_ROWS, legendCells, type LegendCell } from '../../core/plan';
import type { CellPosition } from '../../core/plan';
import { buildTextStyle } from '../platform/sheets';

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
  // Weight, slant, lines and colour of every cell in one write; a cell without a look of its
  // own keeps its colour. One style per distinct font, shared by the cells that show it.
  const styles = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  range.setTextStyles(
    each((c) => {
      const font = fontOf(c);
      const key = JSON.stringify(font);
      let style = styles.get(key);
      if (!style) styles.set(key, (style = buildTextStyle(font)));
      return style;
    }),
  );
}

function fontOf(cell: LegendCell | null): Parameters<typeof buildTextStyle>[0] {
  const look = cell?.look ?? null;
  return {
    bold: cell !== null && (look === null || look.bold),
    italic: look?.italic ?? false,
    strikethrough: look?.strikethrough ?? false,
    underline: !look?.strikethrough && (look?.underline ?? false),
    fontColor: look?.fontColor,
  };
}
