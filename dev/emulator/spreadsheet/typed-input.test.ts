// How Sheets reads typed text in the en_US locale (https://support.google.com/docs/answer/3094139
// and the USER_ENTERED value input option: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
import { parseTypedInput } from './typed-input';

const p = (s: string) => parseTypedInput(s, 2026);
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

test('apostrophe keeps text, = makes a formula, blank is blank', () => {
  expect(p("'0042")).toEqual({ kind: 'text', text: '0042' });
  expect(p("'=A1")).toEqual({ kind: 'text', text: '=A1' });
  expect(p('=A1+1')).toEqual({ kind: 'formula', formula: '=A1+1' });
  expect(p('')).toEqual({ kind: 'blank' });
});

test('numbers, percentages, currency, booleans', () => {
  expect(p('42')).toEqual({ kind: 'number', value: 42 });
  expect(p('-3.5')).toEqual({ kind: 'number', value: -3.5 });
  expect(p('1,234.5')).toEqual({ kind: 'number', value: 1234.5, format: '#,##0' });
  expect(p('15%')).toEqual({ kind: 'number', value: 0.15, format: '0%' });
  expect(p('12.5%')).toEqual({ kind: 'number', value: 0.125, format: '0.00%' });
  expect(p('$1,000')).toEqual({ kind: 'number', value: 1000, format: '"$"#,##0.00' });
  expect(p('true')).toEqual({ kind: 'boolean', value: true });
  expect(p('FALSE')).toEqual({ kind: 'boolean', value: false });
});

test('dates in the en_US forms', () => {
  const dec10 = serial(2026, 12, 10);
  expect(p('2026-12-10')).toEqual({ kind: 'date', serial: dec10, format: 'yyyy-mm-dd' });
  expect(p('12/10/2026')).toEqual({ kind: 'date', serial: dec10, format: 'M/d/yyyy' });
  expect(p('Dec 10 2026')).toMatchObject({ kind: 'date', serial: dec10 });
  expect(p('Dec 10, 2026')).toMatchObject({ kind: 'date', serial: dec10 });
  expect(p('10 Dec 2026')).toMatchObject({ kind: 'date', serial: dec10 });
  expect(p('December 10, 2026')).toMatchObject({ kind: 'date', serial: dec10 });
  expect(p('12/10')).toMatchObject({ kind: 'date', serial: dec10 });
});

test('date-times and times', () => {
  const d = p('2026-12-10 14:30');
  expect(d.kind).toBe('date');
  expect(d.kind === 'date' && d.serial).toBeCloseTo(serial(2026, 12, 10) + 14.5 / 24, 9);
  const t = p('9:15 pm');
  expect(t.kind === 'date' && t.serial).toBeCloseTo(21.25 / 24, 9);
});

test('impossible dates and other text stay text', () => {
  expect(p('2026-02-30')).toEqual({ kind: 'text', text: '2026-02-30' });
  expect(p('13/45/2026')).toEqual({ kind: 'text', text: '13/45/2026' });
  expect(p('POC kickoff')).toEqual({ kind: 'text', text: 'POC kickoff' });
  expect(p('Decide 10 2026')).toEqual({ kind: 'text', text: 'Decide 10 2026' });
});
