// Display values per number format (Range.getDisplayValues:
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()).
import { formatCellValue, formatGeneralNumber, isDateFormat } from './number-format';

const dec10 = (Date.UTC(2026, 11, 10) - Date.UTC(1899, 11, 30)) / 86_400_000;

test('date patterns', () => {
  expect(formatCellValue(dec10, 'yyyy-mm-dd')).toBe('2026-12-10');
  expect(formatCellValue(dec10, 'mmm d, yyyy')).toBe('Dec 10, 2026');
  expect(formatCellValue(dec10, 'd mmm yyyy')).toBe('10 Dec 2026');
  expect(formatCellValue(dec10, 'm/d/yyyy')).toBe('12/10/2026');
  expect(formatCellValue(dec10, 'M/d/yyyy')).toBe('12/10/2026');
  expect(formatCellValue(dec10, 'dddd, mmmm d')).toBe('Thursday, December 10');
  expect(formatCellValue(dec10 + 0.5625, 'M/d/yyyy H:mm:ss')).toBe('12/10/2026 13:30:00');
  expect(formatCellValue(dec10 + 0.5625, 'h:mm AM/PM')).toBe('1:30 PM');
});

test('number patterns', () => {
  expect(formatCellValue(0.256, '0%')).toBe('26%');
  expect(formatCellValue(0.256, '0.0%')).toBe('25.6%');
  expect(formatCellValue(2.5, '0')).toBe('3');
  expect(formatCellValue(2, '0.00')).toBe('2.00');
  expect(formatCellValue(1234567.891, '#,##0.00')).toBe('1,234,567.89');
  expect(formatCellValue(-5, '0.0')).toBe('-5.0');
  expect(formatCellValue(1500, '"$"#,##0.00')).toBe('$1,500.00');
  expect(formatCellValue(3, '0 "days"')).toBe('3 days');
  expect(formatCellValue(-3, '0;(0)')).toBe('(3)');
});

test('plain text, General, booleans, blanks', () => {
  expect(formatCellValue('0042', '@')).toBe('0042');
  expect(formatCellValue(1 / 3, undefined)).toBe('0.3333333333');
  expect(formatCellValue(0.1 + 0.2, 'General')).toBe('0.3');
  expect(formatCellValue(true, undefined)).toBe('TRUE');
  expect(formatCellValue(null, 'yyyy-mm-dd')).toBe('');
  expect(formatGeneralNumber(1e20)).toBe('1E+20');
});

test('which formats are dates', () => {
  for (const f of ['yyyy-mm-dd', 'M/d/yyyy', 'mmm d', 'h:mm', 'dddd'])
    expect(isDateFormat(f)).toBe(true);
  for (const f of ['0.00', '0%', '@', 'General', '"days"0', '#,##0'])
    expect(isDateFormat(f)).toBe(false);
});
