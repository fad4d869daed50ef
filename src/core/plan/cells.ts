import { addDays, calendarDaysBetween, type DateKey } from '../dates';
import { dateKeyOfInstant, SHEET_DATE_FORMAT } from '../dates';

// Reading the plain values Range.getValues() hands over: '' for blank, numbers, booleans,
// strings, and Date objects that are instants at midnight in the SPREADSHEET's time zone.

/** Day 0 of Sheets' serial numbers. Serials count wall-clock days, so no time zone applies. */
export const SERIAL_EPOCH: DateKey = '1899-12-30';

/**
 * The dates a plan can sensibly hold. A number outside them in a date column is a typo or a
 * year typed alone (2025 is serial day 1905-07-17), not a date, so it is reported.
 */
export const PLAUSIBLE_DATES: { readonly first: DateKey; readonly last: DateKey } = {
  first: '2000-01-01',
  last: '2100-12-31',
};

/** The day of a serial number; a fraction is a time of day and does not change the day. */
export function serialToDateKey(serial: number): DateKey {
  return addDays(SERIAL_EPOCH, Math.floor(serial));
}

export function dateKeyToSerial(key: DateKey): number {
  return calendarDaysBetween(SERIAL_EPOCH, key);
}

/** PLAUSIBLE_DATES as serials, for the sheet formulas that must draw the same line. */
export const PLAUSIBLE_SERIALS: { readonly first: number; readonly last: number } = {
  first: dateKeyToSerial(PLAUSIBLE_DATES.first),
  last: dateKeyToSerial(PLAUSIBLE_DATES.last),
};

/**
 * Dates may come from another JS realm (the Apps Script runtime, an emulator context), where
 * `instanceof Date` is false, so the internal class tag decides.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isBlankCell(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

// How Sheets shows a formula that failed: #N/A, #REF! after a deleted row, #NAME? for an
// unknown function. Such a cell has no value to show, whichever column it is in.
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/i;

/** Whether a cell's text is a formula error value rather than something a person wrote. */
export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

/**
 * The text of a cell as the user sees it. The display string wins when the server passes
 * getDisplayValues(); otherwise numbers and booleans are spelled as Sheets would.
 */
export function cellText(value: unknown, display?: string, timeZone?: string): string {
  if (display !== undefined && display.trim() !== '') return display.trim();
  if (value == null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (isDateValue(value)) {
    const instant = Date.prototype.getTime.call(value);
    if (Number.isNaN(instant)) return '';
    return timeZone ? dateKeyOfInstant(instant, timeZone) : new Date(instant).toISOString();
  }
  return String(value);
}

export type DateCell =
  | { kind: 'blank' }
  | { kind: 'date'; date: DateKey }
  /** `looksLikeDate`: text shaped like a date, i.e. a date Sheets stored as text. */
  | { kind: 'text'; text: string; looksLikeDate: boolean }
  | { kind: 'implausible'; text: string }
  | { kind: 'other'; text: string };

const DATE_SHAPED = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

function plausible(key: DateKey): boolean {
  return key >= PLAUSIBLE_DATES.first && key <= PLAUSIBLE_DATES.last;
}

/**
 * A date cell read as a calendar day of the spreadsheet's time zone. Text is never a date here,
 * even when it looks like one: the sheet's own formulas cannot compare text with TODAY(), and
 * core must agree with them, so text is reported instead of guessed.
 */
export function readDateCell(
  value: unknown,
  display: string | undefined,
  timeZone: string,
): DateCell {
  if (isBlankCell(value)) return { kind: 'blank' };
  const text = cellText(value, display, timeZone);
  if (isDateValue(value)) {
    const instant = Date.prototype.getTime.call(value);
    if (Number.isNaN(instant)) return { kind: 'other', text };
    const date = dateKeyOfInstant(instant, timeZone);
    return plausible(date) ? { kind: 'date', date } : { kind: 'implausible', text };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'other', text };
    const day = Math.floor(value);
    return day >= PLAUSIBLE_SERIALS.first && day <= PLAUSIBLE_SERIALS.last
      ? { kind: 'date', date: serialToDateKey(day) }
      : { kind: 'implausible', text };
  }
  if (typeof value === 'string') {
    return { kind: 'text', text, looksLikeDate: DATE_SHAPED.test(text) };
  }
  return { kind: 'other', text };
}

