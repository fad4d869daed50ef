import { type Weekday, WEEKDAYS } from '../../shared/api';
import { addDays, calendarDaysBetween, dayOfWeek } from '../dates';
import { wallClockOf } from '../dates';
import { digestPeriod, isoWeekdayOf, type DigestSchedule, parseWeekday, sendDayOf } from './period';

const HOUR = 3_600_000;

describe('digestPeriod', () => {
  const monday9: DigestSchedule = { weekday: 'MONDAY', hour: 9 };

  it('names the period by the most recent slot at or before now', () => {
    // 2024-03-13 is a Wednesday.
    expect(digestPeriod({ schedule: monday9, now: { dateKey: '2024-03-13', hour: 14 } })).toEqual({
      period: '2024-03-11',
      nextPeriod: '2024-03-18',
      due: true,
      nextSlot: { dateKey: '2024-03-18', hour: 9 },
      nextRun: { dateKey: '2024-03-13', hour: 15 },
    });
  });

  it('is still last week on the slot day before the slot hour', () => {
    const result = digestPeriod({ schedule: monday9, now: { dateKey: '2024-03-11', hour: 8 } });
    expect(result.period).toBe('2024-03-04');
    expect(result.nextSlot).toEqual({ dateKey: '2024-03-11', hour: 9 });
  });

  it('starts the new period at the slot hour itself', () => {
    expect(
      digestPeriod({ schedule: monday9, now: { dateKey: '2024-03-11', hour: 9 } }).period,
    ).toBe('2024-03-11');
  });

  it('is not due once the period is completed, and then waits for the next slot', () => {
    const result = digestPeriod({
      schedule: monday9,
      now: { dateKey: '2024-03-11', hour: 10 },
      completedPeriod: '2024-03-11',
    });
    expect(result.due).toBe(false);
    expect(result.nextRun).toEqual({ dateKey: '2024-03-18', hour: 9 });
  });

  it('does not fire for a slot from before the schedule was switched on', () => {
    const wednesday = { dateKey: '2024-03-13', hour: 10 };
    expect(digestPeriod({ schedule: monday9, now: wednesday, since: wednesday }).due).toBe(false);
    const nextMonday = { dateKey: '2024-03-18', hour: 9 };
    expect(digestPeriod({ schedule: monday9, now: nextMonday, since: wednesday }).due).toBe(true);
    const sameMorning = { dateKey: '2024-03-11', hour: 8 };
    expect(
      digestPeriod({
        schedule: monday9,
        now: { dateKey: '2024-03-11', hour: 9 },
        since: sameMorning,
      }).due,
    ).toBe(true);
  });

  it('rolls the retry over midnight', () => {
    const result = digestPeriod({
      schedule: { weekday: 'SUNDAY', hour: 23 },
      now: { dateKey: '2024-03-10', hour: 23 },
    });
    expect(result.nextRun).toEqual({ dateKey: '2024-03-11', hour: 0 });
  });

  it('handles every weekday', () => {
    const now = { dateKey: '2024-03-13', hour: 12 }; // Wednesday
    for (const weekday of [
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
      'SATURDAY',
      'SUNDAY',
    ] as Weekday[]) {
      const { period } = digestPeriod({ schedule: { weekday, hour: 12 }, now });
      expect(dayOfWeek(period)).toBe(isoWeekdayOf(weekday));
      const back = calendarDaysBetween(period, now.dateKey);
      expect(back).toBeGreaterThanOrEqual(0);
      expect(back).toBeLessThan(7);
    }
  });

  it('refuses nonsense', () => {
    expect(() => isoWeekdayOf('FUNDAY' as Weekday)).toThrow(RangeError);
    expect(() =>
      digestPeriod({
        schedule: { weekday: 'MONDAY', hour: 24 },
        now: { dateKey: '2024-03-11', hour: 1 },
      }),
    ).toThrow(RangeError);
    expect(() =>
      digestPeriod({
        schedule: { weekday: 'MONDAY', hour: 9 },
        now: { dateKey: '2024-03-11', hour: 1.5 },
      }),
    ).toThrow(RangeError);
  });
});

/**
 * Runs an hourly trigger (every hour of absolute time, at :17) across a time span, asking
 * digestPeriod each tick and "sending" when due unless the send is made to fail.
 */
