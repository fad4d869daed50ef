// A1 notation as Apps Script's getRange reads it:
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)
import { cellA1, columnToLetters, lettersToColumn, parseA1, rangeA1, resolveA1 } from './a1';

const resolve = (a1: string) => resolveA1(parseA1(a1)!, 1000, 26);

test('column letters round-trip', () => {
  for (const [n, s] of [
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ] as const) {
    expect(columnToLetters(n)).toBe(s);
    expect(lettersToColumn(s)).toBe(n);
  }
});

test('single cells and blocks', () => {
  expect(resolve('A1')).toEqual({ row: 1, column: 1, numRows: 1, numColumns: 1 });
  expect(resolve('B2:D10')).toEqual({ row: 2, column: 2, numRows: 9, numColumns: 3 });
  expect(resolve('d10:b2')).toEqual({ row: 2, column: 2, numRows: 9, numColumns: 3 });
  expect(resolve('$C$3')).toEqual({ row: 3, column: 3, numRows: 1, numColumns: 1 });
});

test('open-ended forms run to the edge of the sheet', () => {
  expect(resolve('A5:L')).toEqual({ row: 5, column: 1, numRows: 996, numColumns: 12 });
  expect(resolve('A:A')).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 1 });
  expect(resolve('B:C')).toEqual({ row: 1, column: 2, numRows: 1000, numColumns: 2 });
  expect(resolve('5:5')).toEqual({ row: 5, column: 1, numRows: 1, numColumns: 26 });
});

test('sheet names, quoted or not', () => {
  expect(parseA1("'My tab'!A1:B2")).toMatchObject({
    sheetName: 'My tab',
    startRow: 1,
    endColumn: 2,
  });
  expect(parseA1("'It''s'!C3")?.sheetName).toBe("It's");
  expect(parseA1('MAP!A1')?.sheetName).toBe('MAP');
});

test('nonsense is not a range', () => {
  for (const bad of ['', 'A', '5', 'A0', '1A', 'A1:B2:C3', 'A:5', "'open!A1", 'ABCD1']) {
    expect(parseA1(bad)).toBeNull();
  }
});

test('writes A1 back', () => {
  expect(cellA1(12, 28)).toBe('AB12');
  expect(rangeA1({ row: 2, column: 1, numRows: 1, numColumns: 1 })).toBe('A2');
  expect(rangeA1({ row: 2, column: 1, numRows: 3, numColumns: 12 })).toBe('A2:L4');
});
