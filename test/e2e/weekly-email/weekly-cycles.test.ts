// Four weekly cycles driven only by the hourly trigger, across a DST change, in two spreadsheet
// time zones (and a script time zone that is neither): every approved recipient gets one email
// per Monday, at 9:00 on the SPREADSHEET's wall clock, before and after the clocks change.
import { addDays } from '../../../src/core/dates';
import { wallClockOf } from '../../../src/core/dates';
import {
  APPROVED,
  digestState,
  digestWorld,
  digests,
  expectExactlyOncePerPeriod,
  localHourOfSend,
  notes,
  tickTriggers,
  WEEKLY,
} from '../../support/digest-emulator';

jest.setTimeout(180_000);

const CASES = [
  // US clocks go back on Sunday 2026-11-01.
  { timeZone: 'America/New_York', start: '2026-10-12', dstSunday: '2026-11-01' },
  // EU clocks go forward on Sunday 2026-03-29.
  { timeZone: 'Europe/Berlin', start: '2026-03-16', dstSunday: '2026-03-29' },
];

describe.each(CASES)('four weekly cycles in $timeZone', ({ timeZone, start, dstSunday }) => {
  // 07:30, so that four times 168 hours later (an hour more or less on the wall clock, after the
  // change) the fifth Monday's 9:00 has not come yet.
  const { em } = digestWorld({ timeZone, now: `${start}T07:30:00`, scriptTimeZone: 'Asia/Tokyo' });
  const periods = [0, 7, 14, 21].map((d) => addDays(start, d));

  beforeAll(() => {
    for (let week = 0; week < 4; week++) em.advance('7d');
  });

  it('crosses the DST change', () => {
    expect(periods[0] < dstSunday && dstSunday < periods[3]).toBe(true);
  });

  it('sends each approved recipient exactly one email per week, and nobody else any', () => {
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, periods);
    expect(notes(em)).toEqual([]);
  });

  it('sends at the configured hour of the spreadsheet’s wall clock, before and after the change', () => {
    const hours = new Set(digests(em).map((m) => localHourOfSend(m, timeZone)));
    expect([...hours]).toEqual([WEEKLY.hour]);
  });

  it('keeps one hourly trigger, and re-saving the same schedule changes nothing', () => {
    expect(tickTriggers(em)).toHaveLength(1);
    em.call('configureWeeklyDigest', WEEKLY);
    em.call('configureWeeklyDigest', WEEKLY);
    expect(tickTriggers(em)).toHaveLength(1);
    // The week just sent stays sent: a tick now (before next Monday's 9:00) mails nobody.
    const before = digests(em).length;
    em.call('weeklyDigestTick');
    expect(digests(em)).toHaveLength(before);
  });

  it('shows the last send, the next Monday 9:00 local, and one log entry per week', () => {
    const state = digestState(em);
    const next = wallClockOf(Date.parse(state.nextRun as string), timeZone);
    expect(next).toMatchObject({ dateKey: addDays(start, 28), hour: WEEKLY.hour, minute: 0 });
    expect(Date.parse(state.lastSent as string)).toBeGreaterThanOrEqual(
      Date.parse(digests(em).at(-1)!.sentAt) - 1000,
    );
    const scheduled = state.log.filter((e) => e.trigger === 'schedule');
    expect(scheduled.map((e) => e.period).sort()).toEqual(periods);
    for (const entry of scheduled) expect([...entry.sent].sort()).toEqual([...APPROVED].sort());
    expect(state.banner).toBeNull();
  });
});

describe('the schedule is owed from when it is switched on', () => {
  it('a Monday schedule saved on a Wednesday sends nothing until the next Monday', () => {
    const { em, timeZone } = digestWorld({ now: '2026-10-14T10:00:00' });
    em.advance('4d');
    expect(digests(em)).toEqual([]);
    em.advance('3d');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, ['2026-10-19']);
  });

  it('a change of hour applies from the next matching slot', () => {
    const { em, timeZone } = digestWorld({ now: '2026-10-12T08:30:00' });
    em.advance('1d');
    em.call('configureWeeklyDigest', { ...WEEKLY, weekday: 'TUESDAY', hour: 15 });
    em.advance('7d');
    const days = digests(em).map((m) => [m.sentAt, localHourOfSend(m, timeZone)]);
    expect(days.filter(([, h]) => h === 15)).toHaveLength(APPROVED.length);
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, ['2026-10-12', '2026-10-13']);
  });
});
