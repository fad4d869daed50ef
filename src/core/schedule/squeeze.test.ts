import fc from 'fast-check';
import type { TemplateStep } from '../templates/types';
import { squeezeDurations } from './squeeze';
import { smallTemplate } from './test-template';

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
