// Rewrites the A1 references inside a formula's text, leaving string literals, function names
// and other words alone. Two uses: shifting relative references when a conditional-format or
// validation formula is applied to a cell away from the top-left of its range (or when sorting
// moves a formula to another row), and following rows and columns that are inserted, deleted or
// moved, as Sheets rewrites the formulas of its rules. A reference pushed off the sheet or into
// deleted lines becomes #REF!.
import { columnToLetters, lettersToColumn } from './a1';

interface End {
  n: number;
  abs: boolean;
}

/** One reference; `sheet` is its qualifier as written (unquoted), if any. */
export type Ref =
  | { kind: 'cell'; sheet?: string; col: End; row: End }
  | { kind: 'area'; sheet?: string; col1: End; row1: End; col2: End; row2: End }
  | { kind: 'columns'; sheet?: string; col1: End; col2: End }
  | { kind: 'rows'; sheet?: string; row1: End; row2: End };

const CELL = '(\\$?)([A-Za-z]{1,3})(\\$?)(\\d+)';
const AREA = new RegExp(`^${CELL}:${CELL}`);
const ONE_CELL = new RegExp(`^${CELL}`);
const COLUMNS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/;
const ROWS = /^(\$?)(\d+):(\$?)(\d+)/;
const WORD = /[A-Za-z0-9_.]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function col(abs: string, letters: string): End {
  return { n: lettersToColumn(letters), abs: abs === '$' };
}
function row(abs: string, digits: string): End {
  return { n: Number(digits), abs: abs === '$' };
}

function colText(e: End): string | null {
  return e.n < 1 ? null : `${e.abs ? '$' : ''}${columnToLetters(e.n)}`;
}
function rowText(e: End): string | null {
  return e.n < 1 ? null : `${e.abs ? '$' : ''}${e.n}`;
}

/** Writes a reference back (without its sheet qualifier); null parts make #REF!. */
export function refText(ref: Ref): string {
  const parts: (string | null)[] =
    ref.kind === 'cell'
      ? [colText(ref.col), rowText(ref.row)]
      : ref.kind === 'area'
        ? [colText(ref.col1), rowText(ref.row1), ':', colText(ref.col2), rowText(ref.row2)]
        : ref.kind === 'columns'
          ? [colText(ref.col1), ':', colText(ref.col2)]
          : [rowText(ref.row1), ':', rowText(ref.row2)];
  return parts.some((p) => p === null) ? '#REF!' : parts.join('');
}

function skipQuoted(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) {
        j += 2;
        continue;
      }
      break;
    }
    j += 1;
  }
  return j + 1;
}

/**
 * Calls `visit` for each reference; its answer replaces the reference (null: '#REF!'). A sheet
 * qualifier stays as written.
 */
export function rewriteReferences(formula: string, visit: (ref: Ref) => string | null): string {
  let out = '';
  let i = 0;
  let qualifier: string | undefined;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const j = skipQuoted(formula, i, '"');
      out += formula.slice(i, j);
      i = j;
      qualifier = undefined;
      continue;
    }
    if (ch === "'") {
      const j = skipQuoted(formula, i, "'");
      out += formula.slice(i, j);
      if (formula[j] === '!') {
        qualifier = formula.slice(i + 1, j - 1).replace(/''/g, "'");
        out += '!';
        i = j + 1;
      } else i = j;
      continue;
    }
    if (!isWordChar(formula[i - 1]) || formula[i - 1] === '!') {
      const rest = formula.slice(i);
      const ref = matchRef(rest, qualifier);
      if (ref) {
        const replaced = visit(ref.ref);
        out += replaced === null ? '#REF!' : replaced;
        i += ref.length;
        qualifier = undefined;
        continue;
      }
    }
    if (isWordChar(ch)) {
      // Copy a whole word at once, so the tail of a name is never read as a reference.
      let j = i;
      while (j < formula.length && isWordChar(formula[j])) j += 1;
      const word = formula.slice(i, j);
      out += word;
      i = j;
      if (formula[i] === '!') {
        qualifier = word;
        out += '!';
        i += 1;
      } else qualifier = undefined;
      continue;
    }
    out += ch;
    i += 1;
    qualifier = undefined;
  }
  return out;
}

function matchRef(rest: string, sheet: string | undefined): { ref: Ref; length: number } | null {
  // A name followed by '(' is a function; a reference is never followed by a word character.
  const ends = (len: number) => {
    const after = rest[len];
    return after !== '(' && !isWordChar(after) && after !== '!';
  };
  const q = sheet === undefined ? {} : { sheet };
  let m = AREA.exec(rest);
  if (m && ends(m[0].length)) {
    return {
      ref: {
        kind: 'area',
        ...q,
        col1: col(m[1], m[2]),
        row1: row(m[3], m[4]),
        col2: col(m[5], m[6]),
        row2: row(m[7], m[8]),
      },
      length: m[0].length,
    };
  }
  m = ONE_CELL.exec(rest);
  if (m && ends(m[0].length)) {
    return {
      ref: { kind: 'cell', ...q, col: col(m[1], m[2]), row: row(m[3], m[4]) },
      length: m[0].length,
    };
  }
  m = COLUMNS.exec(rest);
  if (m && ends(m[0].length)) {
    return {
      ref: { kind: 'columns', ...q, col1: col(m[1], m[2]), col2: col(m[3], m[4]) },
      length: m[0].length,
    };
  }
  m = ROWS.exec(rest);
  if (m && ends(m[0].length) && rest[m[0].length] !== '.') {
    return {
      ref: { kind: 'rows', ...q, row1: row(m[1], m[2]), row2: row(m[3], m[4]) },
      length: m[0].length,
    };
  }
  return null;
}

