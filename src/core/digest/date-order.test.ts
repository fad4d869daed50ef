import fc from 'fast-check';
import { addDays, compareDateKeys } from '../dates';
import type { DateKey } from '../model';
import { optionalDateOrder } from './date-order';

const key = fc.integer({ min: -800, max: 800 }).map((d) => addDays('2026-12-07', d));

describe('optionalDateOrder', () => {
  it('orders dates as compareDateKeys does, dated before undated', () => {
    fc.assert(
      fc.property(fc.array(fc.option(key, { nil: null })), (keys) => {
        const sorted = [...keys].sort(optionalDateOrder());
        const dated = keys.filter((k): k is DateKey => k !== null).sort(compareDateKeys);
        expect(sorted).toEqual([...dated, ...keys.filter((k) => k === null)]);
      }),
    );
  });

  it('still refuses a key that is not a date, however often it is compared', () => {
    const compare = optionalDateOrder();
    expect(compare('2026-12-07', '2026-12-08')).toBeLessThan(0);
    expect(() => compare('2026-12-07', '2026-02-30')).toThrow(RangeError);
    expect(() => compare('2026-02-30', '2026-12-07')).toThrow(RangeError);
  });
});
