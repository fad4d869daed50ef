import { columnLetter } from '../../core/plan';
import {
  adjacentRuns,
  boundsOfA1,
  columnNumber,
  columnRuns,
  sheetValue,
  textValue,
  cleanSheetName,
  uniqueSheetName,
} from './sheets';
import { dateKeyOfInstant } from '../../core/dates';

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

describe('sheetValue', () => {
  it('writes every string as text, so formulas, numbers and dates typed by users stay text', () => {
    for (const text of ['=IMPORTXML("http://x","//a")', '+1', '12/10', '1e3', "'quoted", 'TRUE']) {
      expect(sheetValue(text, 'UTC')).toBe(`'${text}`);
    }
    expect(textValue('')).toBe('');
    expect(sheetValue(null, 'UTC')).toBe('');
  });

  it('passes our own formulas, numbers and booleans through', () => {
    expect(sheetValue({ formula: '=1+1' }, 'UTC')).toBe('=1+1');
    expect(sheetValue(3, 'UTC')).toBe(3);
    expect(sheetValue(false, 'UTC')).toBe(false);
  });

  it('writes a date as midnight of that day in the spreadsheet’s zone', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
      const value = sheetValue({ date: '2026-03-08' }, zone) as Date;
      expect(dateKeyOfInstant(value, zone)).toBe('2026-03-08');
      expect(dateKeyOfInstant(value.getTime() - 1, zone)).toBe('2026-03-07');
    }
    expect(sheetValue({ instant: 5 }, 'UTC')).toEqual(new Date(5));
  });
});

describe('cleanSheetName', () => {
  it('keeps ordinary names and drops what breaks tabs or A1 references', () => {
    expect(cleanSheetName('MAP – Acme')).toBe('MAP – Acme');
    expect(cleanSheetName('MAP – =IMPORTXML("http://x","//a")')).toBe(
      'MAP – =IMPORTXML("http x"," a")',
    );
    expect(cleanSheetName('A[1]*?\u202e\nB')).toBe('A 1 B');
  });

  it('shortens long names with an ellipsis', () => {
    const name = cleanSheetName('x'.repeat(200), 20);
    expect(name).toHaveLength(20);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('uniqueSheetName', () => {
  it('numbers a name already taken, comparing as Sheets does (case-insensitively)', () => {
    expect(uniqueSheetName('Stakeholders', ['Sheet1'])).toBe('Stakeholders');
    expect(uniqueSheetName('Stakeholders', ['stakeholders', 'Stakeholders (2)'])).toBe(
      'Stakeholders (3)',
    );
  });
});

describe('adjacentRuns', () => {
  const columns = [
    { column: 3, width: 110, wrap: true },
    { column: 1, width: 40, numberFormat: '0' },
    { column: 2, width: 110, wrap: true },
    { column: 4, width: 110, numberFormat: 'd mmm' },
    { column: 5, width: 90, numberFormat: '0' },
    { column: 7, width: 90, wrap: true },
  ];

  it('groups adjacent columns that carry a value, in column order', () => {
    expect(adjacentRuns(columns, (c) => (c.wrap ? true : undefined))).toEqual([
      { first: 2, values: [true, true] },
      { first: 7, values: [true] },
    ]);
    expect(adjacentRuns(columns, (c) => c.numberFormat)).toEqual([
      { first: 1, values: ['0'] },
      { first: 4, values: ['d mmm', '0'] },
    ]);
  });

  it('with `same`, starts a new run where the value changes (one width per setColumnWidths)', () => {
    expect(
      adjacentRuns(
        columns,
        (c) => c.width,
        (a, b) => a === b,
      ),
    ).toEqual([
      { first: 1, values: [40] },
      { first: 2, values: [110, 110, 110] },
      { first: 5, values: [90] },
      { first: 7, values: [90] },
    ]);
  });
});
