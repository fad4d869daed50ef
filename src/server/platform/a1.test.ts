import { columnLetter } from '../../core/table/letters';
import { boundsOfA1, columnNumber } from './a1';

describe('boundsOfA1', () => {
  it('reads a cell and a block, in either corner order, with or without a sheet or $', () => {
    expect(boundsOfA1('H7')).toEqual({ row: 7, column: 8, numRows: 1, numColumns: 1 });
    expect(boundsOfA1("'MAP – Acme'!$B$3:D10")).toEqual({
      row: 3,
      column: 2,
      numRows: 8,
      numColumns: 3,
    });
    expect(boundsOfA1('D10:B3')).toEqual(boundsOfA1('B3:D10'));
    expect(boundsOfA1('aa1')).toEqual({ row: 1, column: 27, numRows: 1, numColumns: 1 });
  });

  it('gives up on open ranges and nonsense', () => {
    for (const a1 of ['A:A', '5:5', 'A5:L', '', 'A0', 'hello']) expect(boundsOfA1(a1)).toBeNull();
  });

  it('inverts core’s columnLetter', () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384]) expect(columnNumber(columnLetter(n))).toBe(n);
  });
});
