// What the preview page draws for one sheet: each cell's display text with its EFFECTIVE look
// (its own format overlaid by the first matching conditional-format rule, as Sheets paints it),
// its alignment, dropdowns and checkboxes, the text an editor starts from, and its charts.
import type { GridRange } from '../emulator/spreadsheet/a1';
import { BLACK, WHITE } from '../emulator/spreadsheet/colors';
import { ConditionalEvaluator } from '../emulator/spreadsheet/conditional-format';
import type { CellMeta, TextStyle } from '../emulator/spreadsheet/models';
import { formatCellValue, isDateFormat } from '../emulator/spreadsheet/number-format';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from '../emulator/spreadsheet/sheet-model';
import type { Workbook } from '../emulator/spreadsheet/workbook';
import { chartViews, type ChartView } from './chart-view';

/** Large sheets are drawn in part: the page stays quick, the add-on still sees every row. */
export const MAX_DRAWN_ROWS = 400;
/** Blank rows below the content, so there is room to type, as in a real sheet. */
const SPARE_ROWS = 25;
const MIN_ROWS = 40;
/** A grid row's height on the page, in pixels. */
const ROW_HEIGHT = 21;

export type Align = 'left' | 'center' | 'right';

/** One cell. Absent fields take their defaults (blank, white, black, plain, left, no wrap). */
export interface CellView {
  text?: string;
  /** What an editor opens with, when it differs from text (a formula, a date as typed). */
  input?: string;
  align?: Align;
  wrap?: true;
  background?: string;
  color?: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  /** A dropdown's choices (a list validation). */
  choices?: string[];
  checkbox?: true;
  checked?: true;
  /** The cell only takes a date (date validation), as the date picker says in Sheets. */
  date?: true;
  note?: string;
}

export interface SheetTab {
  name: string;
  sheetId: number;
  color: string | null;
}

export interface SheetView extends SheetTab {
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Rows holding content; more than `rows` when the sheet is drawn in part. */
  contentRows: number;
  columnWidths: number[];
  hiddenColumns: number[];
  /** cells[r - 1][c - 1]: row r, column c. */
  cells: CellView[][];
  /** The selection the add-on made on this sheet (setActiveRange), if any. */
  activeRange: GridRange | null;
  /** Embedded charts, drawn over the grid at their anchor cells. */
  charts: ChartView[];
}

type Scalar = number | string | boolean | null;

interface Look {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
}

/** As Sheets paints: what the matching rule sets wins, the rest is the cell's own format. */
function lookOf(rule: TextStyle | undefined, meta: CellMeta | undefined): Look {
  return {
    background: rule?.background ?? meta?.background ?? WHITE,
    fontColor: rule?.fontColor ?? meta?.fontColor ?? BLACK,
    bold: rule?.bold ?? meta?.bold ?? false,
    italic: rule?.italic ?? meta?.italic ?? false,
    underline: rule?.underline ?? meta?.underline ?? false,
    strikethrough: rule?.strikethrough ?? meta?.strikethrough ?? false,
  };
}

const EPOCH = Date.UTC(1899, 11, 30);

/** A date as a person in the en_US locale types it, so editing a date cell round-trips. */
function typedDate(serial: number): string {
  const d = new Date(EPOCH + Math.round(serial * 86_400_000));
  const day = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  if (seconds === 0) return day;
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  return `${day} ${h}:${m}`;
}

