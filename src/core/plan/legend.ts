// The colour key on the MAP tab: the seven states the rules paint, each shown in its own look
// (PALETTE, the rules' one source), so a prospect can read the colours with no add-on. It sits
// above the step table, beside the header block, where no step row is: a prospect's edit to the
// table cannot reach it, and it is found again by its title wherever rows or columns move.
import type { CellPosition } from './cells';
import { PALETTE, type CellLook, type RuleId } from './rules';

export const LEGEND_TITLE = 'Colour key';

export interface LegendEntry {
  id: RuleId;
  /** What the state is called on the tab and in the sidebar. */
  label: string;
  look: CellLook;
}

/** The states in the order a reader meets them; the sidebar shows the same list. */
export const LEGEND: readonly LegendEntry[] = (
  [
    ['done', 'Done'],
    ['skipped', 'Skipped'],
    ['dateUnreadable', 'Date unreadable'],
    ['late', 'Late'],
    ['blocked', 'Blocked'],
    ['uncommitted', 'Uncommitted'],
    ['dueSoon', 'Due soon'],
  ] as const
).map(([id, label]) => ({ id, label, look: PALETTE[id] }));

/** The key is three columns by three rows: the title, then the states, row by row. */
export const LEGEND_COLUMNS = 3;
export const LEGEND_ROWS = 3;

/** Where createPlan puts it: row 2, column J, right of the header block's last pair (G:H). */
export const LEGEND_ORIGIN: CellPosition = { row: 2, column: 10 };

export interface LegendCell extends CellPosition {
  text: string;
  /** The look of a state's cell; the title is bold on the sheet's own fill. */
  look: CellLook | null;
}

/** The key's cells from `origin` (the title's cell), title first. */
export function legendCells(origin: CellPosition): LegendCell[] {
  const texts = [
    { text: LEGEND_TITLE, look: null },
    ...LEGEND.map((e) => ({ text: e.label, look: e.look })),
  ];
  return texts.map((t, i) => ({
    row: origin.row + Math.floor(i / LEGEND_COLUMNS),
    column: origin.column + (i % LEGEND_COLUMNS),
    ...t,
  }));
}

const LEGEND_TEXTS = new Set([LEGEND_TITLE, ...LEGEND.map((e) => e.label)]);

/**
 * Where the key goes on a tab whose values (from A1) are given and whose step table's headings
 * are on `tableHeaderRow`: where its title already is, when the cells around it hold nothing
 * but the key; else the default place, or the first place above the table, left to right, top
 * to bottom, whose cells are all empty; else null (no room above the table: nothing written).
 */
export function legendPlace(
  values: readonly (readonly unknown[])[],
  tableHeaderRow: number,
): CellPosition | null {
  const at = (row: number, column: number): unknown => values[row - 1]?.[column - 1];
  const free = (origin: CellPosition): boolean =>
    origin.row + LEGEND_ROWS <= tableHeaderRow &&
    legendCells(origin).every(({ row, column }) => {
      const value = at(row, column);
      return (
        value === '' || value == null || (typeof value === 'string' && LEGEND_TEXTS.has(value))
      );
    });
  for (let r = 1; r < tableHeaderRow; r++) {
    const row = values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      if (row[c - 1] === LEGEND_TITLE && free({ row: r, column: c })) return { row: r, column: c };
    }
  }
  if (free(LEGEND_ORIGIN)) return LEGEND_ORIGIN;
  const width = Math.max(0, ...values.slice(0, tableHeaderRow - 1).map((r) => r.length));
  for (let r = 1; r + LEGEND_ROWS <= tableHeaderRow; r++) {
    for (let c = 1; c <= width + 2; c++) {
      if (free({ row: r, column: c })) return { row: r, column: c };
    }
  }
  return null;
}
