// Conditional format rules: stored, read back, replaced wholesale, and evaluated.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { testBook } from './test-book.test-util';

function plan() {
  const t = testBook({ at: '2026-03-02T15:00:00Z' }); // Monday Mar 2 in New York
  const sheet = t.app.getActiveSheet();
  sheet.getRange('A1:C1').setValues([['Step', 'Target', 'Status']]);
  sheet.getRange('A2:C5').setValues([
    ['late', '2026-02-20', 'In progress'],
    ['done late', '2026-02-20', 'Done'],
    ['future', '2026-04-01', 'Not started'],
    ['blocked', '2026-04-01', 'Blocked'],
  ]);
  return { ...t, sheet };
}

test('rules are evaluated per cell, relative to the top-left of the range', () => {
  const { app, sheet, book } = plan();
  const late = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=AND($B2<TODAY(),$C2<>"Done")')
    .setBackground('#f4cccc')
    .setFontColor('#990000')
    .setRanges([sheet.getRange('A2:C5')])
    .build();
  sheet.setConditionalFormatRules([late]);
  expect(book.effectiveFormat('Sheet1', 2, 1)).toEqual({
    background: '#f4cccc',
    fontColor: '#990000',
    bold: false,
    italic: false,
    strikethrough: false,
  });
  expect(book.effectiveFormat('Sheet1', 2, 3).background).toBe('#f4cccc');
  expect(book.effectiveFormat('Sheet1', 3, 1).background).toBe('#ffffff');
  expect(book.effectiveFormat('Sheet1', 4, 1).background).toBe('#ffffff');
  // Outside the rule's range nothing applies, whatever the formula would say.
  expect(book.effectiveFormat('Sheet1', 1, 1).background).toBe('#ffffff');
});

test('the first matching rule wins; unset properties fall back to the cell own format', () => {
  const { app, sheet, book } = plan();
  sheet.getRange('A5').setFontWeight('bold').setBackground('#eeeeee');
  const blocked = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="Blocked"')
    .setFontColor('#ff0000')
    .setRanges([sheet.getRange('A2:A5')])
    .build();
  const anyStep = app
    .newConditionalFormatRule()
    .whenCellNotEmpty()
    .setBackground('#00ff00')
    .setRanges([sheet.getRange('A2:A5')])
    .build();
  sheet.setConditionalFormatRules([blocked, anyStep]);
  expect(book.effectiveFormat('Sheet1', 5, 1)).toMatchObject({
    fontColor: '#ff0000',
    background: '#eeeeee',
    bold: true,
  });
  expect(book.effectiveFormat('Sheet1', 4, 1).background).toBe('#00ff00');
  // Apps Script's getBackground is the cell's own colour, not the painted one.
  expect(sheet.getRange('A4').getBackground()).toBe('#ffffff');
});

test('TODAY() in a rule follows the clock after a recalculation', () => {
  const { app, sheet, book, clock } = plan();
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$B4<TODAY()')
    .setBackground('#f4cccc')
    .setRanges([sheet.getRange('A4:A4')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  expect(book.effectiveFormat('Sheet1', 4, 1).background).toBe('#ffffff');
  clock.now = Date.parse('2026-04-02T15:00:00Z');
  book.recalculate();
  expect(book.effectiveFormat('Sheet1', 4, 1).background).toBe('#f4cccc');
});

test('built-in conditions: empty, text, numbers and dates', () => {
  const { app, sheet, book } = plan();
  sheet.getRange('E2:E4').setValues([[''], [5], ['Blocked by legal']]);
  const r = (a1: string) => [sheet.getRange(a1)];
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#000001')
      .setRanges(r('E2'))
      .build(),
    app
      .newConditionalFormatRule()
      .whenNumberLessThan(6)
      .setBackground('#000002')
      .setRanges(r('E3'))
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextContains('blocked')
      .setBackground('#000003')
      .setRanges(r('E4'))
      .build(),
    app
      .newConditionalFormatRule()
      .whenDateBefore(app.RelativeDate.TODAY)
      .setBackground('#000004')
      .setRanges(r('B2:B5'))
      .build(),
  ]);
  const bg = (row: number, col: number) => book.effectiveFormat('Sheet1', row, col).background;
  expect([bg(2, 5), bg(3, 5), bg(4, 5)]).toEqual(['#000001', '#000002', '#000003']);
  expect([bg(2, 2), bg(4, 2)]).toEqual(['#000004', '#ffffff']);
});

test('getConditionalFormatRules returns copies; setConditionalFormatRules replaces all', () => {
  const { app, sheet } = plan();
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="Done"')
    .setStrikethrough(true)
    .setRanges([sheet.getRange('A2:C5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const [read] = sheet.getConditionalFormatRules();
  const cond = read.getBooleanCondition()!;
  expect(String(cond.getCriteriaType())).toBe('CUSTOM_FORMULA');
  expect(cond.getCriteriaValues()).toEqual(['=$C2="Done"']);
  expect(cond.getStrikethrough()).toBe(true);
  expect(cond.getBackground()).toBeNull();
  expect(read.getRanges().map((x) => x.getA1Notation())).toEqual(['A2:C5']);
  // Changing a copy through its builder does not touch the stored rule.
  read
    .copy()
    .setRanges([sheet.getRange('A1')])
    .build();
  expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:C5');
  sheet.setConditionalFormatRules([]);
  expect(sheet.getConditionalFormatRules()).toEqual([]);
});

test('a rule needs a condition', () => {
  const { app } = plan();
  expect(() => app.newConditionalFormatRule().setBackground('#ff0000').build()).toThrow();
});
