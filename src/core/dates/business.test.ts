import fc from 'fast-check';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
} from './business';

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
