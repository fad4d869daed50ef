// One sheet of the emulated spreadsheet: its cell contents live in the workbook's HyperFormula
// instance; everything else (formats, validations, conditional-format rules, protections, frozen
// rows, column widths, embedded charts) lives here and follows structural edits the way Sheets
// moves it.
import type { HyperFormula, RawCellContent, SimpleCellRange } from 'hyperformula';
import type { GridRange } from './a1';
import { followChartAnchor, followChartRanges, type ChartRecord } from './charts';
import { Grid } from './grid';
import type { CellMeta, ConditionalRule, ProtectionRecord, ValidationRule } from './models';
import { DEFAULT_DATE, DEFAULT_DATETIME, DEFAULT_TIME, isDateFormat } from './number-format';
import {
  deleteLineMap,
  insertLineMap,
  moveLineMap,
  shiftForDelete,
  shiftForInsert,
  shiftForMove,
  type Axis,
} from './range-shift';
import { adjustFormula, closeOpenRanges, type LineMap } from './ref-shift';
import { WallDate } from './wall-date';

/** A computed cell value: null is blank; formula errors are their Sheets text ('#N/A'). */
export type Scalar = number | string | boolean | null;

/** What a write puts in a cell. Dates are serial numbers in the spreadsheet's time zone. */
export type CellInput =
  null | number | boolean | { text: string } | { formula: string } | { serial: number };

