// SpreadsheetApp.Range: a fixed rectangle of one sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import { KIND } from '../../kind';
import { rangeA1, type GridRange } from '../a1';
import { writeFromScript, writeFromText, type CellWrite } from '../cell-writes';
import { normalizeColor } from '../colors';
import type { CellMeta, CellValidation, ValidationRule } from '../models';
import { formatCellValue, isDateFormat } from '../number-format';
import { assertCanEdit } from '../protection';
import { intersects } from '../range-shift';
import { shiftFormula } from '../ref-shift';
import { applyWrites, sortRows, type SortSpec } from '../sheet-ops';
import type { CellInput, SheetModel } from '../sheet-model';
import { DataValidationFacade } from './data-validation';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { ProtectionFacade, newRangeProtection } from './protection';
import { SheetFacade } from './sheet';
import { TextStyleFacade, textStyleOf, textStylePatch, type TextStyleSpec } from './text-style';

export interface RangeModel {
  sheet: SheetModel;
  range: GridRange;
}

const ROWS_MISMATCH = (data: number, range: number) =>
  `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
const COLUMNS_MISMATCH = (data: number, range: number) =>
  `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;

export class RangeFacade {
  readonly [KIND] = 'Range';
  readonly [MODEL]: { kind: 'Range'; value: RangeModel };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly r: GridRange,
  ) {
    this[MODEL] = { kind: 'Range', value: { sheet, range: r } };
  }

  // --- shape ---------------------------------------------------------------------------------

  getRow(): number {
    return this.r.row;
  }
  getRowIndex(): number {
    return this.r.row;
  }
  getColumn(): number {
    return this.r.column;
  }
  getNumRows(): number {
    return this.r.numRows;
  }
  getNumColumns(): number {
    return this.r.numColumns;
  }
  getHeight(): number {
    return this.r.numRows;
  }
  getWidth(): number {
    return this.r.numColumns;
  }
  getLastRow(): number {
    return this.r.row + this.r.numRows - 1;
  }
  getLastColumn(): number {
    return this.r.column + this.r.numColumns - 1;
  }
  getA1Notation(): string {
    return rangeA1(this.r);
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getSheet(): SheetFacade {
    return new SheetFacade(this.env, this.sheet);
  }

  getCell(row: number, column: number): RangeFacade {
    if (row < 1 || column < 1 || row > this.r.numRows || column > this.r.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.at(this.r.row + row - 1, this.r.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return this.at(
      this.r.row + rowOffset,
      this.r.column + columnOffset,
      numRows ?? this.r.numRows,
      numColumns ?? this.r.numColumns,
    );
  }

  private at(row: number, column: number, numRows: number, numColumns: number): RangeFacade {
    const r = { row, column, numRows, numColumns };
    if (!this.sheet.inBounds(r)) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeFacade(this.env, this.sheet, r);
  }

  activate(): RangeFacade {
    this.env.book.activeSheetId = this.sheet.sheetId;
    this.env.book.activeRange = { sheetId: this.sheet.sheetId, range: this.r };
    return this;
  }

  // --- values --------------------------------------------------------------------------------

  getValues(): unknown[][] {
    const { values, formats } = this.sheet.read(this.r);
    const book = this.env.book;
    return values.map((row, i) =>
      row.map((v, j) => {
        if (v === null) return '';
        if (typeof v === 'number' && isDateFormat(formats[i][j]))
          return new Date(book.toInstant(v));
        return v;
      }),
    );
  }

  getValue(): unknown {
    return this.topLeft().getValues()[0][0];
  }

  getDisplayValues(): string[][] {
    const { values, formats } = this.sheet.read(this.r);
    return values.map((row, i) => row.map((v, j) => formatCellValue(v, formats[i][j])));
  }

  getDisplayValue(): string {
    return this.topLeft().getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.sheet.readFormulas(this.r);
  }

  getFormula(): string {
    return this.topLeft().getFormulas()[0][0];
  }

  isBlank(): boolean {
    for (let i = 0; i < this.r.numRows; i++) {
      for (let j = 0; j < this.r.numColumns; j++) {
        if (!this.sheet.isBlank(this.r.row + i, this.r.column + j)) return false;
      }
    }
    return true;
  }

  setValues(values: unknown[][]): RangeFacade {
    this.checkShape(values, 'SpreadsheetApp.Range.setValues');
    this.guard();
    const book = this.env.book;
    const year = book.currentYear();
    const toSerial = (t: number) => book.toSerial(t);
    const writes = values.map((row, i) =>
      row.map((v, j) => writeFromScript(v, this.ownFormat(i, j), year, toSerial)),
    );
    applyWrites(this.sheet, this.r.row, this.r.column, writes);
    return this;
  }

  setValue(value: unknown): RangeFacade {
    return this.setValues(this.fill(() => value));
  }

  setFormulas(formulas: string[][]): RangeFacade {
    this.checkShape(formulas, 'SpreadsheetApp.Range.setFormulas');
    this.guard();
    const year = this.env.book.currentYear();
    const writes = formulas.map((row, i) =>
      row.map((f, j): CellWrite => {
        const text = f === null || f === undefined ? '' : String(f);
        if (text.startsWith('=')) return { input: { formula: text }, format: this.ownFormat(i, j) };
        return writeFromText(text, this.ownFormat(i, j), year);
      }),
    );
    applyWrites(this.sheet, this.r.row, this.r.column, writes);
    return this;
  }

  /** On a block, the formula is filled like a drag: relative references move per cell. */
  setFormula(formula: string): RangeFacade {
    return this.setFormulas(
      this.fill((i, j) => (formula.startsWith('=') ? shiftFormula(formula, i, j) : formula)),
    );
  }

  clearContent(): RangeFacade {
    this.guard();
    this.sheet.write(
      this.r.row,
      this.r.column,
      this.fill((): CellInput => null),
    );
    return this;
  }

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): RangeFacade {
    this.guard();
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!only || o.contentsOnly) {
      this.sheet.write(
        this.r.row,
        this.r.column,
        this.fill((): CellInput => null),
      );
    }
    if (!only || o.formatOnly) this.clearFormatCells();
    if (o.validationsOnly)
      this.eachCell((row, col) => this.sheet.patchMeta(row, col, { validation: undefined }));
    if (o.commentsOnly)
      this.eachCell((row, col) => this.sheet.patchMeta(row, col, { note: undefined }));
    return this;
  }

  clearFormat(): RangeFacade {
    this.guard();
    this.clearFormatCells();
    return this;
  }

  private clearFormatCells(): void {
    const wasDate = this.fill((i, j) => isDateFormat(this.ownFormat(i, j)));
    this.eachCell((row, col) => {
      const m = this.sheet.getMeta(row, col);
      this.sheet.clearMeta(row, col);
      if (m?.validation || m?.note) {
        this.sheet.patchMeta(row, col, { validation: m.validation, note: m.note });
      }
    });
    this.sheet.retypeNumbers(this.r, wasDate);
  }

  // --- number formats ------------------------------------------------------------------------

  setNumberFormat(format: string): RangeFacade {
    return this.setNumberFormats(this.fill(() => format));
  }

  setNumberFormats(formats: string[][]): RangeFacade {
    this.checkShape(formats, 'SpreadsheetApp.Range.setNumberFormats');
    this.guard();
    const wasDate = this.fill((i, j) => isDateFormat(this.ownFormat(i, j)));
    this.eachCell((row, col, i, j) => {
      const f = formats[i][j];
      this.sheet.patchMeta(row, col, {
        numberFormat: f === null || f === undefined || f === '' ? undefined : String(f),
      });
    });
    this.sheet.retypeNumbers(this.r, wasDate);
    return this;
  }

  getNumberFormat(): string {
    return this.topLeft().getNumberFormats()[0][0];
  }

  getNumberFormats(): string[][] {
    return this.fill((i, j) => this.ownFormat(i, j) ?? 'General');
  }

  // --- cell formats --------------------------------------------------------------------------

  private setEach(method: string, values: unknown[][], patch: (v: unknown) => Partial<CellMeta>) {
    this.checkShape(values, `SpreadsheetApp.Range.${method}`);
    this.guard();
    this.eachCell((row, col, i, j) => this.sheet.patchMeta(row, col, patch(values[i][j])));
    return this;
  }

  private getEach<T>(read: (m: CellMeta | undefined) => T): T[][] {
    return this.fill((i, j) => read(this.sheet.getMeta(this.r.row + i, this.r.column + j)));
  }

  private static color(v: unknown): string | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    return normalizeColor(String(v));
  }

  setBackground(color: string | null): RangeFacade {
    return this.setBackgrounds(this.fill(() => color));
  }
  setBackgrounds(colors: (string | null)[][]): RangeFacade {
    return this.setEach('setBackgrounds', colors, (v) => ({ background: RangeFacade.color(v) }));
  }
  /** The cell's own background, not the one conditional formatting paints (as Apps Script). */
  getBackground(): string {
    return this.topLeft().getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this.getEach((m) => m?.background ?? '#ffffff');
  }

  setFontColor(color: string | null): RangeFacade {
    return this.setFontColors(this.fill(() => color));
  }
  setFontColors(colors: (string | null)[][]): RangeFacade {
    return this.setEach('setFontColors', colors, (v) => ({ fontColor: RangeFacade.color(v) }));
  }
  getFontColor(): string {
    return this.topLeft().getFontColors()[0][0];
  }
  getFontColors(): string[][] {
    return this.getEach((m) => m?.fontColor ?? '#000000');
  }

  setFontWeight(weight: string | null): RangeFacade {
    return this.setFontWeights(this.fill(() => weight));
  }
  setFontWeights(weights: (string | null)[][]): RangeFacade {
    return this.setEach('setFontWeights', weights, (v) => ({
      bold: v === 'bold' ? true : undefined,
    }));
  }
  getFontWeight(): string {
    return this.topLeft().getFontWeights()[0][0];
  }
  getFontWeights(): string[][] {
    return this.getEach((m) => (m?.bold ? 'bold' : 'normal'));
  }

  setFontStyle(style: string | null): RangeFacade {
    return this.setFontStyles(this.fill(() => style));
  }
  setFontStyles(styles: (string | null)[][]): RangeFacade {
    return this.setEach('setFontStyles', styles, (v) => ({
      italic: v === 'italic' ? true : undefined,
    }));
  }
  getFontStyle(): string {
    return this.topLeft().getFontStyles()[0][0];
  }
  getFontStyles(): string[][] {
    return this.getEach((m) => (m?.italic ? 'italic' : 'normal'));
  }

  setFontLine(line: string | null): RangeFacade {
    return this.setFontLines(this.fill(() => line));
  }
  setFontLines(lines: (string | null)[][]): RangeFacade {
    return this.setEach('setFontLines', lines, (v) => ({
      strikethrough: v === 'line-through' ? true : undefined,
      underline: v === 'underline' ? true : undefined,
    }));
  }
  getFontLine(): string {
    return this.topLeft().getFontLines()[0][0];
  }
  getFontLines(): string[][] {
    return this.getEach((m) =>
      m?.strikethrough ? 'line-through' : m?.underline ? 'underline' : 'none',
    );
  }

  setTextStyle(style: unknown): RangeFacade {
    return this.setTextStyles(this.fill(() => style));
  }
  /** Each style writes the attributes it sets; those it leaves unset keep the cell's own. */
  setTextStyles(styles: unknown[][]): RangeFacade {
    this.checkShape(styles, 'SpreadsheetApp.Range.setTextStyles');
    const specs = styles.map((row) =>
      row.map((style) => {
        const spec = modelOf<TextStyleSpec>(style, 'TextStyle');
        if (!spec) throw badArguments('SpreadsheetApp.Range.setTextStyles', typeName(style));
        return spec;
      }),
    );
    return this.setEach('setTextStyles', specs, (v) => textStylePatch(v as TextStyleSpec));
  }
  getTextStyle(): TextStyleFacade {
    return this.topLeft().getTextStyles()[0][0];
  }
  getTextStyles(): TextStyleFacade[][] {
    return this.getEach((m) => new TextStyleFacade(textStyleOf(m)));
  }

  setFontSize(size: number): RangeFacade {
    return this.setEach(
      'setFontSizes',
      this.fill(() => size),
      (v) => ({ fontSize: Number(v) }),
    );
  }
  setFontSizes(sizes: number[][]): RangeFacade {
    return this.setEach('setFontSizes', sizes, (v) => ({ fontSize: Number(v) }));
  }
  getFontSize(): number {
    return this.sheet.getMeta(this.r.row, this.r.column)?.fontSize ?? 10;
  }

  setFontFamily(family: string | null): RangeFacade {
    return this.setEach(
      'setFontFamilies',
      this.fill(() => family),
      (v) => ({
        fontFamily: v === null || v === undefined ? undefined : String(v),
      }),
    );
  }
  getFontFamily(): string {
    return this.sheet.getMeta(this.r.row, this.r.column)?.fontFamily ?? 'Arial';
  }

  setWrap(wrap: boolean): RangeFacade {
    return this.setEach(
      'setWraps',
      this.fill(() => wrap),
      (v) => ({
        wrap: v ? 'WRAP' : 'OVERFLOW',
      }),
    );
  }
  setWraps(wraps: boolean[][]): RangeFacade {
    return this.setEach('setWraps', wraps, (v) => ({ wrap: v ? 'WRAP' : 'OVERFLOW' }));
  }
  setWrapStrategy(strategy: string): RangeFacade {
    return this.setEach(
      'setWrapStrategies',
      this.fill(() => strategy),
      (v) => ({ wrap: String(v) }),
    );
  }
  getWrap(): boolean {
    return this.sheet.getMeta(this.r.row, this.r.column)?.wrap === 'WRAP';
  }
  getWrapStrategy(): string {
    return this.sheet.getMeta(this.r.row, this.r.column)?.wrap ?? 'OVERFLOW';
  }

  setHorizontalAlignment(alignment: string | null): RangeFacade {
    return this.setEach(
      'setHorizontalAlignments',
      this.fill(() => alignment),
      (v) => ({
        horizontalAlignment:
          v === null || v === undefined || v === 'normal' ? undefined : String(v),
      }),
    );
  }
  getHorizontalAlignment(): string {
    return this.sheet.getMeta(this.r.row, this.r.column)?.horizontalAlignment ?? 'general';
  }
  setVerticalAlignment(alignment: string | null): RangeFacade {
    return this.setEach(
      'setVerticalAlignments',
      this.fill(() => alignment),
      (v) => ({
        verticalAlignment: v === null || v === undefined ? undefined : String(v),
      }),
    );
  }
  getVerticalAlignment(): string {
    return this.sheet.getMeta(this.r.row, this.r.column)?.verticalAlignment ?? 'bottom';
  }

  setNote(note: string | null): RangeFacade {
    return this.setNotes(this.fill(() => note));
  }
  setNotes(notes: (string | null)[][]): RangeFacade {
    return this.setEach('setNotes', notes, (v) => ({
      note: v === null || v === undefined || v === '' ? undefined : String(v),
    }));
  }
  getNote(): string {
    return this.sheet.getMeta(this.r.row, this.r.column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.getEach((m) => m?.note ?? '');
  }
  clearNote(): RangeFacade {
    return this.setNotes(this.fill(() => null));
  }

  // --- data validation -----------------------------------------------------------------------

  setDataValidation(rule: unknown): RangeFacade {
    return this.setDataValidations(this.fill(() => rule));
  }

  /** Each cell keeps its offset from this range's top-left, where relative formulas count from. */
  setDataValidations(rules: unknown[][]): RangeFacade {
    this.checkShape(rules, 'SpreadsheetApp.Range.setDataValidations');
    this.guard();
    const models = rules.map((row) =>
      row.map((rule) => {
        if (rule === null || rule === undefined) return undefined;
        const m = modelOf<ValidationRule>(rule, 'DataValidation');
        if (!m) throw badArguments('SpreadsheetApp.Range.setDataValidation', typeName(rule));
        return m;
      }),
    );
    this.eachCell((row, col, i, j) => {
      const rule = models[i][j];
      const validation: CellValidation | undefined = rule && {
        rule,
        anchorRow: this.r.row,
        anchorColumn: this.r.column,
      };
      this.sheet.patchMeta(row, col, { validation });
    });
    return this;
  }

  getDataValidation(): DataValidationFacade | null {
    return this.topLeft().getDataValidations()[0][0];
  }

  getDataValidations(): (DataValidationFacade | null)[][] {
    return this.getEach((m) =>
      m?.validation ? new DataValidationFacade(this.env, m.validation.rule) : null,
    );
  }

  clearDataValidations(): RangeFacade {
    return this.setDataValidations(this.fill(() => null));
  }

  /** Checkboxes: a CHECKBOX rule in every cell, every value set to FALSE. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeFacade {
    this.guard();
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [String(checkedValue)]
          : [String(checkedValue), String(uncheckedValue)];
    const rule: ValidationRule = { type: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    const validation = { rule, anchorRow: this.r.row, anchorColumn: this.r.column };
    this.eachCell((row, col) => this.sheet.patchMeta(row, col, { validation }));
    const unchecked: CellInput =
      values.length === 0 ? false : values.length === 2 ? { text: values[1] } : null;
    this.sheet.write(
      this.r.row,
      this.r.column,
      this.fill(() => unchecked),
    );
    return this;
  }

  removeCheckboxes(): RangeFacade {
    this.guard();
    const { values } = this.sheet.read(this.r);
    this.eachCell((row, col, i, j) => {
      const v = this.sheet.getMeta(row, col)?.validation;
      if (v?.rule.type !== 'CHECKBOX') return;
      this.sheet.patchMeta(row, col, { validation: undefined });
      const value = values[i][j];
      const custom = v.rule.values.map(String);
      if (typeof value === 'boolean' || (typeof value === 'string' && custom.includes(value))) {
        this.sheet.write(row, col, [[null]]);
      }
    });
    return this;
  }

  isChecked(): boolean | null {
    const states = this.checkStates();
    if (states.some((s) => s === null)) return null;
    if (states.every((s) => s === true)) return true;
    return states.every((s) => s === false) ? false : null;
  }

  private checkStates(): (boolean | null)[] {
    const { values } = this.sheet.read(this.r);
    const out: (boolean | null)[] = [];
    this.eachCell((row, col, i, j) => {
      const rule = this.sheet.getMeta(row, col)?.validation?.rule;
      if (rule?.type !== 'CHECKBOX') return void out.push(null);
      const v = values[i][j];
      const checked = rule.values.length === 0 ? v === true : String(v) === String(rule.values[0]);
      out.push(checked);
    });
    return out;
  }

  check(): RangeFacade {
    return this.setChecked(true);
  }
  uncheck(): RangeFacade {
    return this.setChecked(false);
  }

  private setChecked(on: boolean): RangeFacade {
    this.guard();
    this.eachCell((row, col) => {
      const rule = this.sheet.getMeta(row, col)?.validation?.rule;
      if (rule?.type !== 'CHECKBOX') return;
      const input: CellInput =
        rule.values.length === 0
          ? on
          : on
            ? { text: String(rule.values[0]) }
            : rule.values[1] === undefined
              ? null
              : { text: String(rule.values[1]) };
      this.sheet.write(row, col, [[input]]);
    });
    return this;
  }

  // --- structure -----------------------------------------------------------------------------

  protect(): ProtectionFacade {
    return newRangeProtection(this.env, this.sheet, this.r);
  }

  merge(): RangeFacade {
    this.guard();
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.r));
    this.sheet.merges.push({ ...this.r });
    // Merging keeps only the top-left value.
    const inputs = this.fill((i, j): CellInput | undefined =>
      i === 0 && j === 0 ? undefined : null,
    );
    inputs.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input !== undefined) this.sheet.write(this.r.row + i, this.r.column + j, [[input]]);
      }),
    );
    return this;
  }

  breakApart(): RangeFacade {
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.r));
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.r));
  }

  getMergedRanges(): RangeFacade[] {
    return this.sheet.merges
      .filter((m) => intersects(m, this.r))
      .map((m) => new RangeFacade(this.env, this.sheet, m));
  }

  /** sort(column) | sort({column, ascending}) | sort([...]) with absolute column numbers. */
  sort(sortSpec: unknown): RangeFacade {
    this.guard();
    const list = Array.isArray(sortSpec) ? sortSpec : [sortSpec];
    const specs: SortSpec[] = list.map((s) => {
      if (typeof s === 'number') return { column: s, ascending: true };
      if (s && typeof s === 'object' && typeof (s as SortSpec).column === 'number') {
        const spec = s as { column: number; ascending?: boolean };
        return { column: spec.column, ascending: spec.ascending !== false };
      }
      throw badArguments('SpreadsheetApp.Range.sort', typeName(s));
    });
    for (const s of specs) {
      if (s.column < this.r.column || s.column >= this.r.column + this.r.numColumns) {
        throw new Error(`The column to sort by must be within the range.`);
      }
    }
    sortRows(this.sheet, this.r, specs);
    return this;
  }

  // --- helpers -------------------------------------------------------------------------------

  private topLeft(): RangeFacade {
    return this.r.numRows === 1 && this.r.numColumns === 1
      ? this
      : new RangeFacade(this.env, this.sheet, { ...this.r, numRows: 1, numColumns: 1 });
  }

  private ownFormat(i: number, j: number): string | undefined {
    return this.sheet.getMeta(this.r.row + i, this.r.column + j)?.numberFormat;
  }

  private fill<T>(make: (i: number, j: number) => T): T[][] {
    return Array.from({ length: this.r.numRows }, (_, i) =>
      Array.from({ length: this.r.numColumns }, (_, j) => make(i, j)),
    );
  }

  private eachCell(visit: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.r.numRows; i++) {
      for (let j = 0; j < this.r.numColumns; j++) visit(this.r.row + i, this.r.column + j, i, j);
    }
  }

  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      throw badArguments(method, Array.isArray(values) ? 'number[]' : typeName(values));
    }
    if (values.length !== this.r.numRows)
      throw new Error(ROWS_MISMATCH(values.length, this.r.numRows));
    for (const row of values as unknown[][]) {
      if (row.length !== this.r.numColumns) {
        throw new Error(COLUMNS_MISMATCH(row.length, this.r.numColumns));
      }
    }
  }

  /** Refuses the change when the acting user may not edit this range. */
  private guard(): void {
    assertCanEdit(this.env.book, this.sheet, this.r, this.env.ctx.user());
  }
}

/** Used by Sheet and Spreadsheet: a Range over `r`, or Apps Script's error when off the grid. */
export function rangeOn(env: Env, sheet: SheetModel, r: GridRange): RangeFacade {
  if (r.row < 1) throw new Error('The starting row of the range is too small.');
  if (r.column < 1) throw new Error('The starting column of the range is too small.');
  if (r.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (r.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (!sheet.inBounds(r)) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new RangeFacade(env, sheet, r);
}
