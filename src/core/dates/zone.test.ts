import vm from 'node:vm';
import { addDays } from './days';
import { dateKeyOfInstant, instantOfDateKey, isTimeZone, wallClockOf } from './zone';

const iso = (key: string, zone: string) => instantOfDateKey(key, zone).toISOString();

describe('dateKeyOfInstant', () => {
  it('reads the day in the given zone, not the process zone', () => {
    expect(dateKeyOfInstant(Date.UTC(2026, 11, 10, 7, 59), 'America/Los_Angeles')).toBe(
      '2026-12-09',
    );
    expect(dateKeyOfInstant(Date.UTC(2026, 11, 10, 8, 0), 'America/Los_Angeles')).toBe(
      '2026-12-10',
    );
    expect(dateKeyOfInstant(Date.UTC(2026, 11, 9, 18, 29), 'Asia/Kolkata')).toBe('2026-12-09');
    expect(dateKeyOfInstant(Date.UTC(2026, 11, 9, 18, 30), 'Asia/Kolkata')).toBe('2026-12-10');
    expect(dateKeyOfInstant(new Date(Date.UTC(2026, 11, 9, 11)), 'Pacific/Auckland')).toBe(
      '2026-12-10',
    );
    expect(dateKeyOfInstant(Date.UTC(2026, 11, 31, 23, 59), 'UTC')).toBe('2026-12-31');
  });

  it('accepts a Date from another JS realm (values read from Sheets)', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2028, 1, 29, 12))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(dateKeyOfInstant(foreign, 'UTC')).toBe('2028-02-29');
  });

  it('refuses an invalid instant or an unknown zone', () => {
    expect(() => dateKeyOfInstant(new Date('nonsense'), 'UTC')).toThrow(RangeError);
    expect(() => dateKeyOfInstant(0, 'Mars/Olympus_Mons')).toThrow(
      'Unknown time zone "Mars/Olympus_Mons"',
    );
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
  });
});

describe('wallClockOf', () => {
  it('gives the day, hour, minute and ISO weekday in the zone', () => {
    // 2026-12-10T16:45Z is Thursday 08:45 in Los Angeles and Friday 05:45 in Auckland.
    const t = Date.UTC(2026, 11, 10, 16, 45);
    expect(wallClockOf(t, 'America/Los_Angeles')).toEqual({
      dateKey: '2026-12-10',
      hour: 8,
      minute: 45,
      weekday: 4,
    });
    expect(wallClockOf(t, 'Pacific/Auckland')).toEqual({
      dateKey: '2026-12-11',
      hour: 5,
      minute: 45,
      weekday: 5,
    });
    expect(wallClockOf(Date.UTC(2026, 11, 13, 0, 0), 'UTC')).toEqual({
      dateKey: '2026-12-13',
      hour: 0,
      minute: 0,
      weekday: 7,
    });
  });
});

describe('instantOfDateKey', () => {
  it('is midnight in the zone', () => {
    expect(iso('2026-12-10', 'UTC')).toBe('2026-12-10T00:00:00.000Z');
    expect(iso('2026-12-10', 'America/Los_Angeles')).toBe('2026-12-10T08:00:00.000Z');
    expect(iso('2026-12-10', 'Asia/Kolkata')).toBe('2026-12-09T18:30:00.000Z');
    expect(iso('2026-12-10', 'Pacific/Auckland')).toBe('2026-12-09T11:00:00.000Z');
  });

  it('uses the offset in force at that midnight on DST-change days', () => {
    expect(iso('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
    expect(iso('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T07:00:00.000Z');
    expect(iso('2026-09-27', 'Pacific/Auckland')).toBe('2026-09-26T12:00:00.000Z');
    expect(iso('2026-09-28', 'Pacific/Auckland')).toBe('2026-09-27T11:00:00.000Z');
    expect(iso('2026-04-05', 'Pacific/Auckland')).toBe('2026-04-04T11:00:00.000Z');
  });

  it('is the first instant of the day where DST skips midnight', () => {
    // Santiago jumps from 24:00 Saturday to 01:00 Sunday; Beirut from 00:00 to 01:00.
    for (const [key, zone, expected] of [
      ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
      ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00.000Z'],
    ] as const) {
      const start = instantOfDateKey(key, zone);
      expect(start.toISOString()).toBe(expected);
      expect(wallClockOf(start, zone)).toMatchObject({ dateKey: key, hour: 1, minute: 0 });
      expect(dateKeyOfInstant(start.getTime() - 1, zone)).toBe(addDays(key, -1));
    }
  });

  it('takes the one real midnight where DST falls back across it', () => {
    expect(iso('2026-04-05', 'America/Santiago')).toBe('2026-04-05T04:00:00.000Z');
    expect(iso('2026-10-25', 'Asia/Beirut')).toBe('2026-10-24T22:00:00.000Z');
  });

  it('resolves a day the zone skipped to the start of the next day (Samoa 2011)', () => {
    expect(iso('2011-12-30', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
    expect(iso('2011-12-31', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
  });

  it('refuses a bad key', () => {
    expect(() => instantOfDateKey('2026-02-30', 'UTC')).toThrow(RangeError);
  });
});

// Beside the usual four: zones whose DST skips midnight, the odd offsets and DST steps a plan
// is kept in end to end (test/e2e/plan/time-zones.test.ts runs a few of them through the add-on;
// the day bridge of every one of them is proven here, day by day).
const ROUND_TRIP_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Santiago',
  'Asia/Beirut',
  'America/Havana',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
  'Africa/Casablanca',
];

describe.each(ROUND_TRIP_ZONES)('round trips in %s', (zone) => {
  // The days that break are listed together: one expect per day would cost more than the check.
  it('every day of 2026 and of leap year 2028 starts at its own first instant', () => {
    const wrong: string[] = [];
    for (const first of ['2026-01-01', '2028-01-01']) {
      for (let i = 0; i < 366; i++) {
        const key = addDays(first, i);
        const start = instantOfDateKey(key, zone).getTime();
        const [at, before] = [dateKeyOfInstant(start, zone), dateKeyOfInstant(start - 1, zone)];
        if (at !== key || before !== addDays(key, -1))
          wrong.push(`${key}: ${at}, before ${before}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('instants through 2026 (every 11 h 7 min) lie within the day they are read as', () => {
    const wrong: string[] = [];
    const from = Date.UTC(2026, 0, 1);
    for (let t = from; t < from + 365 * 86_400_000; t += (11 * 60 + 7) * 60_000) {
      const key = dateKeyOfInstant(t, zone);
      const inside =
        instantOfDateKey(key, zone).getTime() <= t &&
        instantOfDateKey(addDays(key, 1), zone).getTime() > t;
      if (!inside) wrong.push(`${new Date(t).toISOString()} read as ${key}`);
    }
    expect(wrong).toEqual([]);
  });
});
