// When the weekly email can reach nobody, or not everyone: 90 junk rows pasted at an approved
// domain, a Stakeholders tab whose headings were swapped, a tab cleared of its people. Nobody is
// mailed past a limit, nobody is shown as "will receive" who a run skips, and the seller is told
// once per problem (by email and in the banner); the email goes out the hour it is repaired.
import type { DigestStateJson } from '../../../src/shared/api';
import { digestDays, digests, digestState, notes } from '../../support/weekly-oracle';
import {
  APPROVED,
  COLLEAGUE,
  CHAMPION,
  digestWorld,
  nextStakeholderRow,
  OWNER,
  paste,
} from '../../support/world';

jest.setTimeout(120_000);

const REAL = 'rhea.real@vendor.example';

describe('90 junk rows at the approved domain, above a real stakeholder', () => {
  const { em, timeZone } = digestWorld();
  const first = nextStakeholderRow(em);
  const junk = Array.from({ length: 90 }, (_, i) => [
    `Junk ${i}`,
    `${'zq'.repeat(30)}.${i}@vendor.example`,
    'Vendor',
    '',
    'TRUE',
  ]);
  paste(em, `Stakeholders!A${first}`, [...junk, ['Rhea Real', REAL, 'Vendor', 'SE', 'TRUE']]);
  const realRow = first + 90;

  it('shows nobody as "will receive", the real one included, and says why', () => {
    const state = digestState(em);
    expect(state.recipients.filter((r) => r.state === 'will receive')).toEqual([]);
    const real = state.recipients.find((r) => r.row === realRow);
    expect(real).toMatchObject({ email: REAL, state: 'will not receive' });
    expect(real?.reason).toMatch(/over the plan's maximum/);
    expect(state.maxRecipients).toBe(50);
    expect(state.banner).toContain(
      'The Stakeholders tab ticks 94 approved people for the weekly email; the most one plan can mail is 50. Untick some',
    );
    expect(state.sendNow).toEqual({ recipients: [], reason: expect.stringMatching(/maximum/) });
  });

  it('shows a collaborator nobody as receiving either', () => {
    const seen = digestState(em, COLLEAGUE);
    expect(seen.isOwner).toBe(false);
    expect(seen.recipients.filter((r) => r.state === 'will receive')).toEqual([]);
    expect(seen.recipients.find((r) => r.row === realRow)?.reason).toMatch(/maximum/);
  });

  it('mails nobody at the slot, and tells the owner once, not every hour', () => {
    em.advance('3h');
    expect(digests(em)).toEqual([]);
    expect(notes(em).map((m) => [m.to, m.subject])).toEqual([
      [[OWNER], expect.stringMatching(/Weekly plan email not sent: .* needs a repair/)],
    ]);
    expect(notes(em)[0].body).toContain('ticks 94 approved people');
  });

  it('sends that week’s email the hour the junk is gone', () => {
    paste(
      em,
      `Stakeholders!A${first}`,
      junk.map(() => ['', '', '', '', '']),
    );
    em.advance('1h');
    const days = digestDays(em, timeZone);
    expect(Object.keys(days).sort()).toEqual([...APPROVED, REAL].sort());
    expect(digestState(em).banner).toBeNull();
  });
});

describe('a Stakeholders tab that can mail nobody', () => {
  it('with its headings swapped: every address unreadable, the owner told once, sent once repaired', () => {
    const { em } = digestWorld();
    const sheet = em.workbook.requireSheet('Stakeholders');
    const values = sheet.read({ row: 1, column: 1, numRows: 10, numColumns: 5 }).values;
    const headingRow = values.findIndex((r) => r[0] === 'Name') + 1;
    // Email and Role trade places: the Role column is read as the addresses.
    paste(em, `Stakeholders!A${headingRow}`, [['Name', 'Role', 'Side', 'Email', 'Weekly email']]);
    em.advance('3h');
    expect(digests(em)).toEqual([]);
    expect(notes(em)).toHaveLength(1);
    expect(notes(em)[0].body).toMatch(
      /none of the 3 ticked addresses .* reads as an email address/,
    );
    const state = digestState(em) as DigestStateJson;
    expect(state.banner).toMatch(/Nobody can be sent the weekly email/);
    expect(state.sendNow?.reason).toMatch(/none of the 3 ticked addresses/);

    paste(em, `Stakeholders!A${headingRow}`, [['Name', 'Email', 'Side', 'Role', 'Weekly email']]);
    em.advance('1h');
    expect(
      digests(em)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([...APPROVED].sort());
    expect(notes(em)).toHaveLength(1);
  });

  it('cleared of its people: the owner told once, sent the day someone is back', () => {
    const { em, timeZone } = digestWorld();
    const sheet = em.workbook.requireSheet('Stakeholders');
    const last = sheet.lastRow();
    const values = sheet.read({ row: 1, column: 1, numRows: last, numColumns: 5 }).values;
    const headingRow = values.findIndex((r) => r[0] === 'Name') + 1;
    const people = values.slice(headingRow).map((r) => r.map(String));
    paste(
      em,
      `Stakeholders!A${headingRow + 1}`,
      people.map((r) => r.map(() => '')),
    );
    em.advance('1d');
    expect(digests(em)).toEqual([]);
    expect(notes(em)).toHaveLength(1);
    expect(notes(em)[0].body).toMatch(/nobody on the Stakeholders tab has "Weekly email" ticked/);

    paste(em, `Stakeholders!A${headingRow + 1}`, [
      ['Chris', CHAMPION, 'Prospect', 'Champion', 'TRUE'],
    ]);
    em.advance('1h');
    expect(digestDays(em, timeZone)).toEqual({ [CHAMPION]: ['2026-10-13'] });
    expect(digestState(em).banner).toBeNull();
  });
});
