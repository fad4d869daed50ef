import { wallClockOf } from '../dates';
import { emptyLedger, serializeLedger } from './ledger';
import {
  DEFAULT_SCHEDULE,
  instantOfLocalHour,
  isScheduleOwner,
  localHourOf,
  nextSchedule,
  parseSchedule,
  periodNow,
  type ScheduleConfig,
  serializeSchedule,
  validateSettings,
} from './digest-schedule';

const stored = (config: ScheduleConfig) => {
  const { settings, owner } = serializeSchedule(config);
  return parseSchedule(settings, owner);
};

describe('validateSettings', () => {
  const ok = { enabled: true, weekday: 'TUESDAY', hour: 7 };

  it('accepts settings and keeps approvals only when given', () => {
    expect(validateSettings(ok)).toMatchObject({ ...ok, takeOver: false });
    expect(validateSettings(ok).approvedEmails).toBeUndefined();
    expect(
      validateSettings({ ...ok, approvedDomains: ['a.example'], takeOver: true }),
    ).toMatchObject({
      approvedDomains: ['a.example'],
      takeOver: true,
    });
  });

  it.each(['monday', ' Monday ', 'MON', 'Mon.', 'mOnDaY', 'mond'])(
    'reads the weekday %j as MONDAY',
    (weekday) => {
      expect(validateSettings({ ...ok, weekday }).weekday).toBe('MONDAY');
    },
  );

  it('keeps empty entries (they approve nothing) and any case or leading @', () => {
    expect(
      validateSettings({
        ...ok,
        approvedEmails: ['', 'A@B.example'],
        approvedDomains: ['@X.example'],
      }),
    ).toMatchObject({ approvedEmails: ['', 'A@B.example'], approvedDomains: ['@X.example'] });
  });

  it.each([
    [null, /missing/],
    [{ ...ok, enabled: 'yes' }, /enabled/],
    [{ ...ok, weekday: 'Mo' }, /weekday/],
    [{ ...ok, weekday: 'Funday' }, /weekday/],
    [{ ...ok, weekday: 1 }, /weekday/],
    [{ ...ok, hour: 24 }, /hour/],
    [{ ...ok, hour: 9.5 }, /hour/],
    [{ ...ok, approvedEmails: 'a@b.example' }, /approvedEmails/],
    [{ ...ok, approvedDomains: [3] }, /approvedDomains/],
    [{ ...ok, approvedEmails: ['a@b.example', 'bad'] }, /"approvedEmails": 'bad' is not an email/],
    [{ ...ok, approvedDomains: ['*.evil.example'] }, /'\*\.evil\.example' is not a domain/],
  ])('refuses %j', (input, message) => {
    expect(() => validateSettings(input)).toThrow(message);
  });
});

describe('the stored schedule', () => {
  const config: ScheduleConfig = {
    enabled: true,
    weekday: 'FRIDAY',
    hour: 16,
    owner: 'se@vendor.example',
    since: { dateKey: '2026-10-14', hour: 10 },
  };

  it('round-trips through its two stored values', () => {
    expect(stored(config)).toEqual(config);
  });

  it('is off without an owner, whatever the stored flag says', () => {
    expect(stored({ ...DEFAULT_SCHEDULE, enabled: true, owner: null })).toMatchObject({
      enabled: false,
      owner: null,
    });
  });

  it('reads damaged or foreign values as the defaults', () => {
    expect(parseSchedule('{nope', undefined)).toEqual(DEFAULT_SCHEDULE);
    expect(parseSchedule(undefined, undefined)).toEqual(DEFAULT_SCHEDULE);
    const foreign = JSON.stringify({
      enabled: true,
      weekday: 'Funday',
      hour: 99,
      since: { dateKey: '2026-02-30', hour: 1 },
    });
    expect(parseSchedule(foreign, 'x@y.example')).toEqual({
      ...DEFAULT_SCHEDULE,
      enabled: true,
      owner: 'x@y.example',
    });
  });

  it('knows its owner in any case, and nobody when the session has no address', () => {
    expect(isScheduleOwner(config, 'se@vendor.example')).toBe(true);
    expect(isScheduleOwner({ ...config, owner: 'SE@Vendor.example' }, 'se@vendor.example')).toBe(
      true,
    );
    expect(isScheduleOwner(config, 'other@vendor.example')).toBe(false);
    expect(isScheduleOwner({ ...config, owner: '' }, '')).toBe(false);
    expect(isScheduleOwner(DEFAULT_SCHEDULE, 'se@vendor.example')).toBe(false);
  });
});

describe('nextSchedule', () => {
  const now = { dateKey: '2026-10-20', hour: 11 };
  const on: ScheduleConfig = {
    enabled: true,
    weekday: 'MONDAY',
    hour: 9,
    owner: 'old@vendor.example',
    since: { dateKey: '2026-10-01', hour: 8 },
  };

  it('keeps what is owed when the day and hour stay, whoever saves it', () => {
    expect(
      nextSchedule(on, { enabled: true, weekday: 'MONDAY', hour: 9 }, 'me@x.example', now),
    ).toEqual({ ...on, owner: 'me@x.example' });
  });

  it('owes nothing for slots already gone when re-timed or turned on', () => {
    expect(
      nextSchedule(on, { enabled: true, weekday: 'MONDAY', hour: 10 }, 'me@x.example', now),
    ).toMatchObject({ hour: 10, since: now });
    expect(
      nextSchedule(
        { ...on, enabled: false },
        { enabled: true, weekday: 'MONDAY', hour: 9 },
        'me@x.example',
        now,
      ),
    ).toMatchObject({ since: now });
  });

  it('has no owner and owes nothing once off', () => {
    expect(
      nextSchedule(on, { enabled: false, weekday: 'TUESDAY', hour: 7 }, 'me@x.example', now),
    ).toEqual({ enabled: false, weekday: 'TUESDAY', hour: 7, owner: null, since: null });
  });
});

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

describe('periodNow', () => {
  const schedule: ScheduleConfig = { ...DEFAULT_SCHEDULE, enabled: true, owner: 'se@x.example' };
  const zone = 'America/New_York';
  // Monday 2026-10-12, 10:30 in New York: the 9:00 slot has passed.
  const now = new Date('2026-10-12T14:30:00.000Z');

  it('is due after the slot, with a fresh ledger for the period', () => {
    const period = periodNow(schedule, undefined, now, zone);
    expect(period).toMatchObject({ period: '2026-10-12', due: true });
    expect(period.ledger).toEqual(emptyLedger('2026-10-12'));
    expect(period.nextRun).toEqual({ dateKey: '2026-10-12', hour: 11 });
  });

  it('is not due once the stored ledger says the period completed', () => {
    const done = serializeLedger({
      ...emptyLedger('2026-10-12'),
      completedAt: '2026-10-12T13:05:00Z',
    });
    const period = periodNow(schedule, done, now, zone);
    expect(period).toMatchObject({ period: '2026-10-12', due: false });
    expect(period.nextRun).toEqual({ dateKey: '2026-10-19', hour: 9 });
  });

  it('owes nothing for a slot before the schedule was turned on', () => {
    const since = { dateKey: '2026-10-12', hour: 10 };
    expect(periodNow({ ...schedule, since }, undefined, now, zone).due).toBe(false);
  });
});
