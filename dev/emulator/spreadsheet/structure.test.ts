// Inserting, deleting and moving rows and columns moves everything anchored to cells, as Sheets
// does: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)
// and https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
import { testBook } from './test-book.test-util';

// The facade's enums are their names, as the real ones print.
const RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

function planSheet() {
  const t = testBook();
  const sheet = t.app.getActiveSheet();
  sheet.getRange('A1:B1').setValues([['Step', 'Status']]);
  sheet.getRange('A2:B6').setValues([
    ['a', 'Done'],
    ['b', 'Blocked'],
    ['c', 'Done'],
    ['d', 'Not started'],
    ['e', 'Done'],
  ]);
  sheet.getRange('D1').setFormula('=COUNTIF(B2:B6,"Done")');
  const rule = t.app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$B2="Blocked"')
    .setBackground('#f4cccc')
    .setRanges([sheet.getRange('A2:B6')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const status = t.app
    .newDataValidation()
    .requireValueInList(['Done', 'Blocked', 'Not started'])
    .build();
  sheet.getRange('B2:B6').setDataValidation(status);
  sheet.getRange('A2:A6').protect().setDescription('steps');
  return { ...t, sheet };
}

test('rows inserted inside ranges grow them; values and formulas move', () => {
  const { sheet } = planSheet();
  sheet.insertRowsBefore(4, 2);
  expect(sheet.getRange('A6').getValue()).toBe('c');
  expect(sheet.getRange('D1').getFormula()).toBe('=COUNTIF(B2:B8,"Done")');
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:B8');
  expect(sheet.getProtections(RANGE)[0].getRange().getA1Notation()).toBe('A2:A8');
  // The new rows copy the validation of the row they were inserted above.
  expect(sheet.getRange('B4').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
  expect(sheet.getMaxRows()).toBe(1002);
});

test('rows inserted above a range shift it', () => {
  const { sheet } = planSheet();
  sheet.insertRowsBefore(1, 3);
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A5:B9');
  expect(sheet.getProtections(RANGE)[0].getRange().getA1Notation()).toBe('A5:A9');
  expect(sheet.getRange('B5').getDataValidation()).not.toBeNull();
  expect(sheet.getRange('B4').getDataValidation()).toBeNull();
  expect(sheet.getRange('D4').getFormula()).toBe('=COUNTIF(B5:B9,"Done")');
});

test('deleted rows shrink ranges; a range deleted whole disappears', () => {
  const { sheet, app } = planSheet();
  sheet.deleteRows(3, 2);
  expect(sheet.getRange('A3').getValue()).toBe('d');
  expect(sheet.getRange('D1').getFormula()).toBe('=COUNTIF(B2:B4,"Done")');
  expect(sheet.getRange('D1').getValue()).toBe(2);
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:B4');
  expect(sheet.getProtections(RANGE)[0].getRange().getA1Notation()).toBe('A2:A4');
  sheet.deleteRows(2, 3);
  expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
});

test('formulas pointing at deleted cells become #REF!', () => {
  const { sheet } = planSheet();
  sheet.getRange('E1').setFormula('=A3');
  sheet.deleteRow(3);
  expect(sheet.getRange('E1').getValue()).toBe('#REF!');
});

test('columns: insert before shifts rules, delete removes them', () => {
  const { sheet } = planSheet();
  sheet.insertColumnsBefore(1, 1);
  expect(sheet.getRange('B2').getValue()).toBe('a');
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('B2:C6');
  expect(sheet.getRange('C2').getDataValidation()).not.toBeNull();
  sheet.deleteColumns(2, 1);
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('B2:B6');
  expect(sheet.getProtections(RANGE)).toHaveLength(0);
});

test('the effective format follows the moved rows', () => {
  const { sheet, book } = planSheet();
  expect(book.effectiveFormat('Sheet1', 3, 1).background).toBe('#f4cccc');
  sheet.insertRowsBefore(2, 1);
  expect(book.effectiveFormat('Sheet1', 3, 1).background).toBe('#ffffff');
  expect(book.effectiveFormat('Sheet1', 4, 1).background).toBe('#f4cccc');
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)
test('moveColumns moves values, widths and rules with the columns', () => {
  const { sheet, app } = planSheet();
  sheet.setColumnWidth(2, 180);
  sheet.moveColumns(sheet.getRange('B1'), 1);
  expect(sheet.getRange('A1:B1').getValues()).toEqual([['Status', 'Step']]);
  expect(sheet.getColumnWidth(1)).toBe(180);
  expect(sheet.getRange('A2').getDataValidation()).not.toBeNull();
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:B6');
  void app;
});

test('a user moving a column splits a rule range that no longer is contiguous', () => {
  const { book, sheet } = planSheet();
  book.userMoveColumns('Sheet1', 2, 1, 4); // Status goes after column C
  const ranges = sheet
    .getConditionalFormatRules()[0]
    .getRanges()
    .map((r) => r.getA1Notation());
  expect(ranges).toEqual(['A2:A6', 'C2:C6']);
  expect(sheet.getRange('C1').getValue()).toBe('Status');
  // The rule's formula is not rewritten (it still says $B2), exactly as in Sheets.
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
test('sort moves whole rows with their formats, blanks last', () => {
  const { sheet } = planSheet();
  sheet
    .getRange('C2:C6')
    .setFormulas([['=A2&"!"'], ['=A3&"!"'], ['=A4&"!"'], ['=A5&"!"'], ['=A6&"!"']]);
  sheet.getRange('A3').setBackground('#00ff00');
  sheet.getRange('A2:C6').sort({ column: 2, ascending: true });
  expect(sheet.getRange('A2:B6').getValues()).toEqual([
    ['b', 'Blocked'],
    ['a', 'Done'],
    ['c', 'Done'],
    ['e', 'Done'],
    ['d', 'Not started'],
  ]);
  expect(sheet.getRange('C2').getValue()).toBe('b!');
  expect(sheet.getRange('C2').getFormula()).toBe('=A2&"!"');
  expect(sheet.getRange('A2').getBackground()).toBe('#00ff00');
  sheet.getRange('A7:B7').setValues([['z', '']]);
  sheet.getRange('A2:B7').sort({ column: 2, ascending: false });
  expect(sheet.getRange('B2').getValue()).toBe('Not started');
  expect(sheet.getRange('B7').getValue()).toBe('');
});

test('a user sort through the model', () => {
  const { book, sheet } = planSheet();
  book.userSortRange('Sheet1', 'A2:B6', 1, false);
  expect(sheet.getRange('A2:A6').getValues().flat()).toEqual(['e', 'd', 'c', 'b', 'a']);
});

test('frozen rows follow inserts above them, and guard against deleting everything', () => {
  const { sheet } = planSheet();
  sheet.setFrozenRows(1);
  sheet.insertRowsBefore(1, 1);
  expect(sheet.getFrozenRows()).toBe(2);
  expect(() => sheet.deleteRows(3, sheet.getMaxRows() - 2)).toThrow(
    'Sorry, it is not possible to delete all non-frozen rows.',
  );
  expect(() => sheet.deleteRows(5000, 1)).toThrow('Those rows are out of bounds.');
});
