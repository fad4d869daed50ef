// SpreadsheetApp.Sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { KIND } from '../../kind';
import { parseA1, resolveA1, type GridRange } from '../a1';
import { normalizeColor } from '../colors';
import type { ConditionalRule } from '../models';
import { copyChart } from '../charts';
import { PROTECTED_MESSAGE, assertCanEdit, canEditProtection } from '../protection';
import { sortRows } from '../sheet-ops';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from '../sheet-model';
import { EmbeddedChartBuilderFacade, EmbeddedChartFacade, chartArgument } from './chart';
import { ConditionalFormatRuleFacade } from './conditional-format';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { ProtectionFacade, newSheetProtection } from './protection';
import { RangeFacade, rangeOn, type RangeModel } from './range';
import { SpreadsheetFacade } from './spreadsheet';

const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';

export class SheetFacade {
  readonly [KIND] = 'Sheet';
  readonly [MODEL]: { kind: 'Sheet'; value: SheetModel };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
  ) {
    this[MODEL] = { kind: 'Sheet', value: sheet };
  }

  getName(): string {
    return this.sheet.name;
  }
  getSheetName(): string {
    return this.sheet.name;
  }
  setName(name: string): SheetFacade {
    this.env.book.renameSheet(this.sheet, name);
    return this;
  }
  getSheetId(): number {
    return this.sheet.sheetId;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.env.book.sheets.indexOf(this.sheet) + 1;
  }
  getParent(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.env);
  }
  activate(): SheetFacade {
    this.env.book.activeSheetId = this.sheet.sheetId;
    this.env.book.activeRange = null;
    return this;
  }
  getMaxRows(): number {
    return this.sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.sheet.maxColumns;
  }
  getLastRow(): number {
    return this.sheet.lastRow();
  }
  getLastColumn(): number {
    return this.sheet.lastColumn();
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a1OrRow === 'string' && column === undefined) {
      const ref = parseA1(a1OrRow);
      if (!ref) throw new Error('Range not found');
      const target =
        ref.sheetName === undefined ? this.sheet : this.env.book.getSheetByName(ref.sheetName);
      if (!target) throw new Error('Range not found');
      const r = resolveA1(ref, target.maxRows, target.maxColumns);
      if (!target.inBounds(r)) throw new Error('Range not found');
      return new RangeFacade(this.env, target, r);
    }
    if (typeof a1OrRow !== 'number' || typeof column !== 'number') {
      throw badArguments(
        'SpreadsheetApp.Sheet.getRange',
        [a1OrRow, column].map(typeName).join(','),
      );
    }
    return rangeOn(this.env, this.sheet, {
      row: a1OrRow,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }

  /** A1 through the last row and column holding content (A1 alone on an empty sheet). */
  getDataRange(): RangeFacade {
    return new RangeFacade(this.env, this.sheet, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.sheet.lastRow()),
      numColumns: Math.max(1, this.sheet.lastColumn()),
    });
  }

  getActiveRange(): RangeFacade | null {
    const active = this.env.book.activeRange;
    if (active && active.sheetId === this.sheet.sheetId) {
      return new RangeFacade(this.env, this.sheet, active.range);
    }
    return this.env.book.activeSheetId === this.sheet.sheetId
      ? new RangeFacade(this.env, this.sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 })
      : null;
  }

  setActiveRange(range: unknown): RangeFacade {
    const m = this.rangeModel(range, 'SpreadsheetApp.Sheet.setActiveRange');
    return new RangeFacade(this.env, m.sheet, m.range).activate();
  }

  setActiveSelection(range: unknown): RangeFacade {
    if (typeof range === 'string') return this.getRange(range).activate();
    return this.setActiveRange(range);
  }

  // --- rows and columns ----------------------------------------------------------------------

  private guardAll(): void {
    assertCanEdit(
      this.env.book,
      this.sheet,
      { row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns },
      this.env.ctx.user(),
    );
  }

  private guardLines(axis: 'rows' | 'columns', at: number, count: number): void {
    const r: GridRange =
      axis === 'rows'
        ? { row: at, column: 1, numRows: count, numColumns: this.sheet.maxColumns }
        : { row: 1, column: at, numRows: this.sheet.maxRows, numColumns: count };
    assertCanEdit(this.env.book, this.sheet, r, this.env.ctx.user());
  }

  /** New rows take the format of the row they follow. */
  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    if (afterPosition < 1 || afterPosition > this.sheet.maxRows || howMany < 1) {
      throw new Error(ROWS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('rows', afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetFacade {
    return this.insertRowsAfter(afterPosition, 1);
  }
  /** New rows take the format of the row they are inserted above. */
  insertRowsBefore(beforePosition: number, howMany: number): SheetFacade {
    if (beforePosition < 1 || beforePosition > this.sheet.maxRows || howMany < 1) {
      throw new Error(ROWS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('rows', beforePosition, howMany, beforePosition);
    return this;
  }
  insertRowBefore(beforePosition: number): SheetFacade {
    return this.insertRowsBefore(beforePosition, 1);
  }
  /** insertRows inserts blank rows that copy no format. */
  insertRows(rowIndex: number, numRows = 1): void {
    if (rowIndex < 1 || rowIndex > this.sheet.maxRows + 1 || numRows < 1) {
      throw new Error(ROWS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('rows', rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.sheet.maxRows) {
      throw new Error(ROWS_OUT_OF_BOUNDS);
    }
    if (
      rowPosition > this.sheet.frozenRows &&
      howMany >= this.sheet.maxRows - this.sheet.frozenRows
    ) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.guardLines('rows', rowPosition, howMany);
    this.sheet.deleteLines('rows', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): SheetFacade {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    if (afterPosition < 1 || afterPosition > this.sheet.maxColumns || howMany < 1) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('columns', afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnAfter(afterPosition: number): SheetFacade {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetFacade {
    if (beforePosition < 1 || beforePosition > this.sheet.maxColumns || howMany < 1) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('columns', beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumnBefore(beforePosition: number): SheetFacade {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || columnIndex > this.sheet.maxColumns + 1 || numColumns < 1) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    this.sheet.insertLines('columns', columnIndex, numColumns);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.sheet.maxColumns) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    if (
      columnPosition > this.sheet.frozenColumns &&
      howMany >= this.sheet.maxColumns - this.sheet.frozenColumns
    ) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.guardLines('columns', columnPosition, howMany);
    this.sheet.deleteLines('columns', columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): SheetFacade {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Moves the columns `columnSpec` spans so they sit before `destinationIndex` (pre-move). */
  moveColumns(columnSpec: unknown, destinationIndex: number): void {
    const m = this.rangeModel(columnSpec, 'SpreadsheetApp.Sheet.moveColumns');
    const from = m.range.column;
    const count = m.range.numColumns;
    if (destinationIndex < 1 || destinationIndex > this.sheet.maxColumns + 1) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    this.guardAll();
    if (destinationIndex >= from && destinationIndex <= from + count) return;
    this.sheet.moveColumns(from, count, destinationIndex);
  }

  appendRow(rowContents: unknown[]): SheetFacade {
    if (!Array.isArray(rowContents)) {
      throw badArguments('SpreadsheetApp.Sheet.appendRow', typeName(rowContents));
    }
    const row = this.sheet.lastRow() + 1;
    if (row > this.sheet.maxRows) this.sheet.insertLines('rows', row, 1, row - 1);
    if (rowContents.length > this.sheet.maxColumns) {
      const at = this.sheet.maxColumns + 1;
      this.sheet.insertLines('columns', at, rowContents.length - this.sheet.maxColumns, at - 1);
    }
    if (rowContents.length > 0) {
      rangeOn(this.env, this.sheet, {
        row,
        column: 1,
        numRows: 1,
        numColumns: rowContents.length,
      }).setValues([rowContents]);
    }
    return this;
  }

  // --- look ----------------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.sheet.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    this.sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.sheet.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    this.sheet.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.sheet.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): SheetFacade {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFacade {
    if (startColumn < 1 || startColumn + numColumns - 1 > this.sheet.maxColumns) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      this.sheet.columnWidths.set(c, width);
    }
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.sheet.hiddenColumns.delete(c);
  }
  hideColumn(column: unknown): void {
    const m = this.rangeModel(column, 'SpreadsheetApp.Sheet.hideColumn');
    this.hideColumns(m.range.column, m.range.numColumns);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.sheet.hiddenColumns.has(columnPosition);
  }
  setTabColor(color: string | null): SheetFacade {
    this.sheet.tabColor = color === null ? null : (normalizeColor(color) ?? null);
    return this;
  }
  getTabColor(): string | null {
    return this.sheet.tabColor;
  }
  hideSheet(): SheetFacade {
    this.sheet.hidden = true;
    return this;
  }
  showSheet(): SheetFacade {
    this.sheet.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.sheet.hidden;
  }

  clear(): SheetFacade {
    this.guardAll();
    this.getWholeSheet().clear();
    return this;
  }
  clearContents(): SheetFacade {
    this.guardAll();
    this.getWholeSheet().clearContent();
    return this;
  }
  clearFormats(): SheetFacade {
    this.guardAll();
    this.getWholeSheet().clearFormat();
    return this;
  }

  private getWholeSheet(): RangeFacade {
    return new RangeFacade(this.env, this.sheet, {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    });
  }

  /** Sorts every row below the frozen ones by one column. */
  sort(columnPosition: number, ascending = true): SheetFacade {
    this.guardAll();
    const first = this.sheet.frozenRows + 1;
    const last = this.sheet.lastRow();
    if (last >= first) {
      sortRows(
        this.sheet,
        { row: first, column: 1, numRows: last - first + 1, numColumns: this.sheet.maxColumns },
        [{ column: columnPosition, ascending }],
      );
    }
    return this;
  }

  // --- rules and protection ------------------------------------------------------------------

  getConditionalFormatRules(): ConditionalFormatRuleFacade[] {
    return this.sheet.conditionalRules.map(
      (rule) => new ConditionalFormatRuleFacade(this.env, this.sheet, structuredClone(rule)),
    );
  }

  /** Replaces ALL of the sheet's rules (Apps Script has no per-rule update). */
  setConditionalFormatRules(rules: unknown[]): void {
    if (!Array.isArray(rules)) {
      throw badArguments('SpreadsheetApp.Sheet.setConditionalFormatRules', typeName(rules));
    }
    const models: ConditionalRule[] = rules.map((rule) => {
      const m = modelOf<{ sheet: SheetModel | null; rule: ConditionalRule }>(
        rule,
        'ConditionalFormatRule',
      );
      if (!m) throw badArguments('SpreadsheetApp.Sheet.setConditionalFormatRules', typeName(rule));
      if (m.sheet && m.sheet !== this.sheet && m.rule.ranges.length > 0) {
        throw new Error('Conditional format rule cannot reference a different sheet.');
      }
      return structuredClone(m.rule);
    });
    this.sheet.conditionalRules = models;
  }

  clearConditionalFormatRules(): void {
    this.sheet.conditionalRules = [];
  }

  /** The sheet's protection; a sheet has at most one, so an existing one is returned. */
  protect(): ProtectionFacade {
    return newSheetProtection(this.env, this.sheet);
  }

  getProtections(type: string): ProtectionFacade[] {
    return this.sheet.protections
      .filter((p) => p.type === String(type))
      .map((p) => new ProtectionFacade(this.env, this.sheet, p));
  }

  // --- embedded charts ------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.env, this.sheet);
  }

  /** Adds the chart with a new id, whatever chart it was built from. */
  insertChart(chart: unknown): void {
    const record = copyChart(chartArgument(chart, 'insertChart'));
    this.guardObjects();
    record.chartId = this.env.book.newChartId();
    this.sheet.charts.push(record);
  }

  /** Snapshots, in the order the charts were inserted. */
  getCharts(): EmbeddedChartFacade[] {
    return this.sheet.charts.map(
      (c) => new EmbeddedChartFacade(this.env, this.sheet, copyChart(c)),
    );
  }

  /** Saves a chart from getCharts() (changed through modify().build()) in its place. */
  updateChart(chart: unknown): void {
    const record = chartArgument(chart, 'updateChart');
    const at = this.chartIndex(record.chartId, 'updateChart');
    this.guardObjects();
    this.sheet.charts[at] = copyChart(record);
  }

  removeChart(chart: unknown): void {
    const at = this.chartIndex(chartArgument(chart, 'removeChart').chartId, 'removeChart');
    this.guardObjects();
    this.sheet.charts.splice(at, 1);
  }

  private chartIndex(chartId: number | null, method: string): number {
    if (chartId === null) {
      throw new Error(
        `${method}: the chart is not on a sheet; add a new chart with insertChart, then take it from getCharts().`,
      );
    }
    const at = this.sheet.charts.findIndex((c) => c.chartId === chartId);
    if (at < 0) throw new Error(`${method}: sheet "${this.sheet.name}" has no chart ${chartId}.`);
    return at;
  }

  /** A protected sheet protects its charts too (a range protection does not). */
  private guardObjects(): void {
    const user = this.env.ctx.user();
    const blocked = this.sheet.protections.some(
      (p) => p.type === 'SHEET' && !p.warningOnly && !canEditProtection(this.env.book, p, user),
    );
    if (blocked) throw new Error(PROTECTED_MESSAGE);
  }

  private rangeModel(range: unknown, method: string): RangeModel {
    const m = modelOf<RangeModel>(range, 'Range');
    if (!m) throw badArguments(method, typeName(range));
    return m;
  }
}
