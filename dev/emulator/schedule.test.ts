// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
import { nextRun } from './schedule';

const H = 3_600_000;
const D = 24 * H;

describe('nextRun', () => {
  it('counts hourly periods from creation', () => {
    const created = Date.UTC(2024, 0, 1, 10, 17);
    expect(nextRun({ kind: 'hours', every: 1 }, 'Etc/UTC', created, created)).toBe(created + H);
    expect(nextRun({ kind: 'hours', every: 6 }, 'Etc/UTC', created, created + 13 * H)).toBe(
      created + 18 * H,
    );
  });

  it('keeps a weekly wall-clock time across DST in its own zone', () => {
    // Created Thursday 7 March 2024 in New York; Mondays at 09:00 local.
    const created = Date.UTC(2024, 2, 7, 15);
    const schedule = {
      kind: 'weeks' as const,
      every: 1,
      weekDay: 'MONDAY' as const,
      hour: 9,
      minute: 0,
    };
    const first = nextRun(schedule, 'America/New_York', created, created) as number;
    expect(new Date(first).toISOString()).toBe('2024-03-11T13:00:00.000Z'); // EDT, UTC-4
    const before = nextRun(
      schedule,
      'America/New_York',
      Date.UTC(2024, 1, 29),
      Date.UTC(2024, 1, 29),
    );
    expect(new Date(before as number).toISOString()).toBe('2024-03-04T14:00:00.000Z'); // EST, UTC-5
    expect(nextRun(schedule, 'America/New_York', created, first)).toBe(first + 7 * D);
  });

  it('fires daily at the hour, the same day when it is still ahead', () => {
    const created = Date.UTC(2024, 5, 1, 3); // 05:00 in Paris
    const s = { kind: 'days' as const, every: 1, hour: 8, minute: 30 };
    expect(new Date(nextRun(s, 'Europe/Paris', created, created) as number).toISOString()).toBe(
      '2024-06-01T06:30:00.000Z',
    );
    expect(
      new Date(
        nextRun({ ...s, hour: 4 }, 'Europe/Paris', created, created) as number,
      ).toISOString(),
    ).toBe('2024-06-02T02:30:00.000Z');
  });

  it('runs a one-off trigger once', () => {
    const at = Date.UTC(2024, 0, 2);
    expect(nextRun({ kind: 'once', at }, 'Etc/UTC', 0, 0)).toBe(at);
    expect(nextRun({ kind: 'once', at }, 'Etc/UTC', 0, at)).toBeNull();
  });

  it('skips months without the day', () => {
    const created = Date.UTC(2024, 0, 31, 12);
    const first = nextRun(
      { kind: 'monthDay', day: 31, hour: 0, minute: 0 },
      'Etc/UTC',
      created,
      created,
    );
    expect(new Date(first as number).toISOString()).toBe('2024-03-31T00:00:00.000Z');
  });
});
