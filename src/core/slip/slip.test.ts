import { slipDays, totalSlipDays } from './slip';

describe('slipDays', () => {
  it('is positive when the target moved later than the baseline', () => {
    expect(slipDays({ baselineDate: '2026-02-27', targetDate: '2026-03-02' })).toBe(3);
    expect(slipDays({ baselineDate: '2028-02-28', targetDate: '2028-03-01' })).toBe(2);
    expect(slipDays({ baselineDate: '2026-12-30', targetDate: '2027-01-02' })).toBe(3);
  });

  it('is negative when it moved earlier and 0 when it held', () => {
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: '2026-03-03' })).toBe(-7);
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: '2026-03-10' })).toBe(0);
  });

  it('is null without both dates', () => {
    expect(slipDays({ baselineDate: null, targetDate: '2026-03-10' })).toBeNull();
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: null })).toBeNull();
  });
});

describe('totalSlipDays', () => {
  it('adds delays only, and leaves Skipped steps out', () => {
    expect(
      totalSlipDays([
        { baselineDate: '2026-03-01', targetDate: '2026-03-05', status: 'Done' },
        { baselineDate: '2026-03-01', targetDate: '2026-03-03', status: 'Blocked' },
        { baselineDate: '2026-03-10', targetDate: '2026-03-01', status: 'Not started' },
        { baselineDate: '2026-03-01', targetDate: '2026-04-01', status: 'Skipped' },
        { baselineDate: null, targetDate: '2026-04-01', status: 'Not started' },
      ]),
    ).toBe(6);
  });
});
