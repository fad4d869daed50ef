// Range values, formulas and formats through the facade, as Apps Script documents them.
import { testBook } from './test-book.test-util';

const sheetOf = () => {
  const t = testBook();
  return { ...t, sheet: t.app.getActiveSheet() };
};

// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
test('getValues gives "" for blanks, numbers, booleans, strings and Dates', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1:D1').setValues([[3, true, 'text', '']]);
  expect(sheet.getRange('A1:E1').getValues()).toEqual([[3, true, 'text', '', '']]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
test('a date cell reads back as the instant of its wall-clock in the SPREADSHEET zone', () => {
  const { sheet, book } = sheetOf();
  book.timeZone = 'Asia/Tokyo';
  sheet.getRange('A1').setValue('2026-12-10');
  const v = sheet.getRange('A1').getValue() as Date;
  expect(v).toBeInstanceOf(Date);
  expect(v.toISOString()).toBe('2026-12-09T15:00:00.000Z');
  expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-12-10');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
test('a Date written by a script is stored as that wall-clock day in the sheet zone', () => {
  const { sheet } = sheetOf(); // America/New_York
  sheet.getRange('A1').setValue(new Date('2026-12-10T05:00:00Z'));
  expect(sheet.getRange('A1').getDisplayValue()).toBe('12/10/2026');
  expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
  sheet.getRange('B1').setNumberFormat('yyyy-mm-dd').setValue(new Date('2026-12-10T05:00:00Z'));
  expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-12-10');
  expect((sheet.getRange('B1').getValue() as Date).getTime()).toBe(
    Date.parse('2026-12-10T05:00:00Z'),
  );
});

test('Dates from another realm are accepted', () => {
  const { sheet } = sheetOf();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vm = require('node:vm') as typeof import('node:vm');
  const foreign = vm.runInNewContext('new Date("2026-12-10T05:00:00Z")');
  expect(foreign instanceof Date).toBe(false);
  sheet.getRange('A1').setValues(vm.runInNewContext('[[d]]', { d: foreign }));
  expect(sheet.getRange('A1').getDisplayValue()).toBe('12/10/2026');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
test('setValues throws Apps Script messages on a shape mismatch', () => {
  const { sheet } = sheetOf();
  expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
    'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
  );
  expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
    'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
  );
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
test('strings: = is a formula, an apostrophe keeps text, the rest is parsed like typing', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1:E1').setValues([['2', '=A1*2', "'=A1", '15%', 'TRUE']]);
  expect(sheet.getRange('A1:E1').getValues()).toEqual([[2, 4, '=A1', 0.15, true]]);
  expect(sheet.getRange('B1').getFormula()).toBe('=A1*2');
  expect(sheet.getRange('C1').getFormula()).toBe('');
  expect(sheet.getRange('D1').getDisplayValue()).toBe('15%');
});

test('plain-text cells keep strings exactly, even ones that look like numbers or formulas', () => {
  const { sheet } = sheetOf();
  sheet
    .getRange('A1:B1')
    .setNumberFormat('@')
    .setValues([['0042', '=1+1']]);
  expect(sheet.getRange('A1:B1').getValues()).toEqual([['0042', '=1+1']]);
  expect(sheet.getRange('B1').getFormula()).toBe('');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String)
test('setFormula on a block fills it with relative references moving per cell', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
  sheet.getRange('B1:B3').setFormula('=A1*10');
  expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
  expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
});

test('formula errors read back as their Sheets text', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1:B1').setFormulas([['=1/0', '=NOSUCHFN()']]);
  expect(sheet.getRange('A1:B1').getValues()).toEqual([['#DIV/0!', '#NAME?']]);
});

test('date arithmetic keeps the date type, like Sheets', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1').setValue('2026-12-10');
  sheet.getRange('B1:C1').setFormulas([['=A1+7', '=A1-DATE(2026,12,1)']]);
  expect(sheet.getRange('B1:C1').getDisplayValues()).toEqual([['12/17/2026', '9']]);
  expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
});

test('changing a number format to a date makes formulas over it dates too', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1').setValue(46366);
  sheet.getRange('B1').setFormula('=A1+1');
  expect(sheet.getRange('B1').getValue()).toBe(46367);
  sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
  expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()
test('getBackground is the cell own colour; formats are per cell', () => {
  const { sheet } = sheetOf();
  sheet
    .getRange('A1:B1')
    .setBackgrounds([['#F00', null]])
    .setFontWeight('bold');
  expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
  expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
  sheet.getRange('A1').clearFormat();
  expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
});

test('getRange errors for coordinates off the sheet', () => {
  const { sheet } = sheetOf();
  expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  expect(() => sheet.getRange(1, 1, 0)).toThrow(
    'The number of rows in the range must be at least 1.',
  );
  expect(() => sheet.getRange(1001, 1)).toThrow(
    'The coordinates of the range are outside the dimensions of the sheet.',
  );
  expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
});

test('range geometry and A1', () => {
  const { sheet, app } = sheetOf();
  const r = sheet.getRange(2, 3, 4, 5);
  expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
  expect([r.getLastRow(), r.getLastColumn(), r.getA1Notation()]).toEqual([5, 7, 'C2:G5']);
  expect(r.offset(1, -1, 1, 1).getA1Notation()).toBe('B3');
  expect(app.getActive().getRange("'Sheet1'!A5:B").getNumRows()).toBe(996);
});

test('getDataRange, getLastRow and getLastColumn follow content, not formatting', () => {
  const { sheet } = sheetOf();
  sheet.getRange('Z100').setBackground('#ff0000');
  expect(sheet.getLastRow()).toBe(0);
  sheet.getRange('C7').setValue('x');
  expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
  expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
test('insertCheckboxes makes FALSE cells with a checkbox rule', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1:A2').insertCheckboxes();
  expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
  expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  sheet.getRange('A1').check();
  expect(sheet.getRange('A1').isChecked()).toBe(true);
  expect(sheet.getRange('A1:A2').isChecked()).toBeNull();
  sheet.getRange('A1:A2').removeCheckboxes();
  expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['']]);
  expect(sheet.getRange('A1').getDataValidation()).toBeNull();
});

test('clearContent keeps formats; clear removes both', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1').setValue(5).setBackground('#00ff00').setNote('hi');
  sheet.getRange('A1').clearContent();
  expect(sheet.getRange('A1').getValue()).toBe('');
  expect(sheet.getRange('A1').getBackground()).toBe('#00ff00');
  sheet.getRange('A1').setValue(5).clear();
  expect(sheet.getRange('A1').getValue()).toBe('');
  expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  expect(sheet.getRange('A1').getNote()).toBe('hi');
});

test('every facade object carries its Apps Script class name', () => {
  const { app, sheet } = sheetOf();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { KIND } = require('../kind') as typeof import('../kind');
  const kinds = [app, app.getActive(), sheet, sheet.getRange('A1')].map(
    (o) => (o as unknown as Record<symbol, string>)[KIND],
  );
  expect(kinds).toEqual(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range']);
});

test('Sheets-only functions used by rules exist: REGEXMATCH, REGEXEXTRACT, REGEXREPLACE, ISEMAIL', () => {
  const { sheet } = sheetOf();
  sheet.getRange('A1').setValue('ann@vendor.example');
  sheet
    .getRange('B1:E1')
    .setFormulas([
      [
        '=REGEXMATCH(A1,"@vendor\\.")',
        '=REGEXEXTRACT(A1,"@(.*)$")',
        '=REGEXREPLACE(A1,"(\\w+)@","$1 at ")',
        '=ISEMAIL(A1)',
      ],
    ]);
  expect(sheet.getRange('B1:E1').getValues()).toEqual([
    [true, 'vendor.example', 'ann at vendor.example', true],
  ]);
  sheet.getRange('F1').setFormula('=ISEMAIL("not an email")');
  expect(sheet.getRange('F1').getValue()).toBe(false);
});

test('open-ended ranges in formulas compute (Sheets writes them as H2:H)', () => {
  const { sheet } = sheetOf();
  sheet.getRange('H2:H4').setValues([['Done'], ['Blocked'], ['Done']]);
  sheet.getRange('A1').setFormula('=COUNTIF(H2:H,"Done")');
  expect(sheet.getRange('A1').getValue()).toBe(2);
});
