import { formatDateSerial } from '../../../dev/emulator/spreadsheet/number-format';
import { instantToSerial } from '../../../dev/emulator/timezone';
import {
  formatClock,
  formatDateKey,
  formatInstant,
  parseUserDate,
  SHEET_DATE_FORMAT,
  SHEET_DATE_TIME_FORMAT,
} from './text';

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

describe('formatClock', () => {
  it('writes the 24-hour clock with two digits each', () => {
    expect(formatClock(9)).toBe('09:00');
    expect(formatClock(16, 5)).toBe('16:05');
    expect(formatClock(24)).toBe('00:00');
  });
});

describe('formatInstant', () => {
  it('shows the wall clock of the given zone, not the machine’s', () => {
    // 08:12 UTC is 09:12 in Berlin (CET) and 00:12 in Los Angeles (PST).
    const at = '2025-03-03T08:12:00Z';
    expect(formatInstant(at, 'Europe/Berlin', { weekday: true })).toBe('Mon, Mar 3 at 09:12');
    expect(formatInstant(Date.parse(at), 'America/Los_Angeles')).toBe('Mar 3 at 00:12');
  });

  it('crosses the date line with the zone, and names the year only when it differs', () => {
    const at = new Date('2025-12-31T23:30:00Z');
    expect(formatInstant(at, 'Asia/Tokyo', { weekday: true, year: '2025-12-31' })).toBe(
      'Thu, Jan 1, 2026 at 08:30',
    );
    expect(formatInstant(at, 'UTC', { year: '2025-06-01' })).toBe('Dec 31 at 23:30');
  });

  it('falls back to UTC, labelled, for an unknown zone; refuses what is not a moment', () => {
    expect(formatInstant('2025-03-03T08:12:00Z', 'Mars/Olympus', { year: true })).toBe(
      'Mar 3, 2025 at 08:12 UTC',
    );
    expect(() => formatInstant('soon', 'UTC')).toThrow(RangeError);
  });
});

describe('the sheet number formats', () => {
  // The emulator renders Sheets number formats; a cell must read as the add-on's text does.
  it('show a date cell and a moment cell as formatDateKey and formatInstant write them', () => {
    const zone = 'Pacific/Auckland';
    const moment = Date.parse('2026-12-05T13:42:00Z'); // Dec 6, 02:42 in Auckland
    const serial = instantToSerial(moment, zone);
    expect(formatDateSerial(Math.floor(serial), SHEET_DATE_FORMAT)).toBe(
      formatDateKey('2026-12-06', { year: true }),
    );
    expect(formatDateSerial(serial, SHEET_DATE_TIME_FORMAT)).toBe(
      formatInstant(moment, zone, { year: true }),
    );
    expect(formatDateSerial(serial, SHEET_DATE_TIME_FORMAT)).toBe('Dec 6, 2026 at 02:42');
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
