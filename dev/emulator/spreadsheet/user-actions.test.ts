// People editing the sheet: typed input parsed as Sheets parses it, data validation enforced
// (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)),
// protections honoured (https://developers.google.com/apps-script/reference/spreadsheet/protection),
// and the edit described as an on-edit trigger's event
// (https://developers.google.com/apps-script/guides/triggers/events#edit).
import { PROTECTED_MESSAGE } from './protection';
import { testBook } from './test-book.test-util';

const PROSPECT = 'buyer@prospect.example';

function plan() {
  const t = testBook();
  const sheet = t.app.getActiveSheet();
  sheet.getRange('A1:D1').setValues([['Step', 'Target', 'Status', 'Email']]);
  const status = t.app
    .newDataValidation()
    .requireValueInList(['Not started', 'In progress', 'Done'])
    .setAllowInvalid(false)
    .build();
  sheet.getRange('C2:C20').setDataValidation(status);
  sheet
    .getRange('B2:B20')
    .setDataValidation(
      t.app
        .newDataValidation()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText('Enter a date')
        .build(),
    );
  sheet
    .getRange('D2:D20')
    .setDataValidation(t.app.newDataValidation().requireTextIsEmail().build());
  return { ...t, sheet };
}

test('a single-cell edit returns value and oldValue as the trigger event has them', () => {
  const { book, sheet } = plan();
  const first = book.userEdit(PROSPECT, 'Sheet1', 'A2', 'Security review');
  expect(first).toMatchObject({
    sheetName: 'Sheet1',
    row: 2,
    column: 1,
    numRows: 1,
    numColumns: 1,
    value: 'Security review',
    user: PROSPECT,
  });
  expect(first.oldValue).toBeUndefined();
  const second = book.userEdit(PROSPECT, 'Sheet1', 'A2', 'Legal review');
  expect(second.oldValue).toBe('Security review');
  expect(sheet.getRange('A2').getValue()).toBe('Legal review');
});

test('typed dates become date cells; e.value carries the serial number', () => {
  const { book, sheet } = plan();
  const e = book.userEdit(PROSPECT, 'Sheet1', 'B2', 'Dec 10, 2026');
  expect(e.value).toBe('46366');
  expect(sheet.getRange('B2').getValue()).toBeInstanceOf(Date);
  expect(sheet.getRange('B2').getDisplayValue()).toBe('Dec 10, 2026');
  // A cell that already has a date format keeps it whatever form the date is typed in.
  sheet.getRange('B3').setNumberFormat('yyyy-mm-dd');
  book.userEdit(PROSPECT, 'Sheet1', 'B3', '12/10/2026');
  expect(sheet.getRange('B3').getDisplayValue()).toBe('2026-12-10');
});

test('a rejecting rule refuses the edit and leaves the cell as it was', () => {
  const { book, sheet } = plan();
  book.userEdit(PROSPECT, 'Sheet1', 'C2', 'In progress');
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'C2', 'Maybe')).toThrow(
    'The data you entered in cell C2 violates the data validation rules set on this cell.',
  );
  expect(sheet.getRange('C2').getValue()).toBe('In progress');
  // The help text, when set, is what the dialog says.
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'B2', 'next week')).toThrow('Enter a date');
  expect(sheet.getRange('B2').getValue()).toBe('');
});

test('a rule that allows invalid input (the builder default) only warns', () => {
  const { book, sheet } = plan();
  const e = book.userEdit(PROSPECT, 'Sheet1', 'D2', 'not-an-email');
  expect(e.warnings).toEqual(['Invalid: Input must be a valid email address']);
  expect(sheet.getRange('D2').getValue()).toBe('not-an-email');
  expect(book.userEdit(PROSPECT, 'Sheet1', 'D3', 'ann@vendor.example').warnings).toEqual([]);
});

test('scripts may write anything, validation or not', () => {
  const { sheet } = plan();
  sheet.getRange('C2').setValue('Maybe');
  expect(sheet.getRange('C2').getValue()).toBe('Maybe');
});

test('a paste is checked cell by cell and carries no value', () => {
  const { book, sheet } = plan();
  const e = book.userPaste(PROSPECT, 'Sheet1', 'A2', [
    ['POC', '2026-04-01', 'Done'],
    ['Legal', '2026-05-01', 'Not started'],
  ]);
  expect(e).toMatchObject({ row: 2, column: 1, numRows: 2, numColumns: 3 });
  expect(e.value).toBeUndefined();
  expect(e.oldValue).toBeUndefined();
  expect(sheet.getRange('C3').getValue()).toBe('Not started');
  expect(() => book.userPaste(PROSPECT, 'Sheet1', 'A4', [['X', '2026-06-01', 'Nope']])).toThrow(
    'violates the data validation rules',
  );
  expect(sheet.getRange('A4').getValue()).toBe('');
});

