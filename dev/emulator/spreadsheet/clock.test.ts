// TODAY() and NOW() follow the emulator's clock in the SPREADSHEET's time zone, whatever the
// process's zone (https://support.google.com/docs/answer/3092984: they use the spreadsheet's
// time zone setting; https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)).
import { testBook } from './test-book.test-util';

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

test('TODAY is the date in the spreadsheet zone, not the process zone', () => {
  // 03:00 UTC on Mar 2 is still Mar 1 in Los Angeles and already Mar 2 in Kiritimati.
  process.env.TZ = 'Pacific/Kiritimati';
  const { app, book } = testBook({ timeZone: 'America/Los_Angeles', at: '2026-03-02T03:00:00Z' });
  const sheet = app.getActiveSheet();
  sheet.getRange('A1:B1').setFormulas([['=TODAY()', '=NOW()']]);
  sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
  sheet.getRange('B1').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([
    ['2026-03-01', '2026-03-01 19:00:00'],
  ]);
  // A date cell reads back as midnight in the spreadsheet zone.
  expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-01T08:00:00.000Z');
  book.timeZone = 'Asia/Tokyo';
  expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-02');
});

test('volatile cells move with the clock on recalculate()', () => {
  const { app, book, clock } = testBook({ at: '2026-03-02T15:00:00Z' });
  const sheet = app.getActiveSheet();
  sheet.getRange('A1').setValue('2026-03-09');
  sheet.getRange('B1').setFormula('=A1-TODAY()');
  expect(sheet.getRange('B1').getValue()).toBe(7);
  clock.now += 3 * 86_400_000;
  book.recalculate();
  expect(sheet.getRange('B1').getValue()).toBe(4);
});

test('a DST change in the spreadsheet zone does not shift dates', () => {
  // New York springs forward on 2026-03-08.
  const { app } = testBook({ at: '2026-03-10T12:00:00Z' });
  const sheet = app.getActiveSheet();
  sheet.getRange('A1:A2').setValues([['2026-03-07'], ['2026-03-09']]);
  const [[before], [after]] = sheet.getRange('A1:A2').getValues() as Date[][];
  expect(before.toISOString()).toBe('2026-03-07T05:00:00.000Z');
  expect(after.toISOString()).toBe('2026-03-09T04:00:00.000Z');
});
