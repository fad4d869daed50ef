// What the preview page draws: each sheet as a grid of display text with its EFFECTIVE format
// (after conditional formatting), dropdowns and checkboxes, plus the add-on's menu and sidebar.
import type { Emulator } from '../emulator';
import type { SheetState } from '../emulator/spreadsheet/workbookState';

/** Large plans are drawn in part: the page stays quick, the add-on still sees every row. */
export const MAX_DRAWN_ROWS = 400;
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

export interface CellView {
  text: string;
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  /** The dropdown's choices, when the cell has a list validation. */
  choices?: string[];
  checkbox?: boolean;
  checked?: boolean;
  formula?: string;
}

export interface SheetView {
  name: string;
  sheetId: number;
  rows: number;
  columns: number;
  frozenRows: number;
  totalRows: number;
  columnWidths: number[];
  cells: CellView[][];
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses 'Sheet'!A1:B2 / A1:B / A:A ranges into 1-based bounds (open ends = Infinity). */
function boundsOf(range: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const a1 = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) return null;
  const c1 = m[1] ? columnIndex(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] !== undefined ? (m[3] ? columnIndex(m[3]) : Infinity) : c1;
  const r2 = m[3] !== undefined ? (m[4] ? Number(m[4]) : Infinity) : r1;
  return { r1, c1, r2, c2 };
}

function decorateValidations(sheet: SheetState, cells: CellView[][]): void {
  for (const v of sheet.validations ?? []) {
    const isList = v.criteria === 'VALUE_IN_LIST';
    const isCheckbox = v.criteria === 'CHECKBOX';
    if (!isList && !isCheckbox) continue;
    for (const range of v.ranges) {
      const b = boundsOf(range);
      if (!b) continue;
      for (let r = b.r1; r <= Math.min(b.r2, cells.length); r++) {
        for (let c = b.c1; c <= Math.min(b.c2, cells[0]?.length ?? 0); c++) {
          const cell = cells[r - 1][c - 1];
          if (isList) cell.choices = (v.values[0] as string[]) ?? [];
          if (isCheckbox) {
            cell.checkbox = true;
            cell.checked = cell.text === 'TRUE';
          }
        }
      }
    }
  }
}

export function sheetView(emulator: Emulator, sheet: SheetState): SheetView {
  const totalRows = sheet.values.length;
  const rows = Math.min(Math.max(totalRows + 5, MIN_ROWS), MAX_DRAWN_ROWS, sheet.maxRows);
  const columns = Math.min(
    Math.max((sheet.values[0]?.length ?? 0) + 1, MIN_COLUMNS),
    sheet.maxColumns,
  );
  const cells: CellView[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellView[] = [];
    for (let c = 1; c <= columns; c++) {
      const text = sheet.display?.[r - 1]?.[c - 1] ?? '';
      const f = emulator.workbook.effectiveFormat(sheet.name, r, c);
      const cell: CellView = { text };
      if (f.background && f.background !== '#ffffff') cell.background = f.background;
      if (f.fontColor && f.fontColor !== '#000000') cell.color = f.fontColor;
      if (f.bold) cell.bold = true;
      if (f.italic) cell.italic = true;
      if (f.strikethrough) cell.strike = true;
      const formula = sheet.formulas[r - 1]?.[c - 1];
      if (formula) cell.formula = formula;
      line.push(cell);
    }
    cells.push(line);
  }
  decorateValidations(sheet, cells);
  const columnWidths = Array.from({ length: columns }, (_, i) => {
    let letters = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return sheet.columnWidths?.[letters] ?? 100;
  });
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    rows,
    columns,
    frozenRows: sheet.frozenRows,
    totalRows,
    columnWidths,
    cells,
  };
}
