// The Slip history tab: found by its stored id, re-created if someone deleted it.
import { slipHistoryHeader, SLIP_HISTORY_FORMAT } from '../../core/plan';
import type { SheetCell } from '../../core/plan';
import { sheetValues, sheetById, uniqueSheetName, writeTable } from '../platform/sheets';
import { readPlanRecord, writePlanRecord, type PlanRecord } from './find-plan';

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

/**
 * Adds one entry under the last row in a single call. appendRow finds the last row and writes
 * below it as one step, growing a full tab itself, so two edits recorded at once cannot both
 * claim the same row (reading getLastRow first and writing after could). It reads its values as
 * setValues does: text keeps the leading apostrophe that stops `=...` becoming a formula.
 */
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
  sheet.appendRow(sheetValues([entry], timeZone)[0]);
}

/**
 * Adds many entries at once (a re-plan moves every open step): one read of the tab's last row
 * and one write below it, growing the tab first when it is full. The caller holds the document
 * lock, so an edit trigger recording at the same moment waits and appends after these.
 */
export function appendSlipHistoryRows(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  record: PlanRecord,
  entries: readonly SheetCell[][],
  timeZone: string,
): void {
  if (entries.length <= 1) {
    for (const entry of entries) appendSlipHistory(ss, props, record, entry, timeZone);
    return;
  }
  let sheet = sheetById(ss, record.historySheetId);
  if (!sheet) {
    appendSlipHistory(ss, props, record, entries[0], timeZone);
    sheet = sheetById(ss, readPlanRecord(props)?.historySheetId) as Sheet;
    entries = entries.slice(1);
  }
  const last = sheet.getLastRow();
  const rows = sheet.getMaxRows();
  if (rows - last < entries.length) sheet.insertRowsAfter(rows, entries.length - (rows - last));
  sheet
    .getRange(last + 1, 1, entries.length, entries[0].length)
    .setValues(sheetValues(entries, timeZone));
}
