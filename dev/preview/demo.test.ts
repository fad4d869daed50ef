// The demo's story is told back from the last weekly email the clock has passed: Monday 9:00 in
// the preview's zone. The whole story runs once end to end (test/e2e/preview/demo.test.ts, on a
// Monday before 9:00); the other ends of a week are checked here.
import { parseInstant } from '../emulator/clock';
import { lastDigestDay } from './demo';
import { PREVIEW_TIME_ZONE } from './session';

/** A wall-clock time in the preview's zone, as an instant. */
const wall = (text: string): number => parseInstant(text, PREVIEW_TIME_ZONE);

describe('lastDigestDay', () => {
  it.each([
    ['a Friday afternoon', '2026-11-27T15:30', '2026-11-23'],
    ['a Sunday night', '2026-11-29T23:59', '2026-11-23'],
    ['a Monday before 9:00', '2026-11-30T08:15', '2026-11-23'],
    ['a Monday at 8:59', '2026-11-30T08:59', '2026-11-23'],
    ['a Monday at 9:00', '2026-11-30T09:00', '2026-11-30'],
    ['a Tuesday morning', '2026-12-01T00:30', '2026-11-30'],
    // New York leaves summer time on Sunday 1 November 2026.
    ['the Monday after the clocks went back, before 9:00', '2026-11-02T08:30', '2026-10-26'],
  ])('on %s (%s) is the Monday %s', (_, now, monday) => {
    expect(lastDigestDay(wall(now))).toBe(monday);
  });
});