function simulate(options: {
  timeZone: string;
  schedule: DigestSchedule;
  fromUtc: string;
  weeks: number;
  failWhile?: (tickIndex: number, local: { dateKey: string; hour: number }) => boolean;
  skipTick?: (local: { dateKey: string; hour: number }) => boolean;
}) {
  const sends: { period: string; dateKey: string; hour: number; weekday: number }[] = [];
  let completed: string | null = null;
  const start = Date.parse(options.fromUtc) + 17 * 60_000;
  const ticks = options.weeks * 7 * 24;
  // The schedule is switched on at the first tick, as a user would.
  const since = wallClockOf(start, options.timeZone);
  for (let i = 0; i < ticks; i++) {
    const clock = wallClockOf(start + i * HOUR, options.timeZone);
    if (options.skipTick?.(clock)) continue;
    const { period, due } = digestPeriod({
      schedule: options.schedule,
      now: clock,
      completedPeriod: completed,
      since,
    });
    if (!due) continue;
    if (options.failWhile?.(i, clock)) continue;
    sends.push({ period, dateKey: clock.dateKey, hour: clock.hour, weekday: clock.weekday });
    completed = period;
  }
  return sends;
}

describe('digestPeriod across DST changes (hourly trigger simulation)', () => {
  const cases: {
    name: string;
    timeZone: string;
    fromUtc: string;
    schedule: DigestSchedule;
    transitionDay: string;
    /** The local hour the send lands on in the transition week. */
    transitionHour: number;
  }[] = [
    {
      name: 'Los Angeles, spring forward, slot in the skipped hour',
      timeZone: 'America/Los_Angeles',
      fromUtc: '2024-02-26T00:00:00Z',
      schedule: { weekday: 'SUNDAY', hour: 2 },
      transitionDay: '2024-03-10',
      transitionHour: 3,
    },
    {
      name: 'Los Angeles, spring forward, Monday morning',
      timeZone: 'America/Los_Angeles',
      fromUtc: '2024-02-26T00:00:00Z',
      schedule: { weekday: 'MONDAY', hour: 9 },
      transitionDay: '2024-03-11',
      transitionHour: 9,
    },
    {
      name: 'Los Angeles, fall back, slot in the repeated hour',
      timeZone: 'America/Los_Angeles',
      fromUtc: '2024-10-21T00:00:00Z',
      schedule: { weekday: 'SUNDAY', hour: 1 },
      transitionDay: '2024-11-03',
      transitionHour: 1,
    },
    {
      name: 'London, spring forward, slot in the skipped hour',
      timeZone: 'Europe/London',
      fromUtc: '2024-03-18T00:00:00Z',
      schedule: { weekday: 'SUNDAY', hour: 1 },
      transitionDay: '2024-03-31',
      transitionHour: 2,
    },
    {
      name: 'London, fall back, slot in the repeated hour',
      timeZone: 'Europe/London',
      fromUtc: '2024-10-14T00:00:00Z',
      schedule: { weekday: 'SUNDAY', hour: 1 },
      transitionDay: '2024-10-27',
      transitionHour: 1,
    },
    {
      name: 'Auckland, April fall back, slot in the repeated hour',
      timeZone: 'Pacific/Auckland',
      fromUtc: '2024-03-24T00:00:00Z',
      schedule: { weekday: 'SUNDAY', hour: 2 },
      transitionDay: '2024-04-07',
      transitionHour: 2,
    },
    {
      name: 'Auckland, April fall back, Monday morning',
      timeZone: 'Pacific/Auckland',
      fromUtc: '2024-03-24T00:00:00Z',
      schedule: { weekday: 'MONDAY', hour: 8 },
      transitionDay: '2024-04-08',
      transitionHour: 8,
    },
  ];

  it.each(cases.map((c) => [c.name, c]))('%s: one send a week at the local hour', (_name, c) => {
    const sends = simulate({ ...c, weeks: 4 });
    const periods = sends.map((s) => s.period);
    expect(new Set(periods).size).toBe(periods.length);
    expect(sends.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < sends.length; i++) {
      expect(calendarDaysBetween(sends[i - 1].period, sends[i].period)).toBe(7);
    }
    for (const s of sends) {
      expect(s.weekday).toBe(isoWeekdayOf(c.schedule.weekday));
      expect(s.dateKey).toBe(s.period);
      const expectedHour = s.dateKey === c.transitionDay ? c.transitionHour : c.schedule.hour;
      expect(s.hour).toBe(expectedHour);
    }
    expect(sends.some((s) => s.dateKey === c.transitionDay)).toBe(true);
  });

  it('retries later the same day after failed attempts', () => {
    const sends = simulate({
      timeZone: 'America/Los_Angeles',
      fromUtc: '2024-03-04T00:00:00Z',
      weeks: 2,
      schedule: { weekday: 'MONDAY', hour: 9 },
      failWhile: (_i, local) => local.dateKey === '2024-03-11' && local.hour < 13,
    });
    expect(sends.map((s) => [s.period, s.dateKey, s.hour])).toEqual([
      ['2024-03-04', '2024-03-04', 9],
      ['2024-03-11', '2024-03-11', 13],
    ]);
  });

  it('catches up a missed slot on a later day of the same week instead of skipping it', () => {
    const sends = simulate({
      timeZone: 'Europe/London',
      fromUtc: '2024-03-25T00:00:00Z',
      weeks: 2,
      schedule: { weekday: 'MONDAY', hour: 9 },
      // No tick at all ran on Monday 2024-04-01 (e.g. an outage).
      skipTick: (local) => local.dateKey === '2024-04-01',
    });
    expect(sends.map((s) => [s.period, s.dateKey, s.hour])).toEqual([
      ['2024-03-25', '2024-03-25', 9],
      ['2024-04-01', '2024-04-02', 0],
    ]);
  });
});