export interface Block {
  values: Scalar[][];
  /** The number format each cell is shown with: its own, or the one Sheets infers. */
  formats: (string | undefined)[][];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Sheets' own error for edits outside the grid. */
export const OUT_OF_BOUNDS =
  'The coordinates of the range are outside the dimensions of the sheet.';

function toRaw(input: CellInput, lastRow: number): RawCellContent {
  if (input === null || typeof input === 'number' || typeof input === 'boolean') return input;
  if ('text' in input) return input.text === '' ? null : `'${input.text}`;
  if ('formula' in input) return closeOpenRanges(input.formula, lastRow);
  return new WallDate(input.serial);
}

function inferredFormat(detailedType: string): string | undefined {
  switch (detailedType) {
    case 'NUMBER_DATE':
      return DEFAULT_DATE;
    case 'NUMBER_DATETIME':
      return DEFAULT_DATETIME;
    case 'NUMBER_TIME':
      return DEFAULT_TIME;
    case 'NUMBER_PERCENT':
      return '0.00%';
    default:
      return undefined;
  }
}

/** A copy of a cell's record for a new neighbouring row or column: formats and validation,
 * never the note (Sheets does not copy notes into inserted lines). */
function inheritable(meta: CellMeta): CellMeta | undefined {
  const { note: _note, ...rest } = meta;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

export class SheetModel {
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly meta = new Grid<CellMeta>();
  conditionalRules: ConditionalRule[] = [];
  protections: ProtectionRecord[] = [];
  merges: GridRange[] = [];
  /** Embedded charts, in the order they were inserted. */
  charts: ChartRecord[] = [];
  /** Told of every structural change here, so charts on other sheets follow their data. */
  onStructure?: (shift: (r: GridRange) => GridRange[]) => void;

  constructor(
    private readonly hf: HyperFormula,
    readonly sheetId: number,
    readonly hfId: number,
    maxRows = DEFAULT_ROWS,
    maxColumns = DEFAULT_COLUMNS,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  get name(): string {
    return this.hf.getSheetName(this.hfId)!;
  }

  private hfRange(r: GridRange): SimpleCellRange {
    return {
      start: { sheet: this.hfId, row: r.row - 1, col: r.column - 1 },
      end: { sheet: this.hfId, row: r.row + r.numRows - 2, col: r.column + r.numColumns - 2 },
    };
  }

  inBounds(r: GridRange): boolean {
    return (
      r.row >= 1 &&
      r.column >= 1 &&
      r.row + r.numRows - 1 <= this.maxRows &&
      r.column + r.numColumns - 1 <= this.maxColumns
    );
  }

  getMeta(row: number, column: number): CellMeta | undefined {
    return this.meta.get(row - 1, column - 1);
  }

  /** Merges `patch` into a cell's record; an undefined field in the patch removes that field. */
  patchMeta(row: number, column: number, patch: Partial<CellMeta>): void {
    const next: CellMeta = { ...this.meta.get(row - 1, column - 1), ...patch };
    for (const k of Object.keys(next) as (keyof CellMeta)[]) {
      if (next[k] === undefined) delete next[k];
    }
    this.meta.set(row - 1, column - 1, Object.keys(next).length > 0 ? next : undefined);
  }

  clearMeta(row: number, column: number): void {
    this.meta.set(row - 1, column - 1, undefined);
  }

  /** Values and the number formats they are shown with, read in one pass. */
  read(r: GridRange): Block {
    const raw = this.hf.getRangeValues(this.hfRange(r));
    const values: Scalar[][] = [];
    const formats: (string | undefined)[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const rawRow = raw[i];
      const vRow: Scalar[] = new Array(r.numColumns);
      const fRow: (string | undefined)[] = new Array(r.numColumns);
      for (let j = 0; j < r.numColumns; j++) {
        const v = rawRow[j];
        let format = this.meta.get(r.row - 1 + i, r.column - 1 + j)?.numberFormat;
        if (v === null || v === undefined) vRow[j] = null;
        else if (typeof v === 'object') vRow[j] = v.value;
        else {
          vRow[j] = v;
          if (format === undefined && typeof v === 'number') {
            format = inferredFormat(
              this.hf.getCellValueDetailedType({
                sheet: this.hfId,
                row: r.row - 1 + i,
                col: r.column - 1 + j,
              }),
            );
          }
        }
        fRow[j] = format;
      }
      values.push(vRow);
      formats.push(fRow);
    }
    return { values, formats };
  }

  /** Formula text of each cell, '' where there is none. */
  readFormulas(r: GridRange): string[][] {
    return this.hf.getRangeFormulas(this.hfRange(r)).map((row) => row.map((f) => f ?? ''));
  }

  /** Writes a block of contents in one HyperFormula operation. */
  write(row: number, column: number, inputs: CellInput[][]): void {
    if (inputs.length === 0) return;
    // Array.from, not map: rows may come from another realm, and HyperFormula checks
    // `instanceof Array`, which a map of a foreign array would fail.
    this.hf.setCellContents(
      { sheet: this.hfId, row: row - 1, col: column - 1 },
      Array.from(inputs, (r) => Array.from(r, (input) => toRaw(input, this.maxRows))),
    );
  }

  /**
   * Re-sends numeric cells whose "date-ness" changed with their number format, so formulas that
   * use them infer date results the way Sheets does.
   */
  retypeNumbers(r: GridRange, wasDate: boolean[][]): void {
    const formulas = this.hf.getRangeFormulas(this.hfRange(r));
    const values = this.hf.getRangeValues(this.hfRange(r));
    for (let i = 0; i < r.numRows; i++) {
      for (let j = 0; j < r.numColumns; j++) {
        const v = values[i][j];
        if (typeof v !== 'number' || formulas[i][j] !== undefined) continue;
        const nowDate = isDateFormat(this.getMeta(r.row + i, r.column + j)?.numberFormat);
        if (nowDate === wasDate[i][j]) continue;
        this.hf.setCellContents(
          { sheet: this.hfId, row: r.row - 1 + i, col: r.column - 1 + j },
          nowDate ? new WallDate(v) : v,
        );
      }
    }
  }

  isBlank(row: number, column: number): boolean {
    return this.hf.isCellEmpty({ sheet: this.hfId, row: row - 1, col: column - 1 });
  }

  /** The last row holding a value or formula (0 when the sheet is empty). */
  lastRow(): number {
    const { width, height } = this.hf.getSheetDimensions(this.hfId);
    for (let row = height; row >= 1; row--) {
      for (let col = 1; col <= width; col++) if (!this.isBlank(row, col)) return row;
    }
    return 0;
  }

  lastColumn(): number {
    const { width, height } = this.hf.getSheetDimensions(this.hfId);
    for (let col = width; col >= 1; col--) {
      for (let row = 1; row <= height; row++) if (!this.isBlank(row, col)) return col;
    }
    return 0;
  }

  /**
   * After a structural change: moves rule ranges, protections and merges, rewrites the
   * references in custom formulas, and moves validation anchors, as Sheets does.
   */
  private followStructure(map: LineMap, fn: (r: GridRange) => GridRange[]): void {
    this.shiftRanges(fn);
    const last = map.axis === 'rows' ? this.maxRows : this.maxColumns;
    this.charts = this.charts.map((chart) =>
      followChartAnchor(followChartRanges(chart, this.sheetId, fn), map, last),
    );
    this.onStructure?.(fn);
    const name = this.name;
    this.conditionalRules = this.conditionalRules.map((rule) =>
      rule.type === 'CUSTOM_FORMULA'
        ? {
            ...rule,
            values: [adjustFormula(String(rule.values[0]), name, map), ...rule.values.slice(1)],
          }
        : rule,
    );
    const rules = new Map<ValidationRule, ValidationRule>();
    const follow = (rule: ValidationRule): ValidationRule => {
      if (rule.type !== 'CUSTOM_FORMULA') return rule;
      let next = rules.get(rule);
      if (!next) {
        const text = String(rule.values[0]);
        const moved = adjustFormula(text, name, map);
        next = moved === text ? rule : { ...rule, values: [moved, ...rule.values.slice(1)] };
        rules.set(rule, next);
      }
      return next;
    };
    // A deleted anchor lands on the first line after the deleted block.
    const move = (n: number) => map.line(n) ?? map.span(n, Number.MAX_SAFE_INTEGER)?.[0] ?? n;
    this.meta.forEach((m, row0, col0) => {
      const v = m.validation;
      if (!v) return;
      const validation = {
        rule: follow(v.rule),
        anchorRow: map.axis === 'rows' ? move(v.anchorRow) : v.anchorRow,
        anchorColumn: map.axis === 'columns' ? move(v.anchorColumn) : v.anchorColumn,
      };
      this.meta.set(row0, col0, { ...m, validation });
    });
  }

  /** After a structural change on the sheet `sheetId`: charts here that read it follow. */
  followChartData(sheetId: number, fn: (r: GridRange) => GridRange[]): void {
    this.charts = this.charts.map((chart) => followChartRanges(chart, sheetId, fn));
  }

  private shiftRanges(fn: (r: GridRange) => GridRange[]): void {
    this.conditionalRules = this.conditionalRules
      .map((rule) => ({ ...rule, ranges: rule.ranges.flatMap(fn) }))
      .filter((rule) => rule.ranges.length > 0);
    this.protections = this.protections.flatMap((p) => {
      const unprotectedRanges = p.unprotectedRanges.flatMap(fn);
      if (p.type === 'SHEET' || p.range === undefined) return [{ ...p, unprotectedRanges }];
      const moved = fn(p.range);
      if (moved.length === 0) return [];
      // A protection holds one range: keep the span of the pieces a move split it into.
      const row = Math.min(...moved.map((m) => m.row));
      const column = Math.min(...moved.map((m) => m.column));
      const endRow = Math.max(...moved.map((m) => m.row + m.numRows - 1));
      const endColumn = Math.max(...moved.map((m) => m.column + m.numColumns - 1));
      return [
        {
          ...p,
          unprotectedRanges,
          range: { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 },
        },
      ];
    });
    this.merges = this.merges.flatMap((m) => {
      const moved = fn(m);
      return moved.length === 1 ? moved : [];
    });
  }

  /**
   * Inserts `count` lines before line `at` (1-based). `inheritFrom` is the existing line whose
   * formats and validation the new lines copy (Sheets copies the neighbouring line's).
   */
  insertLines(axis: Axis, at: number, count: number, inheritFrom?: number): void {
    const from = inheritFrom === undefined ? undefined : inheritFrom - 1;
    const copy = from === undefined ? undefined : { from, clone: inheritable };
    if (axis === 'rows') {
      this.hf.addRows(this.hfId, [at - 1, count]);
      this.meta.insertRows(at - 1, count, copy);
      this.maxRows += count;
      if (at <= this.frozenRows) this.frozenRows += count;
    } else {
      this.hf.addColumns(this.hfId, [at - 1, count]);
      this.meta.insertColumns(at - 1, count, copy);
      this.maxColumns += count;
      if (at <= this.frozenColumns) this.frozenColumns += count;
      this.shiftColumnProps((c) => (c >= at ? c + count : c));
      if (inheritFrom !== undefined && this.columnWidths.has(inheritFrom)) {
        const w = this.columnWidths.get(inheritFrom)!;
        for (let c = at; c < at + count; c++) this.columnWidths.set(c, w);
      }
    }
    this.followStructure(insertLineMap(axis, at, count), (r) => [
      shiftForInsert(r, axis, at, count),
    ]);
  }

  deleteLines(axis: Axis, at: number, count: number): void {
    if (axis === 'rows') {
      this.hf.removeRows(this.hfId, [at - 1, count]);
      this.meta.deleteRows(at - 1, count);
      this.maxRows -= count;
      this.frozenRows -= Math.max(0, Math.min(this.frozenRows, at + count - 1) - at + 1);
    } else {
      this.hf.removeColumns(this.hfId, [at - 1, count]);
      this.meta.deleteColumns(at - 1, count);
      this.maxColumns -= count;
      this.frozenColumns -= Math.max(0, Math.min(this.frozenColumns, at + count - 1) - at + 1);
      this.shiftColumnProps((c) => (c >= at + count ? c - count : c >= at ? undefined : c));
    }
    this.followStructure(deleteLineMap(axis, at, count), (r) => {
      const s = shiftForDelete(r, axis, at, count);
      return s ? [s] : [];
    });
  }

  /** Moves `count` columns starting at `from` before column `to` (pre-move index, 1-based). */
  moveColumns(from: number, count: number, to: number): void {
    this.hf.moveColumns(this.hfId, from - 1, count, to - 1);
    this.meta.moveColumns(from - 1, count, to - 1);
    this.shiftColumnProps((c) => {
      const dest = to > from ? to - count : to;
      if (c >= from && c < from + count) return dest + (c - from);
      const without = c >= from + count ? c - count : c;
      return without >= dest ? without + count : without;
    });
    this.followStructure(moveLineMap('columns', from, count, to), (r) =>
      shiftForMove(r, 'columns', from, count, to),
    );
  }

  private shiftColumnProps(map: (c: number) => number | undefined): void {
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      const n = map(c);
      if (n !== undefined) this.columnWidths.set(n, w);
    }
    const hidden = [...this.hiddenColumns];
    this.hiddenColumns.clear();
    for (const c of hidden) {
      const n = map(c);
      if (n !== undefined) this.hiddenColumns.add(n);
    }
  }
}
