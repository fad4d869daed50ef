import { wallClockOf } from '../../core/dates';
import { instantOfLocalHour, localHourOf } from './run';

describe('local hours and instants', () => {
  it.each([
    ['America/New_York', '2026-10-12', 9, '2026-10-12T13:00:00.000Z'],
    ['America/New_York', '2026-11-02', 9, '2026-11-02T14:00:00.000Z'],
    ['Europe/Berlin', '2026-03-30', 9, '2026-03-30T07:00:00.000Z'],
    ['Asia/Kolkata', '2026-10-12', 0, '2026-10-11T18:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-05', 9, '2026-10-04T22:00:00.000Z'],
  ])('%s %s %i:00 is %s', (zone, dateKey, hour, iso) => {
    const instant = instantOfLocalHour({ dateKey, hour }, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(localHourOf(instant, zone)).toEqual({ dateKey, hour });
  });

  it('resolves an hour skipped by spring-forward to the jump itself', () => {
    const instant = instantOfLocalHour({ dateKey: '2026-03-08', hour: 2 }, 'America/New_York');
    expect(instant.toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(wallClockOf(instant, 'America/New_York')).toMatchObject({ hour: 3, minute: 0 });
  });

  it('takes the first of an hour repeated by fall-back', () => {
    const instant = instantOfLocalHour({ dateKey: '2026-11-01', hour: 1 }, 'America/New_York');
    expect(instant.toISOString()).toBe('2026-11-01T05:00:00.000Z');
  });
});
