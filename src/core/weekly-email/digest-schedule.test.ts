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
  NO_REMINDERS,
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
    reminders: NO_REMINDERS,
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
      reminders: NO_REMINDERS,
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

describe('reminder settings', () => {
  it('are kept with the schedule, checked, and left as saved when a save leaves them out', () => {
    const now = { dateKey: '2026-12-07', hour: 9 };
    const on = nextSchedule(
      DEFAULT_SCHEDULE,
      { enabled: true, weekday: 'MONDAY', hour: 9, reminders: { enabled: true, daysBefore: 3 } },
      'me@x.example',
      now,
    );
    expect(on.reminders).toEqual({ enabled: true, daysBefore: 3 });
    const stored = serializeSchedule(on);
    expect(parseSchedule(stored.settings, stored.owner).reminders).toEqual(on.reminders);
    const resaved = nextSchedule(
      on,
      { enabled: true, weekday: 'MONDAY', hour: 10 },
      'me@x.example',
      now,
    );
    expect(resaved.reminders).toEqual({ enabled: true, daysBefore: 3 });
    expect(serializeSchedule(DEFAULT_SCHEDULE).settings).not.toContain('reminders');
    expect(
      parseSchedule('{"enabled":true,"reminders":{"enabled":true,"daysBefore":9}}', 'a@b.example')
        .reminders,
    ).toEqual(NO_REMINDERS);
    expect(() =>
      validateSettings({
        enabled: true,
        weekday: 'MONDAY',
        hour: 9,
        reminders: { enabled: true, daysBefore: 0 },
      }),
    ).toThrow(/"reminders": Reminders go 1 to 5 business days/);
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
    reminders: NO_REMINDERS,
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
    ).toEqual({
      enabled: false,
      weekday: 'TUESDAY',
      hour: 7,
      owner: null,
      since: null,
      reminders: NO_REMINDERS,
    });
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

describe('a manual send before the slot hour, then the scheduled runs', () => {
  const HOUR = 3_600_000;
  // Sunday mornings when the clocks change, and ordinary weekdays, in zones east and west.
  const CASES: { zone: string; day: string; weekday: ScheduleConfig['weekday'] }[] = [
    { zone: 'America/New_York', day: '2026-03-08', weekday: 'SUNDAY' },
    { zone: 'America/New_York', day: '2026-11-01', weekday: 'SUNDAY' },
    { zone: 'Europe/Berlin', day: '2026-03-29', weekday: 'SUNDAY' },
    { zone: 'Europe/Berlin', day: '2026-10-25', weekday: 'SUNDAY' },
    { zone: 'Australia/Sydney', day: '2026-10-04', weekday: 'SUNDAY' },
    { zone: 'Pacific/Auckland', day: '2026-12-07', weekday: 'MONDAY' },
    { zone: 'Asia/Kolkata', day: '2026-12-07', weekday: 'MONDAY' },
  ];

  /** Local days on which a mail went out, with the schedule switched on at midnight. */
  function sendDays(
    zone: string,
    day: string,
    weekday: ScheduleConfig['weekday'],
    slot: number,
    manualAt: number,
  ) {
    const schedule: ScheduleConfig = {
      enabled: true,
      weekday,
      hour: slot,
      owner: 'se@x.example',
      since: { dateKey: day, hour: 0 },
      reminders: NO_REMINDERS,
    };
    let ledgerJson: string | undefined;
    const days: string[] = [];
    const send = (at: Date, manual: boolean) => {
      const p = periodNow(schedule, ledgerJson, at, zone, { manual });
      // A manual send mails whoever this period's ledger has not (it does not wait for a slot).
      if (manual ? p.ledger.completedAt !== undefined : !p.due) return;
      days.push(wallClockOf(at, zone).dateKey);
      const time = at.toISOString().replace(/\.\d+Z$/, 'Z');
      ledgerJson = serializeLedger({
        ...p.ledger,
        sent: { 'a@x.example': time },
        completedAt: time,
      });
    };
    const midnight = instantOfLocalHour({ dateKey: day, hour: 0 }, zone).getTime();
    const manual = instantOfLocalHour({ dateKey: day, hour: manualAt }, zone).getTime();
    for (let t = midnight + 17 * 60_000; t < midnight + 30 * HOUR; t += HOUR) {
      if (manual >= t - HOUR && manual < t) send(new Date(manual), true);
      send(new Date(t), false);
    }
    return days;
  }

  it.each(CASES)('mails once on the slot day in $zone on $day', ({ zone, day, weekday }) => {
    for (let slot = 1; slot <= 12; slot++) {
      for (let manualAt = 0; manualAt < slot; manualAt++) {
        const days = sendDays(zone, day, weekday, slot, manualAt);
        expect({ slot, manualAt, days }).toEqual({ slot, manualAt, days: [day] });
      }
    }
  });

  it('counts the manual send as the upcoming period, and the slot’s run finds it sent', () => {
    const schedule: ScheduleConfig = {
      enabled: true,
      weekday: 'MONDAY',
      hour: 9,
      owner: 'se@x.example',
      since: { dateKey: '2026-12-07', hour: 7 },
      reminders: NO_REMINDERS,
    };
    const zone = 'Europe/Berlin';
    const eight = new Date('2026-12-07T07:00:00Z');
    const manual = periodNow(schedule, undefined, eight, zone, { manual: true });
    expect(manual).toMatchObject({ period: '2026-12-07', due: true });
    const sent = serializeLedger({
      ...manual.ledger,
      sent: { 'a@x.example': '2026-12-07T07:00:05Z' },
      completedAt: '2026-12-07T07:00:05Z',
    });
    // The 8:17 tick does not reopen last week for the owner, and the 9:17 one finds it done.
    const early = periodNow(schedule, sent, new Date('2026-12-07T07:17:00Z'), zone);
    expect(early.due).toBe(false);
    expect(early.nextRun).toEqual({ dateKey: '2026-12-14', hour: 9 });
    const nine = periodNow(schedule, sent, new Date('2026-12-07T08:17:00Z'), zone);
    expect(nine).toMatchObject({ period: '2026-12-07', due: false });
    expect(nine.ledger.sent).toEqual({ 'a@x.example': '2026-12-07T07:00:05Z' });
    // After the slot, a manual send is the current period's, as before.
    const ten = periodNow(schedule, sent, new Date('2026-12-07T09:00:00Z'), zone, { manual: true });
    expect(ten).toMatchObject({ period: '2026-12-07', due: false });
  });
});
