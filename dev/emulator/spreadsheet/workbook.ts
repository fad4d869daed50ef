// The emulated spreadsheet as a plain host-side model: sheets, cell contents computed by
// HyperFormula, formats, rules and protections. It counts nothing and knows no Apps Script
// objects; the facade (createSpreadsheetApp) and the runtime sit on top of it.
import { HyperFormula } from 'hyperformula';
import { assertTimeZone, instantToSerial, serialToInstant, toWallClock } from '../timezone';
import type { GridRange } from './a1';
import { ClockPlugin, type ClockContext } from './clock-plugin';
import { ConditionalEvaluator, effectiveFormat } from './conditional-format';
import type { EffectiveFormat } from './models';
import { SheetModel } from './sheet-model';
import { SheetsFunctionsPlugin, registerSheetsFunctionNames } from './sheets-functions-plugin';
import {
  userDeleteRows,
  userEdit,
  userInsertRows,
  userMoveColumns,
  userPaste,
  userRenameSheet,
  userSortRange,
  type EditEvent,
} from './user-actions';
import { loadWorkbookState, workbookToState, type WorkbookState } from './workbook-state';

export interface WorkbookOptions {
  id?: string;
  name?: string;
  timeZone: string;
  locale?: string;
  now: () => number;
  /** The file's owner: always an editor, never removable from a protection. */
  owner?: string;
  /** Other people the file is shared with as editors. */
  editors?: string[];
  /** Create no sheet (fromJSON adds its own). */
  empty?: boolean;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

export const DEFAULT_OWNER = 'owner@vendor.example';

const SHEET_NAME_TAKEN = (name: string) =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;

let workbookCounter = 0;

export class Workbook {
  readonly id: string;
  name: string;
  readonly locale: string;
  readonly owner: string;
  readonly editors: string[];
  readonly hf: HyperFormula;
  now: () => number;
  readonly toasts: Toast[] = [];
  activeSheetId: number;
  /** The selection of the person at the keyboard (getActiveRange). */
  activeRange: { sheetId: number; range: GridRange } | null = null;

  private zone: string;
  private sheetList: SheetModel[] = [];
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private lastChartId = 0;
  private serialCache = new Map<number, number>();
  private instantCache = new Map<number, number>();

