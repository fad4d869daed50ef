// TextStyle through the facade: Range.setTextStyles writes each cell's font in one call.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setTextStyles(TextStyle)
import { testBook } from './test-book.test-util';

const sheetOf = () => {
  const t = testBook();
  return { ...t, sheet: t.app.getActiveSheet() };
};

test('setTextStyles writes bold, italic, lines and colour per cell, read back by the font getters', () => {
  const { app, sheet } = sheetOf();
  const late = app.newTextStyle().setBold(true).setForegroundColor('#5C1600').build();
  const skipped = app.newTextStyle().setStrikethrough(true).setForegroundColor('grey').build();
  const dueSoon = app.newTextStyle().setUnderline(true).setItalic(true).build();
  sheet.getRange('A1:C1').setTextStyles([[late, skipped, dueSoon]]);
  const range = sheet.getRange('A1:C1');
  expect(range.getFontWeights()).toEqual([['bold', 'normal', 'normal']]);
  expect(range.getFontStyles()).toEqual([['normal', 'normal', 'italic']]);
  expect(range.getFontLines()).toEqual([['none', 'line-through', 'underline']]);
  expect(range.getFontColors()).toEqual([['#5c1600', '#808080', '#000000']]);
});

test('an attribute a style leaves unset keeps the cell’s own; false clears it', () => {
  const { app, sheet } = sheetOf();
  const cell = sheet.getRange('B2');
  cell.setFontWeight('bold').setFontColor('#0000ff');
  cell.setTextStyle(app.newTextStyle().setItalic(true).build());
  expect([cell.getFontWeight(), cell.getFontStyle(), cell.getFontColor()]).toEqual([
    'bold',
    'italic',
    '#0000ff',
  ]);
  cell.setTextStyle(app.newTextStyle().setBold(false).build());
  expect(cell.getFontWeight()).toBe('normal');
  const style = cell.getTextStyle();
  expect([style.isBold(), style.isItalic(), style.getForegroundColor()]).toEqual([
    false,
    true,
    '#0000ff',
  ]);
});

test('refuses what is not a TextStyle, and a grid of the wrong shape', () => {
  const { app, sheet } = sheetOf();
  const bold = app.newTextStyle().setBold(true).build();
  expect(() =>
    sheet.getRange('A1:B1').setTextStyles([[bold, 'bold' as unknown as typeof bold]]),
  ).toThrow(/don't match the method signature/);
  expect(() => sheet.getRange('A1:B1').setTextStyles([[bold]])).toThrow();
  expect(() => app.newTextStyle().setForegroundColor('not a colour')).toThrow(/not a colour/);
});