describe('parseWeekday', () => {
  it('reads every day in any case, with spaces around it', () => {
    for (const day of WEEKDAYS) {
      const title = day[0] + day.slice(1).toLowerCase();
      for (const typed of [day, day.toLowerCase(), title, ` ${title}\t`]) {
        expect([typed, parseWeekday(typed)]).toEqual([typed, day]);
      }
    }
  });

  it('reads the usual abbreviations, with or without a dot', () => {
    expect(['Mon', 'tue', 'WED', 'Thu.', 'thurs', 'Fri', 'sat', 'Sun'].map(parseWeekday)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'THURSDAY',
      'FRIDAY',
      'SATURDAY',
      'SUNDAY',
    ]);
  });

  it('refuses what names no single day', () => {
    for (const value of [
      '',
      '  ',
      'M',
      'Mo',
      'Th',
      'Funday',
      'Mondays',
      'lundi',
      'MONDAY TUESDAY',
      'Monday, 9am',
      null,
      undefined,
      1,
      ['MONDAY'],
      { day: 'MONDAY' },
    ]) {
      expect([value, parseWeekday(value)]).toEqual([value, null]);
    }
  });
});

describe('a slot on one of the plan’s holidays', () => {
  const monday9: DigestSchedule = { weekday: 'MONDAY', hour: 9 };
  // Monday 2026-12-28 and Friday 2027-01-01 are holidays.
  const holidays = ['2026-12-28', '2027-01-01'];

  it('goes out the next business day at the same hour, named by its slot', () => {
    expect(sendDayOf('2026-12-28', holidays)).toBe('2026-12-29');
    const holiday = digestPeriod({
      schedule: monday9,
      now: { dateKey: '2026-12-28', hour: 10 },
      holidays,
    });
    expect(holiday.period).toBe('2026-12-21');
    expect(holiday.nextSlot).toEqual({ dateKey: '2026-12-29', hour: 9 });
    const before = digestPeriod({
      schedule: monday9,
      now: { dateKey: '2026-12-29', hour: 8 },
      holidays,
      completedPeriod: '2026-12-21',
    });
    expect(before).toMatchObject({ period: '2026-12-21', due: false });
    const after = digestPeriod({
      schedule: monday9,
      now: { dateKey: '2026-12-29', hour: 9 },
      holidays,
    });
    expect(after).toMatchObject({ period: '2026-12-28', due: true });
  });

  it('skips the weekend and further holidays', () => {
    expect(sendDayOf('2027-01-01', holidays)).toBe('2027-01-04');
    expect(sendDayOf('2027-01-01', [...holidays, '2027-01-04'])).toBe('2027-01-05');
    const friday = digestPeriod({
      schedule: { weekday: 'FRIDAY', hour: 9 },
      now: { dateKey: '2027-01-02', hour: 12 },
      holidays,
    });
    expect(friday.period).toBe('2026-12-25');
    expect(friday.nextSlot).toEqual({ dateKey: '2027-01-04', hour: 9 });
  });

  it('leaves ordinary slots, and weekend slots the owner chose, where they are', () => {
    expect(sendDayOf('2026-12-21', holidays)).toBe('2026-12-21');
    expect(sendDayOf('2026-12-26', holidays)).toBe('2026-12-26');
  });

  it('never reaches the next week’s slot, however many holidays follow', () => {
    const all = Array.from({ length: 30 }, (_, i) => addDays('2026-12-28', i));
    expect(sendDayOf('2026-12-28', all)).toBe('2027-01-03');
  });

  it('sends each period once, hour by hour across the holidays', () => {
    const sent: string[] = [];
    let completed: string | null = '2026-12-14';
    for (let day = 0; day < 21; day++) {
      for (let hour = 0; hour < 24; hour++) {
        const now = { dateKey: addDays('2026-12-21', day), hour };
        const p = digestPeriod({ schedule: monday9, now, holidays, completedPeriod: completed });
        if (p.due) {
          sent.push(`${p.period}@${now.dateKey} ${now.hour}`);
          completed = p.period;
        }
      }
    }
    expect(sent).toEqual([
      '2026-12-21@2026-12-21 9',
      '2026-12-28@2026-12-29 9',
      '2027-01-04@2027-01-04 9',
    ]);
  });
});
