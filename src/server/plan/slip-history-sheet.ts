// The Slip history tab: found by its stored id, re-created if someone deleted it.
import { slipHistoryHeader, SLIP_HISTORY_FORMAT } from '../../core/layout/slip-history-table';
import type { SheetCell } from '../../core/layout/cell';
import { writeBlock } from '../platform/sheet-values';
import { sheetById, uniqueSheetName } from '../platform/spreadsheet';
import { writeTable } from '../platform/table-format';
import { writePlanRecord, type PlanRecord } from './plan-record';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SLIP_HISTORY_TAB = 'Slip history';

export function createSlipHistorySheet(
  ss: Spreadsheet,
  name: string,
  index: number,
  timeZone: string,
): Sheet {
  const sheet = ss.insertSheet(name, index);
  writeTable(sheet, [slipHistoryHeader()], SLIP_HISTORY_FORMAT, timeZone);
  return sheet;
}

/** Adds one entry under the last row, growing the tab when it is full. */
export function appendSlipHistory(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  record: PlanRecord,
  entry: SheetCell[],
  timeZone: string,
): void {
  let sheet = sheetById(ss, record.historySheetId);
  if (!sheet) {
    const names = ss.getSheets().map((s) => s.getName());
    sheet = createSlipHistorySheet(
      ss,
      uniqueSheetName(SLIP_HISTORY_TAB, names),
      names.length,
      timeZone,
    );
    writePlanRecord(props, { ...record, historySheetId: sheet.getSheetId() });
  }
  const row = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, 100);
  writeBlock(sheet, row, 1, [entry], timeZone);
}
