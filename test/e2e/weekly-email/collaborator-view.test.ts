// Approvals live in the schedule owner's user properties, which nobody else can read. A
// collaborator's sidebar still shows the truth: the owner's runs leave a display copy (which
// current addresses they checked, which are approved, which domains) in document properties,
// and an address the copy does not cover is shown as "not checked yet", never as approved.
// The copy is display only: forging it (or anything else in document properties) mails nobody.
import type { DigestStateJson, RecipientJson } from '../../../src/shared/api';
import {
  addStakeholder,
  APPROVED,
  CHAMPION,
  COLLEAGUE,
  digestWorld,
  OWNER,
  PROSPECT,
  SELLER,
} from '../../support/world';
import { digests, digestState } from '../../support/weekly-oracle';

jest.setTimeout(180_000);

const MONDAY = '2026-10-12';
const NEWHIRE = 'newhire@vendor.example';
const LATECOMER = 'latecomer@customer.example';
const OUTSIDER = 'mallory@outsider.example';

function seen(state: DigestStateJson, email: string): RecipientJson | undefined {
  return state.recipients.find((r) => r.email.toLowerCase() === email);
}

describe('a collaborator’s view of who gets the weekly email', () => {
  const { em } = digestWorld({ now: `${MONDAY}T07:30:00` });
  addStakeholder(em, PROSPECT, ['Late Comer', LATECOMER, 'Prospect', 'Legal']);

  it('shows what the owner approved, once the owner approves it', () => {
    // The owner looks at the sidebar: the latecomer is waiting, and the copy says so.
    expect(seen(digestState(em, OWNER), LATECOMER)?.state).toBe('waiting for approval');
    let theirs = digestState(em, COLLEAGUE);
    expect(seen(theirs, LATECOMER)).toMatchObject({
      state: 'waiting for approval',
      reason: `waiting for ${OWNER} to approve it`,
    });
    expect(seen(theirs, LATECOMER)?.unchecked).toBeUndefined();
    for (const a of APPROVED) expect(seen(theirs, a)?.state).toBe('will receive');

    em.call('approveRecipients', [LATECOMER]);
    theirs = digestState(em, COLLEAGUE);
    expect(seen(theirs, LATECOMER)?.state).toBe('will receive');
    expect(theirs.settings.approvedEmails).toBeUndefined();
  });

  it('reads an address added since at an approved domain as receiving, any other as not checked', () => {
    addStakeholder(em, PROSPECT, ['New Hire', NEWHIRE, 'Vendor', 'SE']);
    addStakeholder(em, PROSPECT, ['Mallory', OUTSIDER, 'Prospect', 'Procurement']);
    const theirs = digestState(em, COLLEAGUE);
    expect(seen(theirs, NEWHIRE)?.state).toBe('will receive');
    expect(seen(theirs, OUTSIDER)).toMatchObject({
      state: 'waiting for approval',
      unchecked: true,
    });
    expect(seen(theirs, OUTSIDER)?.reason).toContain(`managed by ${OWNER}`);
    // Once the owner's sidebar has looked at it, it is known to be waiting.
    digestState(em, OWNER);
    expect(seen(digestState(em, COLLEAGUE), OUTSIDER)).toMatchObject({
      state: 'waiting for approval',
      reason: `waiting for ${OWNER} to approve it`,
    });
  });

  it('a prospect who rewrites document properties gets nobody mailed', () => {
    const doc = em.properties.document(em.workbook.id);
    doc.set(
      'map.digest.approvedView',
      JSON.stringify({
        v: 2,
        owner: OWNER,
        checked: [OUTSIDER],
        approved: [OUTSIDER],
        domains: ['outsider.example'],
      }),
    );
    doc.set(
      `map.digest.approvals.${em.workbook.id}`,
      JSON.stringify({ emails: [OUTSIDER], domains: ['outsider.example'] }),
    );
    em.advance('3h');
    const mailed = digests(em).map((m) => m.to[0].toLowerCase());
    expect(mailed.sort()).toEqual([...APPROVED, LATECOMER, NEWHIRE].sort());
    expect(mailed).not.toContain(OUTSIDER);
    // The owner's run put the copy right again.
    expect(seen(digestState(em, COLLEAGUE), OUTSIDER)?.state).toBe('waiting for approval');
  });

  it('after a take-over, shows the new owner’s approvals, not the old ones', () => {
    em.callAs(COLLEAGUE, 'configureWeeklyDigest', {
      enabled: true,
      weekday: 'MONDAY',
      hour: 9,
      approvedDomains: ['vendor.example'],
      takeOver: true,
    });
    const formerOwner = digestState(em, OWNER);
    expect(formerOwner.isOwner).toBe(false);
    expect(seen(formerOwner, SELLER)?.state).toBe('will receive');
    expect(seen(formerOwner, CHAMPION)).toMatchObject({
      state: 'waiting for approval',
      reason: `waiting for ${COLLEAGUE} to approve it`,
    });
  });
});
