// What a person does in the Sheets UI: typing into a cell, pasting a block, inserting, deleting
// and moving lines, sorting, renaming a tab. Unlike script writes, these enforce data validation,
// and they report the edit the way an installable on-edit trigger receives it.
import { parseA1, resolveA1, type GridRange } from './a1';
import { writeFromText, type CellWrite } from './cell-writes';
import { readCell } from './criteria';
import { PROTECTED_MESSAGE, assertCanEdit, protectionsAgainst } from './protection';
import { applyWrites, sortRows } from './sheet-ops';
import type { Scalar, SheetModel } from './sheet-model';
import { invalidNote, passesValidation, rejectionMessage, ValidationRejection } from './validation';
import type { Workbook } from './workbook';

/** An edit as an on-edit trigger sees it (e.range, e.value, e.oldValue, e.user). */
export interface EditEvent {
  sheetName: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** e.value: only for a single-cell edit; undefined when the cell was cleared. */
  value?: string;
  /** e.oldValue: only for a single-cell edit that replaced a value. */
  oldValue?: string;
  user: string;
  /** Warnings Sheets showed but let through (warning-only protection, allow-invalid rule). */
  warnings: string[];
}

/**
 * The string e.value / e.oldValue carries: the raw value, not the display (a date is its serial
 * number, a boolean 'TRUE'/'FALSE').
 */
function eventString(value: Scalar): string | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function rangeIn(sheet: SheetModel, a1: string): GridRange {
  const ref = parseA1(a1);
  if (!ref) throw new Error('Range not found');
  const r = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
  if (!sheet.inBounds(r)) throw new Error('Range not found');
  return r;
}

function protectionWarnings(book: Workbook, sheet: SheetModel, r: GridRange, user: string) {
  const against = protectionsAgainst(book, sheet, r, user);
  if (against.some((p) => !p.warningOnly)) throw new Error(PROTECTED_MESSAGE);
  return against.map(
    () =>
      "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.",
  );
}

/**
 * Writes typed texts into a block, checks every cell's validation against what it now holds,
 * and undoes the whole block when a rejecting rule fails.
 */
function typeInto(
  book: Workbook,
  sheet: SheetModel,
  r: GridRange,
  texts: string[][],
  warnings: string[],
): void {
  const year = book.currentYear();
  const writes: CellWrite[][] = texts.map((row, i) =>
    row.map((text, j) =>
      writeFromText(text, sheet.getMeta(r.row + i, r.column + j)?.numberFormat, year),
    ),
  );
  const before = book.hf.getRangeSerialized({
    start: { sheet: sheet.hfId, row: r.row - 1, col: r.column - 1 },
    end: { sheet: sheet.hfId, row: r.row + r.numRows - 2, col: r.column + r.numColumns - 2 },
  });
  const beforeFormats = texts.map((row, i) =>
    row.map((_, j) => sheet.getMeta(r.row + i, r.column + j)?.numberFormat),
  );
  applyWrites(sheet, r.row, r.column, writes);
  for (let i = 0; i < r.numRows; i++) {
    for (let j = 0; j < r.numColumns; j++) {
      const v = sheet.getMeta(r.row + i, r.column + j)?.validation;
      if (!v) continue;
      const cell = { row: r.row + i, column: r.column + j };
      if (passesValidation(book, sheet, v, cell, readCell(sheet, cell.row, cell.column))) continue;
      if (v.rule.allowInvalid) {
        warnings.push(invalidNote(v.rule));
        continue;
      }
      // Put everything back as it was: a rejected edit changes nothing.
      book.hf.setCellContents({ sheet: sheet.hfId, row: r.row - 1, col: r.column - 1 }, before);
      beforeFormats.forEach((row, bi) =>
        row.forEach((f, bj) => sheet.patchMeta(r.row + bi, r.column + bj, { numberFormat: f })),
      );
      throw new ValidationRejection(rejectionMessage(v.rule, r.row + i, r.column + j));
    }
  }
}

export function userEdit(
  book: Workbook,
  user: string,
  sheetName: string,
  a1: string,
  text: string,
): EditEvent {
  const sheet = book.requireSheet(sheetName);
  const cell = rangeIn(sheet, a1);
  const r = { ...cell, numRows: 1, numColumns: 1 };
  const warnings = protectionWarnings(book, sheet, r, user);
  const old = readCell(sheet, r.row, r.column).value;
  typeInto(book, sheet, r, [[text]], warnings);
  const now = readCell(sheet, r.row, r.column).value;
  return {
    sheetName: sheet.name,
    row: r.row,
    column: r.column,
    numRows: 1,
    numColumns: 1,
    value: eventString(now),
    oldValue: eventString(old),
    user,
    warnings,
  };
}