function shiftEnd(e: End, d: number): End {
  return e.abs ? e : { n: e.n + d, abs: false };
}

/** Moves the relative parts of every reference by dRows/dCols ('$' parts stay). */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return rewriteReferences(formula, (ref) => {
    switch (ref.kind) {
      case 'cell':
        return refText({ ...ref, col: shiftEnd(ref.col, dCols), row: shiftEnd(ref.row, dRows) });
      case 'area':
        return refText({
          ...ref,
          col1: shiftEnd(ref.col1, dCols),
          row1: shiftEnd(ref.row1, dRows),
          col2: shiftEnd(ref.col2, dCols),
          row2: shiftEnd(ref.row2, dRows),
        });
      case 'columns':
        return refText({
          ...ref,
          col1: shiftEnd(ref.col1, dCols),
          col2: shiftEnd(ref.col2, dCols),
        });
      case 'rows':
        return refText({
          ...ref,
          row1: shiftEnd(ref.row1, dRows),
          row2: shiftEnd(ref.row2, dRows),
        });
    }
  });
}

/** A structural change along one axis, as a map of line numbers (undefined: deleted). */
export interface LineMap {
  axis: 'rows' | 'columns';
  /** Where a single line goes; undefined when it was deleted. */
  line(n: number): number | undefined;
  /** Where a span goes (shrunk by deletions); undefined when nothing of it is left. */
  span(a: number, b: number): [number, number] | undefined;
}

/**
 * Follows a structural change on the sheet named `sheetName` (references qualified with another
 * sheet are left alone, so are whole rows on a column change and vice versa).
 */
export function adjustFormula(formula: string, sheetName: string, map: LineMap): string {
  return rewriteReferences(formula, (ref) => {
    const own = ref.sheet === undefined || ref.sheet.toLowerCase() === sheetName.toLowerCase();
    if (!own) return refText(ref);
    const rows = map.axis === 'rows';
    const end = (e: End, n: number | undefined): End => ({ n: n ?? 0, abs: e.abs });
    switch (ref.kind) {
      case 'cell': {
        const e = rows ? ref.row : ref.col;
        const moved = end(e, map.line(e.n));
        return refText(rows ? { ...ref, row: moved } : { ...ref, col: moved });
      }
      case 'area': {
        const [a, b] = rows ? [ref.row1, ref.row2] : [ref.col1, ref.col2];
        const s = map.span(a.n, b.n);
        if (!s) return null;
        return refText(
          rows
            ? { ...ref, row1: end(a, s[0]), row2: end(b, s[1]) }
            : { ...ref, col1: end(a, s[0]), col2: end(b, s[1]) },
        );
      }
      case 'columns': {
        if (rows) return refText(ref);
        const s = map.span(ref.col1.n, ref.col2.n);
        return s ? refText({ ...ref, col1: end(ref.col1, s[0]), col2: end(ref.col2, s[1]) }) : null;
      }
      case 'rows': {
        if (!rows) return refText(ref);
        const s = map.span(ref.row1.n, ref.row2.n);
        return s ? refText({ ...ref, row1: end(ref.row1, s[0]), row2: end(ref.row2, s[1]) }) : null;
      }
    }
  });
}

/** A formula parsed once, to be shifted many times (one conditional rule over many cells). */
export interface CompiledShift {
  /** Whether shifting by rows / columns can change the text at all. */
  dependsOnRows: boolean;
  dependsOnColumns: boolean;
  at(dRows: number, dCols: number): string;
}

export function compileShift(formula: string): CompiledShift {
  const refs: Ref[] = [];
  // Mark each reference with a character formulas never contain, then split on it.
  const marked = rewriteReferences(formula, (ref) => {
    refs.push(ref);
    return '\u0000';
  });
  const pieces = marked.split('\u0000');
  const ends = (ref: Ref): { rows: End[]; cols: End[] } =>
    ref.kind === 'cell'
      ? { rows: [ref.row], cols: [ref.col] }
      : ref.kind === 'area'
        ? { rows: [ref.row1, ref.row2], cols: [ref.col1, ref.col2] }
        : ref.kind === 'columns'
          ? { rows: [], cols: [ref.col1, ref.col2] }
          : { rows: [ref.row1, ref.row2], cols: [] };
  return {
    dependsOnRows: refs.some((r) => ends(r).rows.some((e) => !e.abs)),
    dependsOnColumns: refs.some((r) => ends(r).cols.some((e) => !e.abs)),
    at(dRows, dCols) {
      let out = pieces[0];
      refs.forEach((ref, i) => {
        out += shiftFormula(refText(ref), dRows, dCols) + pieces[i + 1];
      });
      return out;
    },
  };
}

const OPEN_RANGE = /^(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!$])/;

/**
 * Closes Sheets' open-ended ranges ('H12:H', to the bottom of the sheet), which HyperFormula
 * cannot parse, at `lastRow`. String literals are left alone.
 */
export function closeOpenRanges(formula: string, lastRow: number): string {
  if (!formula.includes(':')) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const j = skipQuoted(formula, i, ch);
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (!isWordChar(formula[i - 1]) || formula[i - 1] === '!') {
      const m = OPEN_RANGE.exec(formula.slice(i));
      if (m) {
        out += `${m[1]}:${m[2]}${lastRow}`;
        i += m[0].length;
        continue;
      }
    }
    if (isWordChar(ch)) {
      let j = i;
      while (j < formula.length && isWordChar(formula[j])) j += 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
