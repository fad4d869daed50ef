// The bounds of an A1 reference, so one Range.getA1Notation() call stands in for four getters.

export interface Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

/** Bounds of 'B7' or 'B7:D9' (any sheet prefix ignored); null for open ranges like 'A:A'. */
export function boundsOfA1(a1: string): Bounds | null {
  const ref = a1.slice(a1.lastIndexOf('!') + 1).toUpperCase();
  const [first, second = first] = ref.split(':');
  const a = CELL.exec(first ?? '');
  const b = CELL.exec(second);
  if (!a || !b) return null;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnNumber(a[1]);
  const c2 = columnNumber(b[1]);
  if (r1 < 1 || r2 < 1) return null;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/** 'A' -> 1, 'AA' -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