export function userPaste(
  book: Workbook,
  user: string,
  sheetName: string,
  a1: string,
  rows: string[][],
): EditEvent {
  const sheet = book.requireSheet(sheetName);
  const start = rangeIn(sheet, a1);
  const numColumns = Math.max(0, ...rows.map((row) => row.length));
  const r = { row: start.row, column: start.column, numRows: rows.length, numColumns };
  if (r.numRows === 0 || numColumns === 0) throw new Error('Nothing to paste.');
  if (!sheet.inBounds(r)) throw new Error('Range not found');
  const warnings = protectionWarnings(book, sheet, r, user);
  const texts = rows.map((row) => Array.from({ length: numColumns }, (_, j) => row[j] ?? ''));
  typeInto(book, sheet, r, texts, warnings);
  // A multi-cell edit carries no value or oldValue (Sheets' onEdit does the same).
  return { sheetName: sheet.name, ...r, user, warnings };
}

export function userInsertRows(
  book: Workbook,
  sheetName: string,
  beforeRow: number,
  count: number,
  user?: string,
) {
  const sheet = book.requireSheet(sheetName);
  if (beforeRow < 1 || beforeRow > sheet.maxRows + 1)
    throw new Error('Those rows are out of bounds.');
  if (user !== undefined && beforeRow > 1 && beforeRow <= sheet.maxRows) {
    // Rows inserted inside a protected range would change it: only its editors may.
    const row = (n: number) => ({ row: n, column: 1, numRows: 1, numColumns: sheet.maxColumns });
    const inside = protectionsAgainst(book, sheet, row(beforeRow - 1), user).filter(
      (p) => !p.warningOnly && protectionsAgainst(book, sheet, row(beforeRow), user).includes(p),
    );
    if (inside.length > 0) throw new Error(PROTECTED_MESSAGE);
  }
  // "Insert rows above" takes the look of the row it is inserted above.
  sheet.insertLines(
    'rows',
    beforeRow,
    count,
    beforeRow <= sheet.maxRows ? beforeRow : beforeRow - 1,
  );
}

export function userDeleteRows(
  book: Workbook,
  sheetName: string,
  row: number,
  count: number,
  user?: string,
) {
  const sheet = book.requireSheet(sheetName);
  if (row < 1 || count < 1 || row + count - 1 > sheet.maxRows) {
    throw new Error('Those rows are out of bounds.');
  }
  if (user !== undefined) {
    assertCanEdit(
      book,
      sheet,
      { row, column: 1, numRows: count, numColumns: sheet.maxColumns },
      user,
    );
  }
  if (count >= sheet.maxRows - sheet.frozenRows && row > sheet.frozenRows) {
    throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
  }
  sheet.deleteLines('rows', row, count);
}

export function userMoveColumns(
  book: Workbook,
  sheetName: string,
  from: number,
  count: number,
  before: number,
  user?: string,
) {
  const sheet = book.requireSheet(sheetName);
  if (user !== undefined) {
    assertCanEdit(
      book,
      sheet,
      { row: 1, column: from, numRows: sheet.maxRows, numColumns: count },
      user,
    );
  }
  if (
    from < 1 ||
    from + count - 1 > sheet.maxColumns ||
    before < 1 ||
    before > sheet.maxColumns + 1
  ) {
    throw new Error('Those columns are out of bounds.');
  }
  if (before >= from && before <= from + count) return;
  sheet.moveColumns(from, count, before);
}

export function userSortRange(
  book: Workbook,
  sheetName: string,
  a1: string,
  column: number,
  ascending: boolean,
  user?: string,
) {
  const sheet = book.requireSheet(sheetName);
  const r = rangeIn(sheet, a1);
  if (user !== undefined) assertCanEdit(book, sheet, r, user);
  if (column < r.column || column >= r.column + r.numColumns) {
    throw new Error('The column to sort by must be within the range.');
  }
  sortRows(sheet, r, [{ column, ascending }]);
}

export function userRenameSheet(book: Workbook, oldName: string, newName: string) {
  book.renameSheet(book.requireSheet(oldName), newName);
}
