import { compareDateKeys, maxDateKey, minDateKey } from './compare';

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
