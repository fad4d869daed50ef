import { dateKeyOfInstant } from '../../core/dates';
import { sheetValue, textValue } from './sheet-values';

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