  constructor(options: WorkbookOptions) {
    assertTimeZone(options.timeZone);
    workbookCounter += 1;
    this.id = options.id ?? `emulated-spreadsheet-${workbookCounter}`;
    this.name = options.name ?? 'Untitled spreadsheet';
    this.zone = options.timeZone;
    this.locale = options.locale ?? 'en_US';
    this.now = options.now;
    this.owner = (options.owner ?? DEFAULT_OWNER).toLowerCase();
    this.editors = (options.editors ?? []).map((e) => e.toLowerCase());
    const context: ClockContext = { serialNow: () => this.serialNow() };
    registerSheetsFunctionNames();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        ClockPlugin,
        SheetsFunctionsPlugin,
      ],
      context,
      undoLimit: 0,
      // Sheets keeps full doubles (a date-time's seconds live in the 10th decimal).
      smartRounding: false,
      maxRows: 1_000_000,
      dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    });
    this.activeSheetId = 0;
    if (!options.empty) this.insertSheet('Sheet1');
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  get timeZone(): string {
    return this.zone;
  }

  set timeZone(zone: string) {
    assertTimeZone(zone);
    this.zone = zone;
    this.serialCache.clear();
    this.instantCache.clear();
    this.recalculate();
  }

  get sheets(): readonly SheetModel[] {
    return this.sheetList;
  }

  /** Sheets reads names case-insensitively: 'map' finds 'MAP'. */
  getSheetByName(name: string): SheetModel | null {
    const lower = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  getSheetById(sheetId: number): SheetModel | null {
    return this.sheetList.find((s) => s.sheetId === sheetId) ?? null;
  }

  /** The sheet named `name`, or an Error naming it. */
  requireSheet(name: string): SheetModel {
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    return sheet;
  }

  get activeSheet(): SheetModel {
    return this.getSheetById(this.activeSheetId) ?? this.sheetList[0];
  }

  isEditor(user: string): boolean {
    const u = user.toLowerCase();
    return u === this.owner || this.editors.includes(u);
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  /** A chart id no chart of this file has had since it was opened. */
  newChartId(): number {
    const held = this.sheetList.flatMap((s) => s.charts.map((c) => c.chartId ?? 0));
    this.lastChartId = Math.max(this.lastChartId, ...held) + 1;
    return this.lastChartId;
  }

  insertSheet(
    name?: string,
    index?: number,
    size?: { rows: number; columns: number; sheetId?: number },
  ): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheetList.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n += 1;
      sheetName = `Sheet${n}`;
    }
    if (this.getSheetByName(sheetName)) throw new Error(SHEET_NAME_TAKEN(sheetName));
    const hfName = this.hf.addSheet(sheetName);
    const hfId = this.hf.getSheetId(hfName)!;
    const sheetId = size?.sheetId ?? this.nextSheetId;
    this.nextSheetId = Math.max(this.nextSheetId, sheetId) + 1;
    const sheet = new SheetModel(this.hf, sheetId, hfId, size?.rows, size?.columns);
    sheet.onStructure = (shift) => {
      for (const other of this.sheetList)
        if (other !== sheet) other.followChartData(sheetId, shift);
    };
    const at = index === undefined ? this.sheetList.length : Math.max(0, index);
    this.sheetList.splice(at, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheetList.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.hf.removeSheet(sheet.hfId);
    this.sheetList = this.sheetList.filter((s) => s !== sheet);
    // Its charts go with it; charts elsewhere lose the data they read from it.
    for (const other of this.sheetList) other.followChartData(sheet.sheetId, () => []);
    if (this.activeSheetId === sheet.sheetId) this.activeSheetId = this.sheetList[0].sheetId;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.getSheetByName(name);
    if (other && other !== sheet) throw new Error(SHEET_NAME_TAKEN(name));
    this.hf.renameSheet(sheet.hfId, name);
  }

  moveSheet(sheet: SheetModel, index: number): void {
    this.sheetList = this.sheetList.filter((s) => s !== sheet);
    this.sheetList.splice(Math.max(0, Math.min(index, this.sheetList.length)), 0, sheet);
  }

  /** The clock as a serial number in the spreadsheet's zone (what NOW() returns). */
  serialNow(): number {
    // Cached by instant: every TODAY() cell asks during one recalculation.
    return this.toSerial(this.now());
  }

  /** The current year in the spreadsheet's zone (for dates typed without a year). */
  currentYear(): number {
    return toWallClock(this.now(), this.zone).year;
  }

  /** The serial of an instant in the spreadsheet's zone (cached: plans repeat dates). */
  toSerial(instant: number): number {
    let s = this.serialCache.get(instant);
    if (s === undefined) {
      s = instantToSerial(instant, this.zone);
      this.serialCache.set(instant, s);
    }
    return s;
  }

  /** The instant of a serial's wall-clock time in the spreadsheet's zone. */
  toInstant(serial: number): number {
    let t = this.instantCache.get(serial);
    if (t === undefined) {
      t = serialToInstant(serial, this.zone);
      this.instantCache.set(serial, t);
    }
    return t;
  }

  /** Recomputes volatile cells (TODAY, NOW) after the clock moved. */
  recalculate(): void {
    // Any finished batch makes HyperFormula re-evaluate its volatile cells.
    this.hf.batch(() => undefined);
  }

  /** Runs several writes as one HyperFormula evaluation. */
  batch(work: () => void): void {
    if (this.hf.isEvaluationSuspended()) {
      work();
      return;
    }
    this.hf.suspendEvaluation();
    try {
      work();
    } finally {
      this.hf.resumeEvaluation();
    }
  }

  /** Evaluates the sheet's conditional-format rules (reuse it for many cells of one sheet). */
  conditionalFormatting(sheet: SheetModel): ConditionalEvaluator {
    return new ConditionalEvaluator(this, sheet);
  }

  effectiveFormat(sheetName: string, row: number, column: number): EffectiveFormat {
    return effectiveFormat(this, this.requireSheet(sheetName), row, column);
  }

  userEdit(user: string, sheetName: string, a1: string, text: string): EditEvent {
    return userEdit(this, user, sheetName, a1, text);
  }

  userPaste(user: string, sheetName: string, a1: string, rows: string[][]): EditEvent {
    return userPaste(this, user, sheetName, a1, rows);
  }

  /** The structural user actions check protections when told who acts (`user`). */
  userInsertRows(sheetName: string, beforeRow: number, count: number, user?: string): void {
    userInsertRows(this, sheetName, beforeRow, count, user);
  }

  userDeleteRows(sheetName: string, row: number, count: number, user?: string): void {
    userDeleteRows(this, sheetName, row, count, user);
  }

  userMoveColumns(
    sheetName: string,
    from: number,
    count: number,
    before: number,
    user?: string,
  ): void {
    userMoveColumns(this, sheetName, from, count, before, user);
  }

  userSortRange(
    sheetName: string,
    a1: string,
    column: number,
    ascending: boolean,
    user?: string,
  ): void {
    userSortRange(this, sheetName, a1, column, ascending, user);
  }

  userRenameSheet(oldName: string, newName: string): void {
    userRenameSheet(this, oldName, newName);
  }

  toJSON(): WorkbookState {
    return workbookToState(this);
  }

  static fromJSON(state: WorkbookState, now: () => number): Workbook {
    const book = new Workbook({
      id: state.id,
      name: state.name,
      timeZone: state.timeZone,
      locale: state.locale,
      owner: state.owner,
      editors: state.editors,
      now,
      empty: true,
    });
    loadWorkbookState(book, state);
    return book;
  }
}
