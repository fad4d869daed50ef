// What an edit to the step table asks the add-on to write back, decided from plain values (no
// service calls here, so every rule is unit-tested):
// - Status becomes Done with Done on blank: Done on = today (the spreadsheet's today). A date
//   already there is kept (someone may have typed the real day).
// - Status edited to anything else readable while Done on holds the date the add-on stamped:
//   Done on is cleared, because a reopened or skipped step is not done. Anything a person typed
//   there (a date of their own, a remark) is theirs and kept; an unreadable status changes nothing.
// - Target date edited to a date while Baseline date is blank: Baseline = that date, the first
//   date the step was committed to. Slip is measured against it by the sheet's own formula, so
//   pastes and sorts, which move whole rows, cannot make slip wrong.
import { cellText, isDateValue, readDateCell, type SheetCell } from './cells';
import { dateKeyOfInstant, instantOfDateKey, parseUserDate } from '../dates';
import type { DateKey } from '../dates';
import type { StepColumnKey } from './model';
import { parseStatus } from './steps';

export interface EditedRows {
  /** Sheet row of values[0]. */
  firstRow: number;
  /** Whole rows from column A: values[i][c - 1] is column c. */
  values: readonly (readonly unknown[])[];
  /** The edited columns, 1-based and inclusive. */
  firstColumn: number;
  lastColumn: number;
}

export interface CellWrite<T> {
  row: number;
  value: T;
}

export interface EditEffects {
  doneOn: CellWrite<DateKey | null>[];
  baselineDate: CellWrite<DateKey>[];
}

type Columns = Partial<Record<StepColumnKey, number>>;

export function editEffects(
  edit: EditedRows,
  columns: Columns,
  today: DateKey,
  timeZone: string,
): EditEffects {
  const effects: EditEffects = { doneOn: [], baselineDate: [] };
  const touched = (key: StepColumnKey): number | null => {
    const c = columns[key];
    return c !== undefined && c >= edit.firstColumn && c <= edit.lastColumn ? c : null;
  };
  const statusColumn = touched('status');
  const targetColumn = touched('targetDate');
  const doneOnColumn = columns.doneOn;
  const baselineColumn = columns.baselineDate;
  edit.values.forEach((values, i) => {
    const row = edit.firstRow + i;
    const cell = (column: number): unknown => values[column - 1] ?? '';
    if (statusColumn !== null && doneOnColumn !== undefined) {
      const status = parseStatus(cellText(cell(statusColumn)));
      const doneOn = readDateCell(cell(doneOnColumn), undefined, timeZone);
      if (status === 'Done' && doneOn.kind === 'blank') {
        effects.doneOn.push({ row, value: today });
      } else if (
        status !== null &&
        status !== 'Done' &&
        isDoneOnStamp(cell(doneOnColumn), timeZone)
      ) {
        effects.doneOn.push({ row, value: null });
      }
    }
    if (targetColumn !== null && baselineColumn !== undefined) {
      const target = readDateCell(cell(targetColumn), undefined, timeZone);
      const baseline = readDateCell(cell(baselineColumn), undefined, timeZone);
      if (target.kind === 'date' && baseline.kind === 'blank') {
        effects.baselineDate.push({ row, value: target.date });
      }
    }
  });
  return effects;
}

/**
 * The day an edit's e.oldValue named. Apps Script gives a date cell's old value as its serial
 * number ("46366"), while text typed into a date column comes back as typed.
 */
export function dateOfOldValue(oldValue: unknown): DateKey | null {
  if (typeof oldValue !== 'string' || oldValue.trim() === '') return null;
  const text = oldValue.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    const cell = readDateCell(Number(text), undefined, 'UTC');
    return cell.kind === 'date' ? cell.date : null;
  }
  return parseUserDate(text);
}

export interface DateChange {
  oldDate: DateKey;
  /** The new day, or null when the date was removed or replaced by text. */
  newDate: DateKey | null;
  /** What the cell holds now when it is not a date ('' when blank). */
  newText: string;
}

/** A single-cell Target date edit that moved a known date; null when nothing moved. */
export function dateChangeOf(
  oldValue: unknown,
  newValue: unknown,
  timeZone: string,
): DateChange | null {
  const oldDate = dateOfOldValue(oldValue);
  if (oldDate === null) return null;
  const now = readDateCell(newValue, undefined, timeZone);
  if (now.kind === 'date') {
    return now.date === oldDate ? null : { oldDate, newDate: now.date, newText: '' };
  }
  return { oldDate, newDate: null, newText: now.kind === 'blank' ? '' : now.text };
}

// The add-on's Done on stamp is the day at one second past midnight in the sheet's zone: the
// date format shows the day alone, and a date a person types or pastes is at midnight exactly,
// so the stamp tells itself apart with no record to keep in step with rows that move or sort.
const STAMP_MS = 1000;

/** The cell the add-on writes into Done on when a step becomes Done on `day`. */
export function doneOnStamp(day: DateKey, timeZone: string): SheetCell {
  return { instant: instantOfDateKey(day, timeZone).getTime() + STAMP_MS };
}

/** Whether a Done on value is the add-on's own stamp (so reopening the step may clear it). */
export function isDoneOnStamp(value: unknown, timeZone: string): boolean {
  if (!isDateValue(value)) return false;
  const instant = Date.prototype.getTime.call(value);
  if (Number.isNaN(instant)) return false;
  const midnight = instantOfDateKey(dateKeyOfInstant(instant, timeZone), timeZone).getTime();
  return instant - midnight === STAMP_MS;
}
