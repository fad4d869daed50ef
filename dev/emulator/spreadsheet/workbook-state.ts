// The spreadsheet part of the emulator's saved state: plain JSON that a person can read and
// write, and that round-trips: Workbook.fromJSON(workbook.toJSON()) is the same spreadsheet.
// Values are JSON numbers, strings and booleans ("" for blank); dates are {"date": "yyyy-MM-dd"}
// or {"date": "yyyy-MM-ddTHH:mm:ss"}, wall-clock in the spreadsheet's time zone.
import {
  cellA1,
  columnToLetters,
  lettersToColumn,
  parseA1,
  rangeA1,
  resolveA1,
  type GridRange,
} from './a1';
import type { ChartOptionValue, ChartRecord } from './charts';
import type {
  CellMeta,
  ConditionalRule,
  CriteriaValue,
  EffectiveFormat,
  ProtectionRecord,
  SheetRangeRef,
  TextStyle,
  ValidationRule,
  ValidationValue,
} from './models';
import { formatCellValue, isDateFormat } from './number-format';
import type { CellInput, SheetModel } from './sheet-model';

export type JsonCell = number | string | boolean | { date: string };

/**
 * What saving and loading need of a workbook. Workbook provides it; naming it here rather than
 * importing Workbook keeps workbook.ts -> workbook-state.ts a one-way dependency.
 */
export interface StoredBook {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly owner: string;
  readonly editors: readonly string[];
  readonly sheets: readonly SheetModel[];
  readonly activeSheet: SheetModel;
  activeSheetId: number;
  getSheetById(sheetId: number): SheetModel | null;
  getSheetByName(name: string): SheetModel | null;
  toSerial(instant: number): number;
  toInstant(serial: number): number;
  newProtectionId(): number;
  insertSheet(
    name?: string,
    index?: number,
    size?: { rows: number; columns: number; sheetId?: number },
  ): SheetModel;
  batch(work: () => void): void;
  /** The cells' formats after the sheet's conditional-format rules. */
  conditionalFormatting(sheet: SheetModel): {
    format(row: number, column: number): EffectiveFormat;
  };
}

/** A criterion argument in JSON: dates as {"date"}, relative dates as {"relativeDate"},
 * a list as an array, a range as {"range": "'Sheet'!A1:A5"}. */
export type JsonCriterion =
  | string
  | number
  | boolean
  | string[]
  | { date: string }
  | { relativeDate: string }
  | { range: string };

export type CellFormatState = Omit<CellMeta, 'validation'>;

export interface ValidationState {
  ranges: string[];
  /** The top-left of the range the rule was set on (custom formulas count from it). */
  anchor: string;
  criteria: string;
  values: JsonCriterion[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionalFormatState {
  ranges: string[];
  criteria: string;
  values: JsonCriterion[];
  format: TextStyle;
}

export interface ProtectionState {
  type: 'RANGE' | 'SHEET';
  range?: string;
  description: string;
  warningOnly: boolean;
  /** null: the editors mirror the spreadsheet's. */
  editors: string[] | null;
  domainEdit: boolean;
  unprotectedRanges: string[];
}

/** An embedded chart; ranges name their sheet ("'My deals'!A1:D9"). */
export interface ChartState {
  chartId: number;
  /** A Charts.ChartType name. */
  chartType: string;
  ranges: string[];
  /** The anchor cell (1-based) and the top-left corner's offset from it in pixels. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** -1: Sheets guesses. */
  numHeaders?: number;
  transpose?: boolean;
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  options?: Record<string, ChartOptionValue>;
}

export interface SheetState {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns?: number;
  tabColor?: string | null;
  hidden?: boolean;
  /** From A1 to the last row and column with content. */
  values: JsonCell[][];
  /** Same shape; '' where a cell holds no formula. */
  formulas: string[][];
  /** Same shape: what each cell shows. Ignored when loading. */
  display?: string[][];
  /** Same shape: each cell's background AFTER conditional formatting. Ignored when loading. */
  backgrounds?: string[][];
  /** Each cell's own format, by A1 address (only cells that have one). */
  formats?: Record<string, CellFormatState>;
  validations?: ValidationState[];
  conditionalFormats?: ConditionalFormatState[];
  protections?: ProtectionState[];
  /** Column widths in pixels, by column letter (only those not at the default). */
  columnWidths?: Record<string, number>;
  hiddenColumns?: string[];
  merges?: string[];
  charts?: ChartState[];
}

export interface WorkbookState {
  id: string;
  name: string;
  url?: string;
  timeZone: string;
  locale?: string;
  owner?: string;
  editors?: string[];
  activeSheet?: string;
  sheets: SheetState[];
}

const EPOCH = Date.UTC(1899, 11, 30);

function serialToJsonDate(serial: number): { date: string } {
  const d = new Date(EPOCH + Math.round(serial * 86_400_000));
  const iso = d.toISOString();
  return { date: Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19) };
}

function jsonDateToSerial(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`Not a date: ${text} (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)`);
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return (ms - EPOCH) / 86_400_000;
}

