import { writeSpans } from './edit-writes';

describe('writeSpans', () => {
  it('writes each run of adjacent rows once, in order, whatever order the rows came in', () => {
    expect(writeSpans([12, 9, 10, 14])).toEqual([
      { from: 9, to: 10 },
      { from: 12, to: 12 },
      { from: 14, to: 14 },
    ]);
    expect(writeSpans([8, 8, 9])).toEqual([{ from: 8, to: 9 }]);
  });

  it('turns many scattered runs (a sort, a big paste) into one span', () => {
    expect(writeSpans([20, 2, 4, 6, 8])).toEqual([{ from: 2, to: 20 }]);
    expect(writeSpans([2, 4, 6, 8])).toHaveLength(4);
  });

  it('writes nothing for no rows', () => {
    expect(writeSpans([])).toEqual([]);
  });
});
