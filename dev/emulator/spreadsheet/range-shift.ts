// How a range anchored in a sheet (a conditional-format range, a protection, a merge) follows
// rows and columns being inserted, deleted or moved, as Sheets moves them: a range grows when
// lines are inserted strictly inside it, shifts when they are inserted above or left of it, and
// shrinks (or disappears) when its lines are deleted.
import type { GridRange } from './a1';
import type { LineMap } from './ref-shift';

export type Axis = 'rows' | 'columns';

function span(r: GridRange, axis: Axis): [number, number] {
  return axis === 'rows' ? [r.row, r.row + r.numRows - 1] : [r.column, r.column + r.numColumns - 1];
}

function withSpan(r: GridRange, axis: Axis, start: number, end: number): GridRange {
  return axis === 'rows'
    ? { ...r, row: start, numRows: end - start + 1 }
    : { ...r, column: start, numColumns: end - start + 1 };
}

/** `count` lines inserted so that the first new one is line `at` (1-based). */
export function shiftForInsert(r: GridRange, axis: Axis, at: number, count: number): GridRange {
  const [start, end] = span(r, axis);
  if (start >= at) return withSpan(r, axis, start + count, end + count);
  if (end >= at) return withSpan(r, axis, start, end + count);
  return r;
}

/** Lines `at..at+count-1` deleted; null when nothing of the range is left. */
export function shiftForDelete(
  r: GridRange,
  axis: Axis,
  at: number,
  count: number,
): GridRange | null {
  const last = at + count - 1;
  const [start, end] = span(r, axis);
  const newStart = start < at ? start : start > last ? start - count : at;
  const newEnd = end < at ? end : end > last ? end - count : at - 1;
  if (newEnd < newStart) return null;
  return withSpan(r, axis, newStart, newEnd);
}

/** Where line `i` lands when `count` lines at `from` move before line `to` (pre-move index). */
export function movedIndex(i: number, from: number, count: number, to: number): number {
  const dest = to > from ? to - count : to;
  if (i >= from && i < from + count) return dest + (i - from);
  // Remove the block, then insert it at dest.
  const without = i >= from + count ? i - count : i;
  return without >= dest ? without + count : without;
}

/**
 * A range after columns (or rows) move; the lines it covered may no longer be adjacent, so the
 * answer is one range per contiguous run.
 */
export function shiftForMove(
  r: GridRange,
  axis: Axis,
  from: number,
  count: number,
  to: number,
): GridRange[] {
  const [start, end] = span(r, axis);
  const lines: number[] = [];
  for (let i = start; i <= end; i++) lines.push(movedIndex(i, from, count, to));
  lines.sort((a, b) => a - b);
  const out: GridRange[] = [];
  let runStart = lines[0];
  for (let k = 1; k <= lines.length; k++) {
    if (k === lines.length || lines[k] !== lines[k - 1] + 1) {
      out.push(withSpan(r, axis, runStart, lines[k - 1]));
      runStart = lines[k];
    }
  }
  return out;
}

export function contains(r: GridRange, row: number, column: number): boolean {
  return (
    row >= r.row &&
    row < r.row + r.numRows &&
    column >= r.column &&
    column < r.column + r.numColumns
  );
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** `count` lines inserted so that the first new one is line `at`. */
export function insertLineMap(axis: Axis, at: number, count: number): LineMap {
  const line = (n: number) => (n >= at ? n + count : n);
  return { axis, line, span: (a, b) => [line(a), line(b)] };
}

/** Lines `at..at+count-1` deleted. */
export function deleteLineMap(axis: Axis, at: number, count: number): LineMap {
  const last = at + count - 1;
  return {
    axis,
    line: (n) => (n < at ? n : n > last ? n - count : undefined),
    span: (a, b) => {
      const s = shiftForDelete(
        { row: a, column: 1, numRows: b - a + 1, numColumns: 1 },
        'rows',
        at,
        count,
      );
      return s ? [s.row, s.row + s.numRows - 1] : undefined;
    },
  };
}

/** `count` lines at `from` moved before line `to` (pre-move index). */
export function moveLineMap(axis: Axis, from: number, count: number, to: number): LineMap {
  const line = (n: number) => movedIndex(n, from, count, to);
  return {
    axis,
    line,
    span: (a, b) => {
      const x = line(a);
      const y = line(b);
      return [Math.min(x, y), Math.max(x, y)];
    },
  };
}