function sheetRangeText(book: StoredBook, sheetId: number, r: GridRange): string {
  const sheet = book.getSheetById(sheetId);
  const name = sheet ? sheet.name.replace(/'/g, "''") : '#REF';
  return `'${name}'!${rangeA1(r)}`;
}

function criterionOut(book: StoredBook, v: ValidationValue): JsonCriterion {
  if (Array.isArray(v)) return [...v];
  if (typeof v !== 'object') return v;
  if ('rangeRef' in v) return { range: sheetRangeText(book, v.rangeRef.sheetId, v.rangeRef.range) };
  if ('date' in v) return serialToJsonDate(book.toSerial(v.date));
  return { relativeDate: v.relativeDate };
}

/** "'Sheet'!A1:B5" read back: the sheet must be named and exist. */
function sheetRangeIn(book: StoredBook, text: string): SheetRangeRef {
  const ref = parseA1(text);
  const sheet = ref?.sheetName === undefined ? undefined : book.getSheetByName(ref.sheetName);
  if (!ref || !sheet) throw new Error(`Bad range in state: ${text}`);
  return { sheetId: sheet.sheetId, range: resolveA1(ref, sheet.maxRows, sheet.maxColumns) };
}

function criterionIn(book: StoredBook, v: JsonCriterion): ValidationValue {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'object' || v === null) return v;
  if ('range' in v) return { rangeRef: sheetRangeIn(book, v.range) };
  if ('date' in v) return { date: book.toInstant(jsonDateToSerial(v.date)) };
  return { relativeDate: v.relativeDate };
}

function rangeIn(sheet: SheetModel, text: string): GridRange {
  const ref = parseA1(text);
  if (!ref) throw new Error(`Bad range in state: ${text}`);
  return resolveA1(ref, sheet.maxRows, sheet.maxColumns);
}

