// Prospects can edit the Stakeholders tab. An address they add is never mailed from the owner's
// account until the owner approves it; it shows as waiting in the owner's sidebar and in the
// owner's own copy of the email. Collaborators cannot approve.
import type { Emulator } from '../../../dev/emulator';
import type { DigestStateJson } from '../../../src/shared/api';
import {
  addStakeholder,
  APPROVED,
  CHAMPION,
  COLLEAGUE,
  digestWorld,
  errorOf,
  OWNER,
  PROSPECT,
  SELLER,
} from '../../support/world';
import {
  digestDays,
  digests,
  digestState,
  expectExactlyOncePerPeriod,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const OUTSIDER = 'mallory@outsider.example';
const MONDAY = '2026-10-12';

/**
 * Monday 10:00 to the next Monday 10:00, playing the hourly runs that can act: the first after
 * now, and those around Monday's 9:00 slot (schedule.test.ts plays every hour of such weeks).
 */
function untilNextMonday(em: Emulator, monday: string): void {
  em.advance('1h');
  em.setNow(`${monday}T08:30:00`);
  em.advance('1h30m');
}

describe('a prospect adds an outsider’s address', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:00:00` });
  addStakeholder(em, PROSPECT, ['Mallory', OUTSIDER, 'Prospect', 'Procurement']);
  // And tries to sneak it in again with other casing and spaces.
  addStakeholder(em, PROSPECT, ['Mal', `  ${OUTSIDER.toUpperCase()} `, 'Prospect', '']);
  addStakeholder(em, PROSPECT, ['Typo', 'not-an-address', 'Prospect', '']);

  it('shows it as waiting in the owner’s sidebar, and the typo as invalid', () => {
    const state = digestState(em);
    const byEmail = (e: string) => state.recipients.find((r) => r.email.toLowerCase() === e);
    expect(byEmail(OUTSIDER)?.state).toBe('waiting for approval');
    expect(state.recipients.filter((r) => r.email.toLowerCase().trim() === OUTSIDER)).toHaveLength(
      1,
    );
    expect(byEmail('not-an-address')?.state).toBe('invalid');
    for (const a of APPROVED) expect(byEmail(a)?.state).toBe('will receive');
  });

  it('never mails it, and lists it in the owner’s own copy only', () => {
    em.advance('2h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
    const ownCopy = digests(em).find((m) => m.to[0] === OWNER)!;
    expect(ownCopy.body).toContain(OUTSIDER);
    expect(ownCopy.htmlBody).toContain(OUTSIDER);
    expect(ownCopy.body).toMatch(/waiting for your approval/i);
    for (const m of digests(em).filter((d) => d.to[0] !== OWNER)) {
      expect(m.body).not.toContain(OUTSIDER);
      expect(m.htmlBody).not.toContain(OUTSIDER);
    }
  });

  it('"send now" and the preview leave it out too', () => {
    const report = em.call('sendWeeklyDigestNow') as { waitingForApproval: string[] };
    expect(report.waitingForApproval.map((e) => e.toLowerCase())).toEqual([OUTSIDER]);
    const preview = em.call('previewWeeklyDigest') as { to: string }[];
    expect(preview.map((p) => p.to.toLowerCase()).sort()).toEqual([...APPROVED].sort());
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
  });

  it('the prospect cannot approve it (nor can a colleague who does not run the schedule)', () => {
    expect(() => em.callAs(PROSPECT, 'approveRecipients', [OUTSIDER])).toThrow(
      new RegExp(`run by ${OWNER}`),
    );
    expect(() => em.callAs(COLLEAGUE, 'approveRecipients', [OUTSIDER])).toThrow(
      new RegExp(`run by ${OWNER}`),
    );
    expect(() =>
      em.callAs(COLLEAGUE, 'configureWeeklyDigest', {
        enabled: true,
        weekday: 'MONDAY',
        hour: 9,
        approvedDomains: ['outsider.example'],
      }),
    ).toThrow(new RegExp(OWNER));
    untilNextMonday(em, '2026-10-19');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY, '2026-10-19']);
  });

  it('a collaborator sees who will receive it without seeing the approvals', () => {
    const seen = digestState(em, COLLEAGUE);
    expect(seen.isOwner).toBe(false);
    expect(seen.owner).toBe(OWNER);
    expect(seen.settings.approvedEmails).toBeUndefined();
    const state = (e: string) => seen.recipients.find((r) => r.email.toLowerCase() === e)?.state;
    expect(state(OUTSIDER)).toBe('waiting for approval');
    for (const a of APPROVED) expect(state(a)).toBe('will receive');
  });

  it('once the owner approves it, it gets the next week’s email, once', () => {
    const after = em.call('approveRecipients', [OUTSIDER]) as DigestStateJson;
    expect(after.recipients.find((r) => r.email.toLowerCase() === OUTSIDER)?.state).toBe(
      'will receive',
    );
    untilNextMonday(em, '2026-10-26');
    const days = digests(em)
      .filter((m) => m.to[0].toLowerCase() === OUTSIDER)
      .map((m) => m.sentAt.slice(0, 10));
    expect(days).toEqual(['2026-10-26']);
  });
});

describe('whole public mail providers cannot be approved, and approvals can be withdrawn', () => {
  const STRANGER = 'stranger@gmail.com';
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:00:00` });
  addStakeholder(em, PROSPECT, ['Stranger', STRANGER, 'Prospect', '']);
  const ROW = addStakeholder(em, PROSPECT, ['Sam Colleague', COLLEAGUE, 'Vendor', 'SE']);

  it('refuses approving gmail.com as a domain, naming it, and changes nothing', () => {
    const message = errorOf(() =>
      em.call('configureWeeklyDigest', {
        enabled: true,
        weekday: 'MONDAY',
        hour: 9,
        approvedDomains: ['vendor.example', 'gmail.com'],
      }),
    );
    expect(message).toContain(
      'gmail.com is a public mail provider: approve people at it one by one',
    );
    expect(errorOf(() => em.call('approveRecipients', ['@gmail.com']))).toContain(
      'gmail.com is a public mail provider',
    );
    expect(digestState(em).settings.approvedDomains).toEqual(['vendor.example']);
  });

  it('no longer honours a stored approval of gmail.com from the previous version', () => {
    const key = `map.digest.approvals.${em.workbook.id}`;
    em.properties
      .user(OWNER)
      .set(key, JSON.stringify({ emails: [CHAMPION], domains: ['vendor.example', 'gmail.com'] }));
    const state = digestState(em);
    expect(state.recipients.find((r) => r.email === STRANGER)?.state).toBe('waiting for approval');
    expect(state.settings.approvedDomains).toEqual(['vendor.example']);
    expect(state.ignoredApprovals).toEqual([
      {
        domain: 'gmail.com',
        message:
          'gmail.com is a public mail provider: approve people at it one by one; this approval is no longer honoured',
      },
    ]);
    em.advance('2h');
    expect(digests(em).some((m) => m.to.includes(STRANGER))).toBe(false);
  });

  it('withdraws an address and a domain: they are not mailed from the next run on', () => {
    expect(errorOf(() => em.call('withdrawApprovals', { emails: [COLLEAGUE] }))).toMatch(
      /approved through the whole domain vendor\.example: withdraw vendor\.example/,
    );
    const after = em.call('withdrawApprovals', {
      emails: [CHAMPION],
      domains: ['vendor.example', 'gmail.com'],
    }) as DigestStateJson;
    expect(after.settings.approvedEmails).toEqual([]);
    expect(after.settings.approvedDomains).toEqual([]);
    expect(after.ignoredApprovals).toBeUndefined();
    const state = (e: string) => after.recipients.find((r) => r.email === e)?.state;
    expect(state(CHAMPION)).toBe('waiting for approval');
    expect(state(SELLER)).toBe('waiting for approval');
    expect(state(COLLEAGUE)).toBe('waiting for approval');
    expect(state(OWNER)).toBe('will receive');
    expect(after.recipients.find((r) => r.row === ROW)?.email).toBe(COLLEAGUE);
    untilNextMonday(em, '2026-10-19');
    expect(digestDays(em, timeZone)).toEqual({
      [OWNER]: [MONDAY, '2026-10-19'],
      [SELLER]: [MONDAY],
      [CHAMPION]: [MONDAY],
      [COLLEAGUE]: [MONDAY],
    });
  });

  it('only the schedule’s owner can withdraw', () => {
    expect(() => em.callAs(COLLEAGUE, 'withdrawApprovals', { emails: [OWNER] })).toThrow(
      new RegExp(`run by ${OWNER}`),
    );
  });
});
