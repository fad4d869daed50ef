import { KEYS } from './property-keys';
import {
  DEFAULT_SCHEDULE,
  readScheduleConfig,
  scheduleWrites,
  validateSettings,
} from './schedule-config';

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
  it('round-trips through its property writes', () => {
    const config = {
      enabled: true,
      weekday: 'FRIDAY' as const,
      hour: 16,
      owner: 'se@vendor.example',
      since: { dateKey: '2026-10-14', hour: 10 },
    };
    expect(readScheduleConfig(scheduleWrites(config))).toEqual(config);
  });

  it('is off without an owner, whatever the stored flag says', () => {
    const writes = scheduleWrites({ ...DEFAULT_SCHEDULE, enabled: true, owner: null });
    expect(readScheduleConfig(writes)).toMatchObject({ enabled: false, owner: null });
  });

  it('reads damaged or foreign values as the defaults', () => {
    expect(readScheduleConfig({ [KEYS.settings]: '{nope' })).toEqual(DEFAULT_SCHEDULE);
    expect(
      readScheduleConfig({
        [KEYS.settings]: JSON.stringify({
          enabled: true,
          weekday: 'Funday',
          hour: 99,
          since: { dateKey: '2026-02-30', hour: 1 },
        }),
        [KEYS.owner]: 'x@y.example',
      }),
    ).toEqual({ ...DEFAULT_SCHEDULE, enabled: true, owner: 'x@y.example' });
  });
});