test('checkbox cells accept TRUE and FALSE only', () => {
  const { book, sheet } = plan();
  sheet.getRange('E2').insertCheckboxes();
  expect(book.userEdit(PROSPECT, 'Sheet1', 'E2', 'TRUE').value).toBe('TRUE');
  expect(sheet.getRange('E2').getValue()).toBe(true);
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'E2', 'yes')).toThrow();
});

test('a custom-formula rule counts relative references from its range top-left', () => {
  const { app, book, sheet } = plan();
  // F must not be before B on the same row.
  sheet
    .getRange('F2:F20')
    .setDataValidation(
      app.newDataValidation().requireFormulaSatisfied('=F2>=B2').setAllowInvalid(false).build(),
    );
  book.userEdit(PROSPECT, 'Sheet1', 'B5', '2026-05-01');
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'F5', '2026-04-01')).toThrow();
  book.userEdit(PROSPECT, 'Sheet1', 'F5', '2026-05-02');
  // The rule follows rows inserted above it.
  sheet.insertRowsBefore(1, 2);
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'F7', '2026-04-01')).toThrow();
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'F8', '2026-04-01')).not.toThrow();
});

test('protected ranges stop people who are not editors of them', () => {
  const { app, book, sheet, as } = plan();
  const p = sheet.getRange('A1:D1').protect().setDescription('headers');
  p.removeEditors(p.getEditors());
  expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@vendor.example']);
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'A1', 'x')).toThrow(PROTECTED_MESSAGE);
  expect(book.userEdit('owner@vendor.example', 'Sheet1', 'A1', 'Step').value).toBe('Step');
  // A script running as the prospect is stopped too.
  as.user = PROSPECT;
  expect(() => sheet.getRange('B1').setValue('x')).toThrow(PROTECTED_MESSAGE);
  expect(p.canEdit()).toBe(false);
  as.user = 'owner@vendor.example';
  p.addEditor(PROSPECT);
  expect(book.userEdit(PROSPECT, 'Sheet1', 'A1', 'Step').warnings).toEqual([]);
  void app;
});

test('warning-only protections let the edit through with a warning', () => {
  const { book, sheet } = plan();
  const p = sheet.getRange('A1:D1').protect().setWarningOnly(true);
  p.removeEditors(p.getEditors());
  const e = book.userEdit(PROSPECT, 'Sheet1', 'A1', 'x');
  expect(e.warnings).toHaveLength(1);
  expect(sheet.getRange('A1').getValue()).toBe('x');
});

test('a sheet protection spares its unprotected ranges', () => {
  const { book, sheet } = plan();
  const p = sheet.protect();
  p.setUnprotectedRanges([sheet.getRange('A2:D20')]);
  p.removeEditors(p.getEditors());
  expect(book.userEdit(PROSPECT, 'Sheet1', 'A2', 'ok').value).toBe('ok');
  expect(() => book.userEdit(PROSPECT, 'Sheet1', 'A21', 'no')).toThrow(PROTECTED_MESSAGE);
  expect(sheet.protect()).toBeDefined();
  expect(
    sheet.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType),
  ).toHaveLength(1);
});

test('renaming a tab keeps formulas pointing at it', () => {
  const { app, book } = plan();
  const other = app.getActive().insertSheet('Data');
  other.getRange('A1').setValue(7);
  app.getActive().getSheetByName('Sheet1')!.getRange('H1').setFormula('=Data!A1*2');
  book.userRenameSheet('Data', 'Numbers');
  const h1 = app.getActive().getRange('Sheet1!H1');
  expect(h1.getFormula()).toBe('=Numbers!A1*2');
  expect(h1.getValue()).toBe(14);
  expect(() => book.userRenameSheet('Numbers', 'sheet1')).toThrow(
    'A sheet with the name "sheet1" already exists. Please enter another name.',
  );
});

test('structural edits by a named user respect protections', () => {
  const { book, sheet } = plan();
  sheet.getRange('A3:D3').setValue('keep');
  const p = sheet.getRange('A2:D4').protect();
  p.removeEditors(p.getEditors());
  expect(() => book.userDeleteRows('Sheet1', 3, 1, PROSPECT)).toThrow(PROTECTED_MESSAGE);
  expect(() => book.userInsertRows('Sheet1', 3, 1, PROSPECT)).toThrow(PROTECTED_MESSAGE);
  expect(() => book.userSortRange('Sheet1', 'A2:D4', 1, true, PROSPECT)).toThrow(PROTECTED_MESSAGE);
  book.userInsertRows('Sheet1', 10, 1, PROSPECT);
  book.userDeleteRows('Sheet1', 3, 1, 'owner@vendor.example');
  expect(sheet.getRange('A3').getValue()).toBe('');
});
