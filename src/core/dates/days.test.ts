import fc from 'fast-check';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
  addDays,
  calendarDaysBetween,
  dayOfWeek,
  compareDateKeys,
  maxDateKey,
  minDateKey,
  isDateKey,
  parseDateKey,
  requireDateKey,
} from './days';

const CHRISTMAS = ['2026-12-25'];

describe('business days', () => {
  it('knows weekends and holidays', () => {
    expect(isBusinessDay('2026-12-18')).toBe(true); // Friday
    expect(isBusinessDay('2026-12-19')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-20')).toBe(false); // Sunday
    expect(isBusinessDay('2026-12-25')).toBe(true);
    expect(isBusinessDay('2026-12-25', CHRISTMAS)).toBe(false);
    expect(isBusinessDay('2026-12-25', new Set(CHRISTMAS))).toBe(false);
  });

  it('skips weekends both ways', () => {
    expect(addBusinessDays('2026-12-18', 1)).toBe('2026-12-21');
    expect(addBusinessDays('2026-12-21', -1)).toBe('2026-12-18');
    expect(addBusinessDays('2026-12-14', 5)).toBe('2026-12-21');
    expect(addBusinessDays('2026-12-14', 10)).toBe('2026-12-28');
  });

  it('moves from a weekend onto business days, and leaves it alone for 0', () => {
    expect(addBusinessDays('2026-12-19', 1)).toBe('2026-12-21');
    expect(addBusinessDays('2026-12-19', -1)).toBe('2026-12-18');
    expect(addBusinessDays('2026-12-19', 0)).toBe('2026-12-19');
  });

  it('skips holidays, over year end and leap day', () => {
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-25');
    expect(addBusinessDays('2026-12-24', 1, CHRISTMAS)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-31', 1, ['2027-01-01'])).toBe('2027-01-04');
    expect(addBusinessDays('2027-01-04', -1, ['2027-01-01'])).toBe('2026-12-31');
    expect(addBusinessDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addBusinessDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addBusinessDays('2028-03-01', -1, ['2028-02-29'])).toBe('2028-02-28');
  });

  it('counts business days from a to b', () => {
    expect(businessDaysBetween('2026-12-18', '2026-12-21')).toBe(1);
    expect(businessDaysBetween('2026-12-21', '2026-12-18')).toBe(-1);
    expect(businessDaysBetween('2026-12-01', '2026-12-31')).toBe(22);
    expect(businessDaysBetween('2026-12-31', '2026-12-01')).toBe(-22);
    // A holiday on a Saturday changes nothing; a repeated one counts once.
    expect(
      businessDaysBetween('2026-12-01', '2026-12-31', ['2026-12-25', '2026-12-26', '2026-12-25']),
    ).toBe(21);
    expect(businessDaysBetween('2028-01-01', '2029-01-01')).toBe(261);
    expect(businessDaysBetween('2026-12-10', '2026-12-10')).toBe(0);
  });

  it('finds the business day on or around a date', () => {
    expect(businessDayOnOrBefore('2026-12-26', CHRISTMAS)).toBe('2026-12-24');
    expect(businessDayOnOrAfter('2026-12-26', CHRISTMAS)).toBe('2026-12-28');
    expect(businessDayOnOrBefore('2026-12-23')).toBe('2026-12-23');
    expect(businessDayOnOrAfter('2026-12-23')).toBe('2026-12-23');
  });

  it('refuses fractional counts', () => {
    expect(() => addBusinessDays('2026-12-10', 0.5)).toThrow(RangeError);
  });
});

// A slow but obviously right oracle: walk the calendar one day at a time with UTC Dates.
function oracleIsBusinessDay(key: string, holidays: Set<string>): boolean {
  const day = new Date(`${key}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(key);
}
function oracleShift(key: string, days: number): string {
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('business days against a day-by-day oracle', () => {
  const keyArb = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z') })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10));
  const holidaysArb = fc.array(keyArb, { maxLength: 30 }).map((keys) => new Set(keys));

  it('addBusinessDays lands where counting business days one by one does', () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: -120, max: 120 }), holidaysArb, (key, n, holidays) => {
        let day = key;
        for (let left = Math.abs(n); left > 0;) {
          day = oracleShift(day, Math.sign(n));
          if (oracleIsBusinessDay(day, holidays)) left--;
        }
        expect(addBusinessDays(key, n, holidays)).toBe(day);
      }),
    );
  });

  it('businessDaysBetween undoes addBusinessDays', () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: -300, max: 300 }), holidaysArb, (key, n, holidays) => {
        const start = businessDayOnOrAfter(key, holidays);
        const end = addBusinessDays(start, n, holidays);
        expect(businessDaysBetween(start, end, holidays)).toBe(n);
      }),
    );
  });

  it('businessDaysBetween is antisymmetric between business days', () => {
    fc.assert(
      fc.property(keyArb, keyArb, holidaysArb, (x, y, holidays) => {
        const a = businessDayOnOrAfter(x, holidays);
        const b = businessDayOnOrAfter(y, holidays);
        expect(businessDaysBetween(a, b, holidays)).toBe(-businessDaysBetween(b, a, holidays) || 0);
      }),
    );
  });

  it('counts a weekday before a weekend as one business day ago', () => {
    // Not antisymmetric off business days, by design: from Saturday, Friday is 1 day back.
    expect(businessDaysBetween('2026-12-19', '2026-12-18')).toBe(-1);
    expect(businessDaysBetween('2026-12-18', '2026-12-19')).toBe(0);
  });
});

describe('calendar days', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-10', 0)).toBe('2026-12-10');
    expect(addDays('2026-12-10', 365)).toBe('2027-12-10');
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('is not moved by DST changes (US, Europe, New Zealand, Chile)', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-04-05', 1)).toBe('2026-04-06');
    expect(addDays('2026-09-27', -1)).toBe('2026-09-26');
    expect(addDays('2026-09-06', 1)).toBe('2026-09-07');
    expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(calendarDaysBetween('2026-10-25', '2026-11-08')).toBe(14);
  });

  it('handles a day a zone skipped entirely (Samoa, 2011-12-30)', () => {
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(calendarDaysBetween('2011-12-29', '2011-12-31')).toBe(2);
  });

  it('says b - a', () => {
    expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(calendarDaysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(calendarDaysBetween('2026-12-10', '2026-12-03')).toBe(-7);
  });

  it('gives ISO weekdays', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(7);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('2026-12-25')).toBe(5);
    expect(dayOfWeek('2026-11-02')).toBe(1);
    expect(dayOfWeek('2028-02-29')).toBe(2);
  });

  it('refuses fractional day counts', () => {
    expect(() => addDays('2026-12-10', 1.5)).toThrow('whole number');
  });
});

describe('comparing DateKeys', () => {
  it('orders by calendar day', () => {
    expect(compareDateKeys('2026-12-09', '2026-12-10')).toBeLessThan(0);
    expect(compareDateKeys('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(compareDateKeys('2028-02-29', '2028-02-29')).toBe(0);
  });

  it('refuses to compare something that is not a date', () => {
    expect(() => compareDateKeys('2026-12-10', '12/10/2026')).toThrow(RangeError);
  });

  it('finds the latest and earliest, skipping blanks', () => {
    expect(maxDateKey('2026-12-10', null, '2027-01-02', undefined, '2026-12-31')).toBe(
      '2027-01-02',
    );
    expect(minDateKey('2026-12-10', null, '2027-01-02', '2026-11-30')).toBe('2026-11-30');
    expect(maxDateKey()).toBeNull();
    expect(minDateKey(null, undefined)).toBeNull();
  });
});

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

  it('counts calendar days across the epoch and leap days', () => {
    expect(calendarDaysBetween('1970-01-01', '1970-01-02')).toBe(1);
    expect(calendarDaysBetween('1970-01-01', '1969-12-31')).toBe(-1);
    expect(calendarDaysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(calendarDaysBetween('1899-12-30', '2026-12-10')).toBe(46366);
  });

  it.each(['0001-01-01', '0099-06-15', '1900-02-28', '1970-01-01', '2028-02-29', '9999-12-30'])(
    'round-trips %s through a day and back (including two-digit years)',
    (key) => {
      expect(addDays(addDays(key, 1), -1)).toBe(key);
      expect(calendarDaysBetween(key, addDays(key, 1))).toBe(1);
    },
  );

  it('refuses to leave the four-digit years', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});
