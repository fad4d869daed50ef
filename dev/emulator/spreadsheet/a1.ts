// A1 notation as Sheets reads it: 'A1', 'B2:D10', "'My tab'!A1:B2", and the open-ended forms
// 'A5:L', 'A:A' and '5:5', whose missing bounds run to the edge of the sheet.

/** A rectangle of cells, 1-based and inclusive. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 reference; an undefined bound means "to the edge of the sheet". */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(r: GridRange): string {
  const start = cellA1(r.row, r.column);
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** Quotes a sheet name the way Sheets writes it in a reference, only when it must. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface Part {
  row?: number;
  column?: number;
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const part: Part = {};
  if (m[1] !== '') part.column = lettersToColumn(m[1]);
  if (m[2] !== '') {
    part.row = Number(m[2]);
    if (part.row < 1) return null;
  }
  return part;
}

function splitSheet(text: string): { sheetName?: string; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { rest: text };
  return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
}

/** Parses A1 notation; null when Sheets would answer "Range not found". */
export function parseA1(text: string): A1Ref | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const pieces = split.rest.split(':');
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  const ref: A1Ref = split.sheetName === undefined ? {} : { sheetName: split.sheetName };
  const aFull = a.row !== undefined && a.column !== undefined;
  if (pieces.length === 1) {
    // A lone part must name a whole cell: 'A' or '5' alone is not a range.
    return aFull
      ? { ...ref, startRow: a.row, startColumn: a.column, endRow: a.row, endColumn: a.column }
      : null;
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  const bFull = b.row !== undefined && b.column !== undefined;
  const colsOnly = (p: Part) => p.row === undefined;
  const rowsOnly = (p: Part) => p.column === undefined;
  const allowed =
    (aFull && (bFull || colsOnly(b) || rowsOnly(b))) ||
    (colsOnly(a) && colsOnly(b)) ||
    (rowsOnly(a) && rowsOnly(b));
  if (!allowed) return null;
  // Open bounds stay undefined and are resolved against the sheet's size later.
  if (a.row !== undefined && b.row !== undefined) {
    ref.startRow = Math.min(a.row, b.row);
    ref.endRow = Math.max(a.row, b.row);
  } else if (a.row !== undefined) {
    ref.startRow = a.row;
  }
  if (a.column !== undefined && b.column !== undefined) {
    ref.startColumn = Math.min(a.column, b.column);
    ref.endColumn = Math.max(a.column, b.column);
  } else if (a.column !== undefined) {
    ref.startColumn = a.column;
  }
  return ref;
}

/** Resolves open bounds against a sheet's size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxColumns: number): GridRange {
  const row = ref.startRow ?? 1;
  const column = ref.startColumn ?? 1;
  return {
    row,
    column,
    numRows: (ref.endRow ?? maxRows) - row + 1,
    numColumns: (ref.endColumn ?? maxColumns) - column + 1,
  };
}
