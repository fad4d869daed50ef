// "Send weekly update now" on the slot's own morning, before the slot hour: the email sent then
// is that day's, so the scheduled run an hour later finds it sent. Nobody gets two weekly emails
// on one day, in an ordinary week and on the morning the clocks change. The period logic itself
// is checked hour by hour in src/core/weekly-email/digest-schedule.test.ts.
import type { DigestStateJson, SendReportJson } from '../../../src/shared/api';
import { digestDays, digests, digestState } from '../../support/weekly-oracle';
import {
  addStakeholder,
  APPROVED,
  COLLEAGUE,
  digestWorld,
  PROSPECT,
  SELLER,
} from '../../support/world';

/** Sorts addresses in the order the state lists them (sheet order). */
function byOrderOf(state: DigestStateJson) {
  const order = state.recipients.map((r) => r.email.toLowerCase());
  return (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
}

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

describe('the confirmation says who would really receive it now', () => {
  const { em } = digestWorld({ now: '2026-10-12T09:30:00' });

  it('counts everyone owed, and the menu asks the sidebar’s question before sending', () => {
    const state = digestState(em);
    expect(state.sendNow).toEqual({
      recipients: [...APPROVED].sort(byOrderOf(state)),
      reason: null,
    });
    em.ui.answer({ button: 'NO' });
    em.call('sendWeeklyUpdateFromMenu');
    expect(em.ui.state.alerts.map((a) => [a.prompt, a.buttons, a.answer])).toEqual([
      [
        'Email 3 recipients now from your account? Addresses waiting for approval are skipped.',
        'YES_NO',
        'NO',
      ],
    ]);
    expect(digests(em)).toEqual([]);
    em.ui.answer({ button: 'YES' });
    em.call('sendWeeklyUpdateFromMenu');
    expect(digests(em)).toHaveLength(3);
    expect(em.ui.state.alerts.at(-1)?.prompt).toBe('Sent to 3 recipients.');
  });

  it('once this week’s email went out, says nobody would receive it, and why', () => {
    expect(digestState(em).sendNow).toEqual({
      recipients: [],
      reason: 'this week’s email already went out on Mon, Oct 12',
    });
    const before = em.ui.state.alerts.length;
    em.call('sendWeeklyUpdateFromMenu');
    expect(em.ui.state.alerts.slice(before).map((a) => [a.prompt, a.buttons])).toEqual([
      ['Nobody would receive it now: this week’s email already went out on Mon, Oct 12.', 'OK'],
    ]);
    expect(digests(em)).toHaveLength(3);
  });

  it('sends a test to whoever asks, without calling their own address unapproved', () => {
    addStakeholder(em, PROSPECT, ['Sam Colleague', COLLEAGUE, 'Vendor', 'SE']);
    em.call('withdrawApprovals', { domains: ['vendor.example'] });
    const report = em.callAs(COLLEAGUE, 'sendTestDigestToMe') as SendReportJson;
    expect(report.sent).toEqual([COLLEAGUE]);
    expect(em.outbox.at(-1)?.to).toEqual([COLLEAGUE]);
    expect(report.waitingForApproval).toEqual([SELLER]);
  });
});
