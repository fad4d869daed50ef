// One signature date: the header's Target signature and the template's Signature step follow
// each other, whichever one is edited; the baseline signature stays as first agreed. Called by
// onPlanEdit, which runs as the owner: writes made here fire no further edit trigger.
import { isSignatureLabel, locateStepTable, parseSteps, readHeader } from '../../core/plan';
import { signatureCellIn } from '../../core/plan';
import { signatureStepMove, slipHistoryEntry } from '../../core/plan';
import { dateOfOldValue } from '../../core/plan';
import type { DateKey } from '../../core/dates';
import { writeBlock } from '../platform/sheets';
import { findPlan, type CellAt, type PlanRecord } from './find-plan';
import { appendSlipHistory } from './slip-history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

export interface SignatureEdit {
  ss: Spreadsheet;
  /** The plan's tab (the caller checked its id against the record). */
  sheet: Sheet;
  props: Properties;
  record: PlanRecord;
  /** The edited cell, 1-based. */
  cell: CellAt;
  /** e.oldValue: the header's date before the edit, when Apps Script gives it. */
  oldValue: unknown;
  who: string;
  timeZone: string;
}

/**
 * The header's Target signature was edited: the Signature step moves to the new day, and the
 * move goes in Slip history as the step's. The tab is read whole once (the step may be
 * anywhere, the table moved); nothing is written unless the edited cell is still the header's
 * Target signature and holds a readable date.
 */
export function followHeaderSignature(edit: SignatureEdit): void {
  const values = edit.sheet.getDataRange().getValues();
  const table = locateStepTable(values);
  if (!table.ok) return;
  const head = readHeader(values, edit.timeZone, { beforeRow: table.headerRow });
  const at = head.cells.signatureDate;
  if (!at || at.row !== edit.cell.row || at.column !== edit.cell.column) return;
  const to = head.header.signatureDate;
  if (to === null) return;
  const { steps } = parseSteps(values, table, { timeZone: edit.timeZone });
  const move = signatureStepMove(steps, edit.record.steps, to);
  const column = table.column.targetDate;
  if (!move || column === undefined) return;
  writeBlock(edit.sheet, move.row, column, [[{ date: move.to }]], edit.timeZone);
  const from = move.from ?? dateOfOldValue(edit.oldValue);
  recordMove(edit, move.step, from, move.to);
}

/**
 * The Signature step's target date was edited to `to`: the header's Target signature follows.
 * The stored cell is trusted only once its label reads right; otherwise the header is found
 * again by its labels. The step's own move is already in Slip history.
 */
export function followSignatureStep(
  ss: Spreadsheet,
  sheet: Sheet,
  props: Properties,
  record: PlanRecord,
  to: DateKey,
  timeZone: string,
): void {
  const cell = headerSignatureCell(ss, sheet, props, record);
  if (!cell) return;
  writeBlock(sheet, cell.row, cell.column, [[{ date: to }]], timeZone);
}

function headerSignatureCell(
  ss: Spreadsheet,
  sheet: Sheet,
  props: Properties,
  record: PlanRecord,
): CellAt | null {
  const stored = record.signatureCell;
  if (stored && stored.column > 1) {
    const [label, value] = sheet.getRange(stored.row, stored.column - 1, 1, 2).getValues()[0];
    if (isSignatureLabel(label) && !(typeof value === 'string' && value.startsWith('='))) {
      return stored;
    }
  }
  const lookup = findPlan(ss, props);
  if (lookup.kind !== 'found' || lookup.plan.sheet.getSheetId() !== sheet.getSheetId()) return null;
  return signatureCellIn(lookup.plan.values, lookup.plan.table.headerRow);
}

function recordMove(edit: SignatureEdit, step: string, from: DateKey | null, to: DateKey): void {
  if (from === null || from === to) return;
  const entry = slipHistoryEntry({
    when: Date.now(),
    step,
    oldDate: from,
    newDate: to,
    who: edit.who,
  });
  appendSlipHistory(edit.ss, edit.props, edit.record, entry, edit.timeZone);
}

/** Whether `cell` is the one the record says holds the header's Target signature. */
export function isSignatureCell(record: PlanRecord, cell: CellAt): boolean {
  const stored = record.signatureCell;
  return !!stored && stored.row === cell.row && stored.column === cell.column;
}
