// The emulated Google Sheets spreadsheet: a host-side model (Workbook) and the Apps Script
// SpreadsheetApp facade over it. See README.md for what is emulated and where it differs.
export { Workbook, DEFAULT_OWNER, type WorkbookOptions, type Toast } from './workbook';
export type { EditEvent } from './user-actions';
export type { EffectiveFormat } from './models';
export type {
  WorkbookState,
  SheetState,
  JsonCell,
  ValidationState,
  ConditionalFormatState,
  ProtectionState,
  ChartState,
} from './workbook-state';
export type { ChartRecord, ChartOptionValue } from './charts';
export { SheetModel } from './sheet-model';
export { createSpreadsheetApp } from './facade/spreadsheet-app';
export { MODEL, type SpreadsheetContext } from './facade/env';
export { parseA1, resolveA1, rangeA1, cellA1, columnToLetters, type GridRange } from './a1';
export { PROTECTED_MESSAGE } from './protection';
