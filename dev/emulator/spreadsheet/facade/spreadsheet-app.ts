// The SpreadsheetApp global, bound to one workbook and to who is acting.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { KIND } from '../../kind';
import type { Workbook } from '../workbook';
import { ConditionalFormatRuleBuilderFacade } from './conditional-format';
import { DataValidationBuilderFacade } from './data-validation';
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

  constructor(private readonly env: Env) {}

  getActive(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.env);
  }
  getActiveSpreadsheet(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.env);
  }
  getActiveSheet(): SheetFacade {
    return new SpreadsheetFacade(this.env).getActiveSheet();
  }
  getActiveRange(): RangeFacade | null {
    return new SpreadsheetFacade(this.env).getActiveRange();
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.env.ctx.getUi();
  }
  /** Writes apply at once here; flush only brings volatile formulas up to date. */
  flush(): void {
    this.env.book.recalculate();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.env);
  }
  newDataValidation(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.env);
  }
}

/** SpreadsheetApp for an add-on running against `workbook` as `ctx.user()`. */
export function createSpreadsheetApp(
  workbook: Workbook,
  ctx: SpreadsheetContext,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return new SpreadsheetAppFacade({
    book: workbook,
    ctx,
  }) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
