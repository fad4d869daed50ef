import { formatDateKey } from './display';

describe('formatDateKey', () => {
  it('prints month and day, the year when asked or when it differs from a reference day', () => {
    expect(formatDateKey('2026-11-19')).toBe('Nov 19');
    expect(formatDateKey('2026-01-05', { year: true })).toBe('Jan 5, 2026');
    expect(formatDateKey('2027-01-13', { year: '2026-11-25' })).toBe('Jan 13, 2027');
    expect(formatDateKey('2026-12-18', { year: '2026-11-25' })).toBe('Dec 18');
  });

  it('adds the weekday when asked', () => {
    expect(formatDateKey('2026-12-19', { weekday: true })).toBe('Sat, Dec 19');
    expect(formatDateKey('2028-02-29', { weekday: true, year: true })).toBe('Tue, Feb 29, 2028');
  });

  it('refuses a bad key', () => {
    expect(() => formatDateKey('2026-02-30')).toThrow(RangeError);
  });
});
