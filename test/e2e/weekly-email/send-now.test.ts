// "Send weekly update now" on the slot's own morning, before the slot hour: the email sent then
// is that day's, so the scheduled run an hour later finds it sent. Nobody gets two weekly emails
// on one day, in an ordinary week and on the morning the clocks change. The period logic itself
// is checked hour by hour in src/core/weekly-email/digest-schedule.test.ts.
import type { SendReportJson } from '../../../src/shared/api';
import { digestDays, digests } from '../../support/weekly-oracle';
import { APPROVED, digestWorld } from '../../support/world';

jest.setTimeout(120_000);

describe.each([
  // The schedule turned on that morning, as the user who found it did.
  { zone: 'America/New_York', day: '2026-10-12', weekday: 'MONDAY', hour: 9, on: '07:00' },
  // Fall-back morning in Berlin: 02:00–03:00 happens twice; the slot is at 04:00.
  { zone: 'Europe/Berlin', day: '2026-10-25', weekday: 'SUNDAY', hour: 4, on: '00:30' },
] as const)(
  'send now before the $hour:00 slot in $zone on $day',
  ({ zone, day, weekday, hour, on }) => {
    const { em, timeZone } = digestWorld({
      timeZone: zone,
      now: `${day}T${on}:00`,
      settings: { weekday, hour },
    });

    it('sends that day’s email, and the scheduled run sends nothing more', () => {
      em.advance('30m');
      const report = em.call('sendWeeklyDigestNow') as SendReportJson;
      expect(report.period).toBe(day);
      expect(report.sent.sort()).toEqual([...APPROVED].sort());
      em.advance('6h');
      expect(digestDays(em, timeZone)).toEqual(Object.fromEntries(APPROVED.map((a) => [a, [day]])));
      expect(digests(em)).toHaveLength(APPROVED.length);
    });
  },
);
