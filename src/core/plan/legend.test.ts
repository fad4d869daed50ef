import { LEGEND, LEGEND_ORIGIN, LEGEND_TITLE, legendCells, legendPlace } from './legend';
import { PALETTE, RULE_ORDER } from './rules';

describe('the colour key', () => {
  it('shows every state the rules paint, in the rules’ own look', () => {
    expect(LEGEND.map((e) => e.id).sort()).toEqual([...RULE_ORDER].sort());
    for (const entry of LEGEND) expect(entry.look).toBe(PALETTE[entry.id]);
  });

  it('lays the title and the seven states out three by three', () => {
    const cells = legendCells({ row: 2, column: 10 });
    expect(cells.map((c) => [c.row, c.column, c.text])).toEqual([
      [2, 10, LEGEND_TITLE],
      [2, 11, 'Done'],
      [2, 12, 'Skipped'],
      [3, 10, 'Date unreadable'],
      [3, 11, 'Late'],
      [3, 12, 'Blocked'],
      [4, 10, 'Uncommitted'],
      [4, 11, 'Due soon'],
    ]);
  });

  it('goes where its title is, else beside the header block, else into room above the table', () => {
    const empty: unknown[][] = Array.from({ length: 7 }, () => Array(12).fill(''));
    expect(legendPlace(empty, 7)).toEqual(LEGEND_ORIGIN);
    const moved = empty.map((r) => [...r]);
    moved[3][2] = LEGEND_TITLE;
    expect(legendPlace(moved, 7)).toEqual({ row: 4, column: 3 });
    const taken = empty.map((r) => [...r]);
    taken[2][10] = 'a note of mine';
    expect(legendPlace(taken, 7)).toEqual({ row: 1, column: 1 });
    // No room above a table that starts on row 3: nothing is written.
    expect(legendPlace(empty.slice(0, 3), 3)).toBeNull();
  });
});
