// The SpreadsheetApp global, bound to the active workbook and to who is acting.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { KIND } from '../../kind';
import type { Workbook } from '../workbook';
import { ConditionalFormatRuleBuilderFacade } from './conditional-format';
import { DataValidationBuilderFacade } from './data-validation';
import { TextStyleBuilderFacade } from './text-style';
import {
  BooleanCriteria,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  RelativeDate,
  SheetType,
  WrapStrategy,
} from './enums';
import type { Env, SpreadsheetContext } from './env';
import { RangeFacade } from './range';
import { SheetFacade } from './sheet';
import { SpreadsheetFacade } from './spreadsheet';

export class SpreadsheetAppFacade {
  readonly [KIND] = 'SpreadsheetApp';
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly RelativeDate = RelativeDate;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;

  constructor(
    private readonly activeBook: () => Workbook | null,
    private readonly ctx: SpreadsheetContext,
  ) {}

  /** The active file's environment; null when the script runs without a document. */
  private env(): Env | null {
    const book = this.activeBook();
    return book ? { book, ctx: this.ctx } : null;
  }

  private requireEnv(method: string): Env {
    const env = this.env();
    if (!env) throw new Error(`SpreadsheetApp.${method}: there is no active spreadsheet`);
    return env;
  }

  getActive(): SpreadsheetFacade | null {
    const env = this.env();
    return env ? new SpreadsheetFacade(env) : null;
  }
  getActiveSpreadsheet(): SpreadsheetFacade | null {
    return this.getActive();
  }
  getActiveSheet(): SheetFacade | null {
    return this.getActive()?.getActiveSheet() ?? null;
  }
  getActiveRange(): RangeFacade | null {
    return this.getActive()?.getActiveRange() ?? null;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.ctx.getUi();
  }
  /**
   * A file the acting user can edit, by id, whether or not a document is active. The scope it
   * needs (the full `spreadsheets` one) is checked by the runtime before this is reached.
   */
  openById(id: unknown): SpreadsheetFacade {
    if (typeof id !== 'string') {
      throw new Error(
        `The parameters (${id === null ? 'null' : typeof id}) don't match the method signature for SpreadsheetApp.openById.`,
      );
    }
    const book = this.ctx.fileById?.(id);
    if (!book) {
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    if (!book.isEditor(this.ctx.user())) {
      throw new Error('You do not have permission to access the requested document.');
    }
    return new SpreadsheetFacade({ book, ctx: this.ctx });
  }
  /** Writes apply at once here; flush only brings volatile formulas up to date. */
  flush(): void {
    this.activeBook()?.recalculate();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.requireEnv('newConditionalFormatRule'));
  }
  newDataValidation(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.requireEnv('newDataValidation'));
  }
  newTextStyle(): TextStyleBuilderFacade {
    return new TextStyleBuilderFacade();
  }
}

/**
 * SpreadsheetApp for an add-on running as `ctx.user()`, against one workbook or against
 * whichever is active when it is called (null: a run without a document).
 */
export function createSpreadsheetApp(
  workbook: Workbook | (() => Workbook | null),
  ctx: SpreadsheetContext,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const active = typeof workbook === 'function' ? workbook : () => workbook;
  return new SpreadsheetAppFacade(
    active,
    ctx,
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