function inputText(value: Scalar, format: string | undefined, formula: string): string {
  if (formula) return formula;
  if (typeof value === 'number')
    return isDateFormat(format) ? typedDate(value) : String(Math.round(value * 1e10) / 1e10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value ?? '';
}

/** Sheets' default alignment: numbers and dates right, booleans centred, text left. */
function alignOf(value: Scalar, meta: CellMeta | undefined): Align {
  const own = meta?.horizontalAlignment?.toLowerCase();
  if (own === 'left' || own === 'center' || own === 'right') return own;
  if (typeof value === 'number') return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

function choicesOf(sheet: SheetModel, workbook: Workbook, meta: CellMeta): string[] | undefined {
  const rule = meta.validation?.rule;
  if (!rule) return undefined;
  if (rule.type === 'VALUE_IN_LIST' && Array.isArray(rule.values[0]))
    return (rule.values[0] as unknown[]).map(String);
  if (rule.type === 'VALUE_IN_RANGE') {
    const ref = rule.values[0];
    if (ref && typeof ref === 'object' && 'rangeRef' in ref) {
      const source = workbook.getSheetById(ref.rangeRef.sheetId) ?? sheet;
      const block = source.read(ref.rangeRef.range);
      return block.values
        .flatMap((row, i) => row.map((v, j) => formatCellValue(v, block.formats[i][j])))
        .filter((text) => text !== '');
    }
  }
  return undefined;
}

function cellView(
  value: Scalar,
  format: string | undefined,
  formula: string,
  meta: CellMeta | undefined,
  look: Look,
  choices: string[] | undefined,
): CellView {
  const cell: CellView = {};
  const text = formatCellValue(value, format);
  if (text) cell.text = text;
  const input = inputText(value, format, formula);
  if (input !== text) cell.input = input;
  const align = alignOf(value, meta);
  if (align !== 'left') cell.align = align;
  if (meta?.wrap === 'WRAP') cell.wrap = true;
  if (look.background.toLowerCase() !== WHITE) cell.background = look.background;
  if (look.fontColor.toLowerCase() !== BLACK) cell.color = look.fontColor;
  if (look.bold) cell.bold = true;
  if (look.italic) cell.italic = true;
  if (look.underline) cell.underline = true;
  if (look.strikethrough) cell.strike = true;
  if (meta?.note) cell.note = meta.note;
  const rule = meta?.validation?.rule;
  if (rule?.type === 'CHECKBOX') {
    cell.checkbox = true;
    if (value === true) cell.checked = true;
  } else if (rule?.type === 'DATE_IS_VALID_DATE') cell.date = true;
  if (choices) cell.choices = choices;
  return cell;
}

export function sheetTabs(workbook: Workbook): SheetTab[] {
  return workbook.sheets
    .filter((s) => !s.hidden)
    .map((s) => ({ name: s.name, sheetId: s.sheetId, color: s.tabColor }));
}

export function sheetView(workbook: Workbook, sheet: SheetModel): SheetView {
  const contentRows = sheet.lastRow();
  const charts = chartViews(workbook, sheet);
  // Rows enough for every chart to stand on the grid, below the content as in Sheets.
  const chartRows = charts.map(
    (c) => c.anchor.row + Math.ceil((c.anchor.offsetY + c.height) / ROW_HEIGHT),
  );
  const rows = Math.min(
    Math.max(contentRows + SPARE_ROWS, MIN_ROWS, ...chartRows),
    MAX_DRAWN_ROWS,
    sheet.maxRows,
  );
  const columns = sheet.maxColumns;
  const range = { row: 1, column: 1, numRows: rows, numColumns: columns };
  const block = sheet.read(range);
  const formulas = sheet.readFormulas(range);
  const looks = new ConditionalEvaluator(workbook, sheet);
  // One list per validation rule, not per cell: a dropdown column shares its rule.
  const choiceCache = new Map<object, string[] | undefined>();
  const cells: CellView[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellView[] = [];
    for (let c = 1; c <= columns; c++) {
      const meta = sheet.getMeta(r, c);
      const look = lookOf(looks.matchingRule(r, c)?.format, meta);
      let choices: string[] | undefined;
      if (meta?.validation) {
        const key = meta.validation.rule;
        if (!choiceCache.has(key)) choiceCache.set(key, choicesOf(sheet, workbook, meta));
        choices = choiceCache.get(key);
      }
      const value = block.values[r - 1][c - 1];
      line.push(
        cellView(value, block.formats[r - 1][c - 1], formulas[r - 1][c - 1], meta, look, choices),
      );
    }
    cells.push(line);
  }
  const active = workbook.activeRange;
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    color: sheet.tabColor,
    rows,
    columns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    contentRows,
    columnWidths: Array.from(
      { length: columns },
      (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    cells,
    activeRange: active && active.sheetId === sheet.sheetId ? { ...active.range } : null,
    charts,
  };
}
