// A sparse, row-major grid of per-cell records (0-based), with the structural edits a sheet
// needs: insert, delete, move and reorder rows and columns.

export class Grid<T> {
  private rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let r = this.rows[row];
    if (r === undefined) {
      if (value === undefined) return;
      r = this.rows[row] = [];
    }
    r[column] = value;
  }

  /** Visits every stored record. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((r, row) => {
      if (r) r.forEach((v, column) => v !== undefined && visit(v, row, column));
    });
  }

  /** Inserts rows before `at`; `copy.from` (an index before the insert) seeds their records. */
  insertRows(at: number, count: number, copy?: { from: number; clone: (v: T) => T | undefined }) {
    const seed = copy ? this.rows[copy.from] : undefined;
    const fresh: (T | undefined)[][] = [];
    for (let i = 0; i < count; i++) {
      const row: (T | undefined)[] = [];
      if (seed && copy) seed.forEach((v, c) => v !== undefined && (row[c] = copy.clone(v)));
      fresh.push(row);
    }
    if (this.rows.length < at) this.rows.length = at;
    this.rows.splice(at, 0, ...fresh);
  }

  deleteRows(at: number, count: number): void {
    if (this.rows.length > at) this.rows.splice(at, count);
  }

  insertColumns(
    at: number,
    count: number,
    copy?: { from: number; clone: (v: T) => T | undefined },
  ): void {
    for (const r of this.rows) {
      if (!r) continue;
      const seed = copy ? r[copy.from] : undefined;
      const fresh: (T | undefined)[] = [];
      for (let i = 0; i < count; i++) fresh.push(seed && copy ? copy.clone(seed) : undefined);
      if (r.length < at) r.length = at;
      r.splice(at, 0, ...fresh);
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.rows) if (r && r.length > at) r.splice(at, count);
  }

  /** Moves `count` columns starting at `from` so they sit before column `to` (pre-move index). */
  moveColumns(from: number, count: number, to: number): void {
    for (const r of this.rows) {
      if (!r) continue;
      const width = Math.max(r.length, from + count, to);
      const full: (T | undefined)[] = Array.from({ length: width }, (_, i) => r[i]);
      const moved = full.splice(from, count);
      const dest = to > from ? to - count : to;
      full.splice(dest, 0, ...moved);
      r.length = 0;
      full.forEach((v, i) => v !== undefined && (r[i] = v));
    }
  }

  /** Reorders rows `start..start+order.length-1`: new row i takes old row start+order[i]. */
  permuteRows(start: number, order: number[], columns?: { from: number; count: number }): void {
    const snapshot = order.map((_, i) => {
      const r = this.rows[start + i];
      return r ? [...r] : undefined;
    });
    order.forEach((src, i) => {
      const source = snapshot[src];
      if (!columns) {
        this.rows[start + i] = source ? [...source] : [];
        return;
      }
      // Only the sorted block moves; cells left and right of it stay in their rows.
      let target = this.rows[start + i];
      if (!target) target = this.rows[start + i] = [];
      for (let c = columns.from; c < columns.from + columns.count; c++) target[c] = source?.[c];
    });
  }
}
