import { formatDateKey, parseUserDate } from './text';

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

describe('parseUserDate', () => {
  it.each([
    ['2026-12-10', '2026-12-10'],
    ['2026/12/10', '2026-12-10'],
    ['2026-1-5', '2026-01-05'],
    ['12/10/2026', '2026-12-10'],
    ['1/5/2027', '2027-01-05'],
    ['Dec 10, 2026', '2026-12-10'],
    ['Dec 10 2026', '2026-12-10'],
    ['Dec. 10, 2026', '2026-12-10'],
    ['December 10th, 2026', '2026-12-10'],
    ['sept 3 2026', '2026-09-03'],
    ['10 Dec 2026', '2026-12-10'],
    ['10th December 2026', '2026-12-10'],
    ['  29   Feb   2028 ', '2028-02-29'],
    ['2/29/2028', '2028-02-29'],
  ])('reads %j as %s', (text, key) => {
    expect(parseUserDate(text)).toBe(key);
  });

  it.each([
    '2026-02-30',
    '2/29/2027',
    '13/10/2026',
    'Feb 30, 2026',
    'Decembre 10, 2026',
    'Dex 10, 2026',
    '10.12.2026',
    '12-10-2026',
    '12/10/26',
    'next Tuesday',
    '2026-12-10 extra',
    '',
  ])('refuses %j', (text) => {
    expect(parseUserDate(text)).toBeNull();
  });
});