/** How much of a cell the words quote: enough to find it, short enough for a 300 px sidebar. */
const QUOTED_LENGTH = 40;

/**
 * THE words for a target date nobody can read, as the plan's warnings, the sidebar and the
 * weekly email all say them: "'next week' is not a date". `text` is the cell as the user sees it.
 */
export function unreadableDateWords(text: string): string {
  const shown = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text;
  return `'${shown}' is not a date`;
}

/** Why a date cell could not be read, in words a user can act on; null when it could be. */
export function unreadableDateMessage(label: string, cell: DateCell): string | null {
  switch (cell.kind) {
    case 'blank':
    case 'date':
      return null;
    case 'text':
      return cell.looksLikeDate
        ? `${label} ${unreadableDateWords(cell.text)} (it is stored as text; type it again as a date)`
        : `${label} ${unreadableDateWords(cell.text)}`;
    case 'implausible':
      return `${label} ${unreadableDateWords(cell.text)} between ${PLAUSIBLE_DATES.first.slice(0, 4)} and ${PLAUSIBLE_DATES.last.slice(0, 4)}`;
    case 'other':
      return `${label} ${unreadableDateWords(cell.text)}`;
  }
}

// A formula that failed (=IMPORTXML(...) a prospect typed, a reference broken by a deleted row)
// reaches the add-on as its error text. That text is no name, side, status or address: reading
// it as one would list "#NAME?" as a step's owner.
const FORMULA_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#ERROR!',
]);

/** The longest of FORMULA_ERRORS: longer text is no error, and costs no trimming to tell. */
const LONGEST_ERROR = 12;

/** The error a cell shows when its formula failed, else null. */
export function formulaErrorOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > LONGEST_ERROR) return null;
  const text = value.trim();
  return FORMULA_ERRORS.has(text) ? text : null;
}

// What a layout puts in one cell, before the server turns it into a Sheets value. Strings are
// always the user's (or our) TEXT: never a formula, number or date, whatever they look like.

export type SheetCell =
  | string
  | number
  | boolean
  | null
  | { readonly date: DateKey }
  /** A moment (epoch ms), shown as date and time in the spreadsheet's zone. */
  | { readonly instant: number }
  | { readonly formula: string };

export function dateCellOf(key: DateKey | null | undefined): SheetCell {
  return key ? { date: key } : null;
}

export function isFormulaCell(cell: SheetCell): cell is { readonly formula: string } {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

export function isDateCell(cell: SheetCell): cell is { readonly date: DateKey } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export function isInstantCell(cell: SheetCell): cell is { readonly instant: number } {
  return typeof cell === 'object' && cell !== null && 'instant' in cell;
}

/** A 1-based sheet cell. */
export interface CellPosition {
  row: number;
  column: number;
}

// How a tab we create is formatted, as data: the server applies it with a fixed number of calls
// (whole-column ranges down to the sheet's last row), however many rows the tab holds.

export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; allowInvalid: boolean; helpText: string }
  | { kind: 'date'; allowInvalid: boolean; helpText: string }
  | { kind: 'checkbox' };

export interface ColumnFormat {
  /** 1-based column in the tab. */
  column: number;
  width: number;
  /** Applied from the first data row down, so rows added later look the same. */
  numberFormat?: string;
  validation?: ValidationSpec;
  wrap?: boolean;
}

export interface TableFormat {
  /** Row of the table's header labels (1-based). */
  headerRow: number;
  firstDataRow: number;
  frozenRows: number;
  columns: readonly ColumnFormat[];
}

/** Date cells read as the add-on writes dates everywhere else. */
export const DATE_FORMAT = SHEET_DATE_FORMAT;
export const WHOLE_NUMBER_FORMAT = '0';
