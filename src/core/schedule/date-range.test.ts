import { PLAUSIBLE_DATES } from '../cells';
import { inPlanRange, requireDateInPlanRange, requireScheduleInPlanRange } from './date-range';
import { scheduleTemplate } from './schedule-template';

describe('the dates a plan can hold', () => {
  it('are exactly the dates the step reader accepts', () => {
    expect(inPlanRange(PLAUSIBLE_DATES.first)).toBe(true);
    expect(inPlanRange(PLAUSIBLE_DATES.last)).toBe(true);
    expect(inPlanRange('1999-12-31')).toBe(false);
    expect(inPlanRange('2101-01-01')).toBe(false);
  });

  it('name the field and the range when one is outside', () => {
    expect(requireDateInPlanRange('2026-12-10', 'Go-live date')).toBe('2026-12-10');
    expect(() => requireDateInPlanRange('2206-12-10', 'Go-live date')).toThrow(
      "Go-live date 2206-12-10 is out of range: a plan's dates must fall in 2000-01-01 to 2100-12-31.",
    );
    expect(() => requireScheduleInPlanRange('1999-10-18', '2000-01-03')).toThrow(
      /^The plan would run from 1999-10-18 to 2000-01-03, outside/,
    );
  });
});

describe('scheduleTemplate refuses dates it could not read back', () => {
  const today = '2026-11-02';
  it.each([
    ['enterprise', '9999-12-31', undefined, /Target signature date 9999-12-31 is out of range/],
    ['onboarding', '0001-01-01', undefined, /Signature \(start\) date 0001-01-01 is out of range/],
    ['enterprise', '2200-01-01', undefined, /Target signature date 2200-01-01 is out of range/],
    ['enterprise', '2027-01-29', '9999-12-31', /Go-live date 9999-12-31 is out of range/],
    // Inside the range, but the work-back reaches into 1999.
    ['enterprise', '2000-01-03', undefined, /^The plan would run from 1999-/],
    // Inside the range, but the onboarding steps run on into 2101.
    ['onboarding', '2100-12-30', undefined, /to 2101-.*outside the dates a plan can hold/],
  ])('%s from %s (go-live %s)', (template, signatureDate, goLiveDate, message) => {
    expect(() => scheduleTemplate({ template, signatureDate, goLiveDate, today })).toThrow(message);
  });

  it('still schedules a plan three years out', () => {
    const r = scheduleTemplate({ template: 'enterprise', signatureDate: '2029-11-02', today });
    expect(r.signatureDate).toBe('2029-11-02');
    expect(r.startsInPast).toBeNull();
  });
});
