// SpreadsheetApp.Spreadsheet: the file.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { KIND } from '../../kind';
import { parseA1 } from '../a1';
import type { SheetModel } from '../sheet-model';
import { badArguments, modelOf, typeName, type Env } from './env';
import { RangeFacade } from './range';
import { SheetFacade } from './sheet';
import { UserFacade } from './user';

export class SpreadsheetFacade {
  readonly [KIND] = 'Spreadsheet';

  constructor(private readonly env: Env) {}

  private get book() {
    return this.env.book;
  }

  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  rename(name: string): void {
    this.book.name = String(name);
  }
  getUrl(): string {
    return this.book.url;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.book.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }
  getOwner(): UserFacade {
    return new UserFacade(this.book.owner);
  }
  getEditors(): UserFacade[] {
    return [this.book.owner, ...this.book.editors].map((e) => new UserFacade(e));
  }

  getSheets(): SheetFacade[] {
    return this.book.sheets.map((s) => new SheetFacade(this.env, s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): SheetFacade | null {
    const s = this.book.getSheetByName(String(name));
    return s ? new SheetFacade(this.env, s) : null;
  }
  getSheetById(id: number): SheetFacade | null {
    const s = this.book.getSheetById(Number(id));
    return s ? new SheetFacade(this.env, s) : null;
  }

  /**
   * insertSheet(), (name), (index), (name, index); the index is 0-based. The new sheet becomes
   * the active one.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetFacade {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (nameOrIndex !== undefined) {
      throw badArguments('SpreadsheetApp.Spreadsheet.insertSheet', typeName(nameOrIndex));
    }
    if (typeof index === 'number') at = index;
    const sheet = this.book.insertSheet(name, at);
    this.book.activeSheetId = sheet.sheetId;
    this.book.activeRange = null;
    return new SheetFacade(this.env, sheet);
  }

  deleteSheet(sheet: unknown): void {
    const m = modelOf<SheetModel>(sheet, 'Sheet');
    if (!m) throw badArguments('SpreadsheetApp.Spreadsheet.deleteSheet', typeName(sheet));
    this.book.deleteSheet(m);
  }

  getActiveSheet(): SheetFacade {
    return new SheetFacade(this.env, this.book.activeSheet);
  }
  setActiveSheet(sheet: unknown): SheetFacade {
    const m = modelOf<SheetModel>(sheet, 'Sheet');
    if (!m) throw badArguments('SpreadsheetApp.Spreadsheet.setActiveSheet', typeName(sheet));
    return new SheetFacade(this.env, m).activate();
  }
  getActiveRange(): RangeFacade | null {
    return this.getActiveSheet().getActiveRange();
  }
  setActiveRange(range: unknown): RangeFacade {
    return this.getActiveSheet().setActiveRange(range);
  }
  setActiveSelection(range: unknown): RangeFacade {
    return this.getActiveSheet().setActiveSelection(range);
  }

  /** 'Sheet!A1:B2'; without a sheet name, the active sheet. */
  getRange(a1: string): RangeFacade {
    const ref = parseA1(String(a1));
    if (!ref) throw new Error('Range not found');
    const sheet =
      ref.sheetName === undefined ? this.book.activeSheet : this.book.getSheetByName(ref.sheetName);
    if (!sheet) throw new Error('Range not found');
    return new SheetFacade(this.env, sheet).getRange(a1);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.book.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      at: this.book.now(),
    });
  }
}
