import { PLAUSIBLE_DATES } from './cells';
import {
  inPlanRange,
  requireDateInPlanRange,
  requireScheduleInPlanRange,
  layBackward,
  layForward,
  squeezeDurations,
} from './work-back';
import { scheduleTemplate } from './schedule';
import { smallTemplate } from '../../../test/support/templates';
import fc from 'fast-check';
import type { TemplateStep } from './templates';

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

const before = smallTemplate.steps.slice(0, 6);
const natural = before.map((s) => s.businessDays);
const dates = (spans: { startDate: string; targetDate: string }[]) =>
  spans.map((s) => [s.startDate, s.targetDate]);

describe('layBackward', () => {
  it('ends the last step on the end date and each step the business day before the next starts', () => {
    expect(dates(layBackward(before, natural, '2026-12-18'))).toEqual([
      ['2026-12-03', '2026-12-07'], // Thu-Mon: 3 business days over a weekend
      ['2026-12-08', '2026-12-09'],
      ['2026-12-10', '2026-12-15'],
      ['2026-12-11', '2026-12-15'], // in parallel: same end, its own 3 days
      ['2026-12-16', '2026-12-17'],
      ['2026-12-18', '2026-12-18'],
    ]);
  });

  it('skips holidays over the year end', () => {
    expect(dates(layBackward(before, natural, '2027-01-04', ['2026-12-25', '2027-01-01']))).toEqual(
      [
        ['2026-12-16', '2026-12-18'],
        ['2026-12-21', '2026-12-22'],
        ['2026-12-23', '2026-12-29'],
        ['2026-12-24', '2026-12-29'],
        ['2026-12-30', '2026-12-31'],
        ['2027-01-04', '2027-01-04'],
      ],
    );
  });

  it('passes through leap day', () => {
    expect(dates(layBackward(before, natural, '2028-03-01'))).toEqual([
      ['2028-02-15', '2028-02-17'],
      ['2028-02-18', '2028-02-21'],
      ['2028-02-22', '2028-02-25'],
      ['2028-02-23', '2028-02-25'],
      ['2028-02-28', '2028-02-29'],
      ['2028-03-01', '2028-03-01'],
    ]);
  });

  it('reports the duration each step was laid with', () => {
    expect(layBackward(before, natural, '2026-12-18').map((s) => s.businessDays)).toEqual(natural);
  });
});

describe('layForward', () => {
  const kickoff = smallTemplate.steps.slice(6);
  it('starts the business day after `after`', () => {
    expect(dates(layForward(kickoff, [3], '2026-12-18'))).toEqual([['2026-12-21', '2026-12-23']]);
    expect(dates(layForward(kickoff, [5], '2026-12-18', ['2026-12-25']))).toEqual([
      ['2026-12-21', '2026-12-28'],
    ]);
  });

  it('is the mirror of layBackward', () => {
    const forward = layForward(before, natural, '2026-12-02');
    expect(forward).toEqual(layBackward(before, natural, '2026-12-18'));
  });
});

const steps = (days: number[], parallel: number[] = []): TemplateStep[] =>
  days.map((businessDays, i) => ({
    phase: 'P',
    step: `S${i}`,
    side: 'Joint',
    ownerRole: 'AE',
    businessDays,
    seInvolved: false,
    parallelWithPrevious: parallel.includes(i),
  }));

describe('squeezeDurations', () => {
  it('keeps natural durations when they fit', () => {
    expect(squeezeDurations(steps([3, 2]), 5)).toEqual([3, 2]);
    expect(squeezeDurations(steps([3, 2]), 50)).toEqual([3, 2]);
  });

  it('gives up when even one day per step does not fit', () => {
    expect(squeezeDurations(steps([3, 2, 1]), 2)).toBeNull();
    expect(squeezeDurations(steps([3, 2, 1]), 0)).toBeNull();
  });

  it('shares the days proportionally, by largest remainder', () => {
    // Extra 5 days over weights 9, 4, 0 (of 13): 3.46 -> 3, 1.54 -> 1 + the one left over.
    expect(squeezeDurations(steps([10, 5, 1]), 8)).toEqual([4, 3, 1]);
    expect(squeezeDurations(steps([4, 4, 4]), 3)).toEqual([1, 1, 1]);
  });

  it('squeezes a parallel step with its anchor', () => {
    // Legal 4 -> 3 (see the schedule test), so security 3 -> round(2.25) = 2.
    expect(squeezeDurations(smallTemplate.steps.slice(0, 6), 9)).toEqual([2, 2, 3, 2, 1, 1]);
  });

  it('always fills exactly the days available, keeps 1 day each, and never lengthens a step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (days, seed) => {
          const needed = days.reduce((a, b) => a + b, 0);
          const available = days.length + (seed % Math.max(1, needed - days.length + 1));
          const squeezed = squeezeDurations(steps(days), available);
          expect(squeezed).not.toBeNull();
          const result = squeezed as number[];
          expect(result.reduce((a, b) => a + b, 0)).toBe(Math.min(available, needed));
          result.forEach((d, i) => {
            expect(d).toBeGreaterThanOrEqual(1);
            expect(d).toBeLessThanOrEqual(days[i]);
            days.forEach((other, j) => {
              if (days[i] > other) expect(d).toBeGreaterThanOrEqual(result[j]);
            });
          });
        },
      ),
    );
  });
});
