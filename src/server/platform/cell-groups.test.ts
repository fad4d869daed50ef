import { columnRuns } from './cell-groups';

describe('columnRuns', () => {
  it('joins touching cells of a column, in any order, and drops repeats', () => {
    expect(
      columnRuns([
        { row: 3, column: 5 },
        { row: 2, column: 2 },
        { row: 2, column: 5 },
        { row: 4, column: 2 },
        { row: 3, column: 2 },
        { row: 3, column: 2 },
        { row: 9, column: 2 },
      ]),
    ).toEqual([
      { row: 2, column: 2, numRows: 3 },
      { row: 9, column: 2, numRows: 1 },
      { row: 2, column: 5, numRows: 2 },
    ]);
  });
});
