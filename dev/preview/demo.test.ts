// The demo's story is told back from the last weekly email the clock has passed: Monday 9:00 in
// the preview's zone. The whole story runs once end to end (test/e2e/preview/demo.test.ts, on a
// Monday before 9:00); the other ends of a week are checked here.
import { fromWallClock } from '../emulator/timezone';
import { lastDigestDay } from './demo';
import { PREVIEW_TIME_ZONE } from './session';

function wall(text: string): number {
  const [date, time] = text.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return fromWallClock(
    { year, month, day, hour, minute, second: 0, millisecond: 0 },
    PREVIEW_TIME_ZONE,
  );
}

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