/** Groups the cells that share one validation rule (and anchor) into row runs. */
function validationsOut(book: StoredBook, sheet: SheetModel): ValidationState[] {
  const groups = new Map<
    string,
    { rule: ValidationRule; anchor: [number, number]; ranges: GridRange[] }
  >();
  const ids = new Map<ValidationRule, number>();
  sheet.meta.forEach((m, row0, col0) => {
    const v = m.validation;
    if (!v) return;
    if (!ids.has(v.rule)) ids.set(v.rule, ids.size);
    const anchor: [number, number] = [v.anchorRow, v.anchorColumn];
    const key = `${ids.get(v.rule)}:${anchor[0]}:${anchor[1]}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rule: v.rule, anchor, ranges: [] }));
    const last = g.ranges[g.ranges.length - 1];
    if (last && last.row === row0 + 1 && last.column + last.numColumns === col0 + 1) {
      last.numColumns += 1;
    } else {
      g.ranges.push({ row: row0 + 1, column: col0 + 1, numRows: 1, numColumns: 1 });
    }
  });
  return [...groups.values()].map((g) => {
    // Stack identical row runs into rectangles.
    const merged: GridRange[] = [];
    for (const r of g.ranges) {
      const above = merged.find(
        (m) =>
          m.column === r.column && m.numColumns === r.numColumns && m.row + m.numRows === r.row,
      );
      if (above) above.numRows += 1;
      else merged.push({ ...r });
    }
    return {
      ranges: merged.map(rangeA1),
      anchor: cellA1(g.anchor[0], g.anchor[1]),
      criteria: g.rule.type,
      values: g.rule.values.map((v) => criterionOut(book, v)),
      allowInvalid: g.rule.allowInvalid,
      helpText: g.rule.helpText,
    };
  });
}

function chartOut(book: StoredBook, chart: ChartRecord): ChartState {
  return {
    chartId: chart.chartId ?? 0,
    chartType: chart.chartType,
    ranges: chart.ranges.map((r) => sheetRangeText(book, r.sheetId, r.range)),
    position: {
      row: chart.anchorRow,
      column: chart.anchorColumn,
      offsetX: chart.offsetX,
      offsetY: chart.offsetY,
    },
    numHeaders: chart.numHeaders,
    transpose: chart.transpose,
    hiddenDimensionStrategy: chart.hiddenDimensionStrategy,
    mergeStrategy: chart.mergeStrategy,
    options: structuredClone(chart.options),
  };
}

function chartIn(book: StoredBook, c: ChartState): ChartRecord {
  return {
    chartId: c.chartId,
    chartType: c.chartType,
    ranges: c.ranges.map((t) => sheetRangeIn(book, t)),
    anchorRow: c.position.row,
    anchorColumn: c.position.column,
    offsetX: c.position.offsetX ?? 0,
    offsetY: c.position.offsetY ?? 0,
    numHeaders: c.numHeaders ?? -1,
    transpose: c.transpose ?? false,
    hiddenDimensionStrategy: c.hiddenDimensionStrategy ?? 'IGNORE_BOTH',
    mergeStrategy: c.mergeStrategy ?? 'MERGE_COLUMNS',
    options: structuredClone(c.options ?? {}),
  };
}

function sheetToState(book: StoredBook, sheet: SheetModel): SheetState {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const values: JsonCell[][] = [];
  let formulas: string[][] = [];
  const display: string[][] = [];
  const backgrounds: string[][] = [];
  if (rows > 0 && cols > 0) {
    const r = { row: 1, column: 1, numRows: rows, numColumns: cols };
    const block = sheet.read(r);
    formulas = sheet.readFormulas(r);
    const cf = book.conditionalFormatting(sheet);
    block.values.forEach((row, i) => {
      values.push(
        row.map((v, j) => {
          if (v === null) return '';
          if (typeof v === 'number' && isDateFormat(block.formats[i][j]))
            return serialToJsonDate(v);
          return v;
        }),
      );
      display.push(row.map((v, j) => formatCellValue(v, block.formats[i][j])));
      backgrounds.push(row.map((_, j) => cf.format(i + 1, j + 1).background));
    });
  }
  const formats: Record<string, CellFormatState> = {};
  sheet.meta.forEach((m, row0, col0) => {
    const { validation: _v, ...own } = m;
    if (Object.keys(own).length > 0) formats[cellA1(row0 + 1, col0 + 1)] = own;
  });
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
    columnWidths[columnToLetters(c)] = w;
  }
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    hidden: sheet.hidden,
    values,
    formulas,
    display,
    backgrounds,
    formats,
    validations: validationsOut(book, sheet),
    conditionalFormats: sheet.conditionalRules.map((rule) => ({
      ranges: rule.ranges.map(rangeA1),
      criteria: rule.type,
      values: rule.values.map((v) => criterionOut(book, v) as JsonCriterion),
      format: { ...rule.format },
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      ...(p.range ? { range: rangeA1(p.range) } : {}),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: p.editors === null ? null : [...p.editors],
      domainEdit: p.domainEdit,
      unprotectedRanges: p.unprotectedRanges.map(rangeA1),
    })),
    columnWidths,
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnToLetters),
    merges: sheet.merges.map(rangeA1),
    charts: sheet.charts.map((c) => chartOut(book, c)),
  };
}

export function workbookToState(book: StoredBook): WorkbookState {
  return {
    id: book.id,
    name: book.name,
    url: book.url,
    timeZone: book.timeZone,
    locale: book.locale,
    owner: book.owner,
    editors: [...book.editors],
    activeSheet: book.activeSheet.name,
    sheets: book.sheets.map((s) => sheetToState(book, s)),
  };
}

function cellInput(
  value: JsonCell | undefined,
  formula: string | undefined,
  format: string | undefined,
) {
  if (formula) return { input: { formula } as CellInput, format };
  if (value === undefined || value === '' || value === null) return { input: null, format };
  if (typeof value === 'object') {
    const serial = jsonDateToSerial(value.date);
    const fallback = Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
    return { input: { serial } as CellInput, format: isDateFormat(format) ? format : fallback };
  }
  if (typeof value === 'string') return { input: { text: value } as CellInput, format };
  if (typeof value === 'number' && isDateFormat(format))
    return { input: { serial: value } as CellInput, format };
  return { input: value as CellInput, format };
}

function loadSheet(book: StoredBook, sheet: SheetModel, s: SheetState): void {
  sheet.frozenRows = s.frozenRows ?? 0;
  sheet.frozenColumns = s.frozenColumns ?? 0;
  sheet.tabColor = s.tabColor ?? null;
  sheet.hidden = s.hidden ?? false;
  for (const [a1, f] of Object.entries(s.formats ?? {})) {
    const ref = parseA1(a1);
    if (!ref || ref.startRow === undefined || ref.startColumn === undefined) {
      throw new Error(`Bad cell in state formats: ${a1}`);
    }
    sheet.patchMeta(ref.startRow, ref.startColumn, { ...f });
  }
  const height = Math.max(s.values?.length ?? 0, s.formulas?.length ?? 0);
  const inputs: CellInput[][] = [];
  for (let i = 0; i < height; i++) {
    const vRow = s.values?.[i] ?? [];
    const fRow = s.formulas?.[i] ?? [];
    const width = Math.max(vRow.length, fRow.length);
    const row: CellInput[] = [];
    for (let j = 0; j < width; j++) {
      const own = sheet.getMeta(i + 1, j + 1)?.numberFormat;
      const { input, format } = cellInput(vRow[j], fRow[j], own);
      if (format !== own) sheet.patchMeta(i + 1, j + 1, { numberFormat: format });
      row.push(input);
    }
    inputs.push(row);
  }
  const width = Math.max(0, ...inputs.map((r) => r.length));
  if (width > 0) {
    sheet.write(
      1,
      1,
      inputs.map((r) => [...r, ...new Array<CellInput>(width - r.length).fill(null)]),
    );
  }
  for (const v of s.validations ?? []) {
    const rule: ValidationRule = {
      type: v.criteria,
      values: v.values.map((x) => criterionIn(book, x)),
      allowInvalid: v.allowInvalid,
      helpText: v.helpText,
    };
    const anchor = rangeIn(sheet, v.anchor);
    for (const text of v.ranges) {
      const r = rangeIn(sheet, text);
      for (let row = r.row; row < r.row + r.numRows; row++) {
        for (let col = r.column; col < r.column + r.numColumns; col++) {
          sheet.patchMeta(row, col, {
            validation: { rule, anchorRow: anchor.row, anchorColumn: anchor.column },
          });
        }
      }
    }
  }
  sheet.conditionalRules = (s.conditionalFormats ?? []).map((c): ConditionalRule => ({
    ranges: c.ranges.map((t) => rangeIn(sheet, t)),
    type: c.criteria,
    values: c.values.map((x) => criterionIn(book, x) as CriteriaValue),
    format: { ...c.format },
  }));
  sheet.protections = (s.protections ?? []).map((p): ProtectionRecord => ({
    id: book.newProtectionId(),
    type: p.type,
    ...(p.range ? { range: rangeIn(sheet, p.range) } : {}),
    description: p.description ?? '',
    warningOnly: p.warningOnly ?? false,
    editors:
      p.editors === null || p.editors === undefined ? null : p.editors.map((e) => e.toLowerCase()),
    domainEdit: p.domainEdit ?? false,
    unprotectedRanges: (p.unprotectedRanges ?? []).map((t) => rangeIn(sheet, t)),
  }));
  for (const [letters, w] of Object.entries(s.columnWidths ?? {})) {
    sheet.columnWidths.set(lettersToColumn(letters), w);
  }
  for (const letters of s.hiddenColumns ?? []) sheet.hiddenColumns.add(lettersToColumn(letters));
  sheet.merges = (s.merges ?? []).map((t) => rangeIn(sheet, t));
  sheet.charts = (s.charts ?? []).map((c) => chartIn(book, c));
}

/** Fills `book`, created empty (no sheet) with the state's id, name, zone and people. */
export function loadWorkbookState(book: StoredBook, state: WorkbookState): void {
  // Create every sheet first so formulas that reference a later tab resolve.
  const sheets = state.sheets.map((s) =>
    book.insertSheet(s.name, undefined, {
      rows: s.maxRows,
      columns: s.maxColumns,
      sheetId: s.sheetId,
    }),
  );
  if (sheets.length === 0) book.insertSheet('Sheet1');
  book.batch(() => state.sheets.forEach((s, i) => loadSheet(book, sheets[i], s)));
  const active = state.activeSheet === undefined ? null : book.getSheetByName(state.activeSheet);
  book.activeSheetId = (active ?? book.sheets[0]).sheetId;
}
