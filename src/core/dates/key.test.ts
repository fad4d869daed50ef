import { fromDayNumber, isDateKey, parseDateKey, requireDateKey, toDayNumber } from './key';

describe('DateKey parsing', () => {
  it.each(['2026-12-10', '2028-02-29', '2000-02-29', '9999-12-31', '0001-01-01', '1899-12-30'])(
    'accepts the real day %s',
    (key) => {
      expect(parseDateKey(key)).toBe(key);
      expect(isDateKey(key)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2027-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '0000-01-01',
    '2026-1-5',
    ' 2026-12-10',
    '2026-12-10T00:00',
    '12/10/2026',
    '',
  ])('rejects %j', (text) => {
    expect(parseDateKey(text)).toBeNull();
    expect(isDateKey(text)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(parseDateKey(20261210)).toBeNull();
    expect(parseDateKey(new Date(Date.UTC(2026, 11, 10)))).toBeNull();
    expect(parseDateKey(null)).toBeNull();
  });

  it('explains a bad date in user words', () => {
    expect(() => requireDateKey('2026-02-30', 'Target signature date')).toThrow(
      'Target signature date "2026-02-30" is not a valid date (expected yyyy-MM-dd',
    );
  });

  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
  });

  it.each(['0001-01-01', '0099-06-15', '1900-02-28', '1970-01-01', '2028-02-29', '9999-12-31'])(
    'round-trips %s through its day number (including two-digit years)',
    (key) => {
      expect(fromDayNumber(toDayNumber(key))).toBe(key);
    },
  );

  it('refuses to leave the four-digit years', () => {
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
  });
});
