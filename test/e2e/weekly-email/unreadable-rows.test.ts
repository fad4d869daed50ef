// What the add-on could not read reaches the people who can fix it: the owner's own copy of the
// weekly email lists the plan's and the Stakeholders tab's unreadable rows (nobody else's copy
// does), the sidebar's weekly-email screen lists the Stakeholders rows, a Stakeholders tab that
// lost a column the email needs is said at once rather than after the next hourly run, and a
// domain given to approveRecipients is refused with the way to approve a domain.
import type { Emulator } from '../../../dev/emulator';
import type { DigestStateJson, SidebarState } from '../../../src/shared/api';
import {
  addStakeholder,
  CHAMPION,
  COLLEAGUE,
  digestWorld,
  OWNER,
  PROSPECT,
  STAKEHOLDERS,
} from '../../support/world';
import { digests, digestState, sidebar } from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MAP = 'MAP – Acme';
const MONDAY = '2026-10-12';

/**
 * Values that got past the dropdowns and checkboxes (an import, another script, a paste of
 * values where the tab's validation was removed): written into the sheet model directly.
 */
function pastValues(
  em: Emulator,
  sheet: string,
  row: number,
  column: number,
  values: string[][],
): void {
  em.workbook.requireSheet(sheet).write(
    row,
    column,
    values.map((cells) => cells.map((text) => ({ text }))),
  );
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected a refusal');
}

describe('unreadable rows in the owner’s copy and the sidebar', () => {
  const { em } = digestWorld({ now: `${MONDAY}T08:00:00` });
  // Thirteen target dates nobody can read, pasted at once, one of them markup.
  em.paste(`${MAP}!G9`, [
    ['next week'],
    ['<b>soon</b>'],
    ...Array.from({ length: 11 }, (_, i) => [`later ${i}`]),
  ]);
  const badSide = addStakeholder(em, PROSPECT, ['Pat', 'pat@customer.example', 'Prospect', '']);
  const badTick = addStakeholder(em, PROSPECT, ['Quinn', 'quinn@customer.example', 'Prospect', '']);
  pastValues(em, `${STAKEHOLDERS}`, badSide, 3, [['Vendr']]);
  pastValues(em, `${STAKEHOLDERS}`, badTick, 5, [['maybe']]);

  it('lists both tabs’ rows by number in the sidebar’s plan status and weekly-email state', () => {
    const state = sidebar(em);
    const planRows = state.plan?.warnings.map((w) => w.row) ?? [];
    expect(planRows).toEqual(expect.arrayContaining([9, 10, 21]));
    expect(state.digest?.stakeholderWarnings).toEqual({
      shown: [
        { row: badSide, message: "Side 'Vendr' is not one of Vendor, Prospect, Joint" },
        { row: badTick, message: "Weekly email 'maybe' is not ticked or unticked" },
      ],
      more: 0,
    });
    // Sheet facts, not approvals: a collaborator who can fix the tab sees them too.
    expect(digestState(em, COLLEAGUE).stakeholderWarnings?.shown.map((w) => w.row)).toEqual([
      badSide,
      badTick,
    ]);
  });

  it('puts them, capped and escaped, in the owner’s copy only', () => {
    em.advance('2h');
    const sent = digests(em);
    const own = sent.find((m) => m.to[0] === OWNER);
    if (!own?.htmlBody) throw new Error('the owner got no HTML copy');
    for (const body of [own.body, own.htmlBody.replace(/&#39;/g, "'")]) {
      expect(body).toMatch(/Plan rows to check \(13\)/i);
      expect(body).toContain("Target date 'next week' is not a date");
      expect(body).toContain("Target date 'later 7' is not a date");
      expect(body).not.toContain("Target date 'later 8'");
      expect(body).toContain('and 3 more on the plan tab');
      expect(body).toMatch(/Stakeholders rows the add-on could not read \(2\)/i);
      expect(body).toContain(`Row ${badTick}`);
      expect(body).toContain("Weekly email 'maybe' is not ticked or unticked");
    }
    expect(own.body).toContain(`Row ${badSide}\n  Side 'Vendr' is not one of Vendor`);
    expect(own.body).toContain("Target date '<b>soon</b>' is not a date");
    // The steps themselves carry the same words as the status, never a bare "no date".
    for (const mail of sent) expect(mail.body).not.toMatch(/\bno date\b/);
    expect(own.body).toContain("Olivia Owner | 'later 0' is not a date | needs a date");
    expect(own.htmlBody).not.toContain('<b>soon</b>');
    expect(own.htmlBody).toContain('&lt;b&gt;soon&lt;/b&gt;');
    const others = sent.filter((m) => m.to[0] !== OWNER);
    expect(others.map((m) => m.to[0]).sort()).toEqual(['ana@vendor.example', CHAMPION].sort());
    for (const m of others) {
      expect(m.body).not.toMatch(/could not read/i);
      expect(m.htmlBody).not.toMatch(/could not read/i);
      expect(m.body).not.toContain('Vendr');
    }
  });

  it('costs the sidebar no service call per unreadable row', () => {
    em.resetCounts();
    sidebar(em);
    const before = em.counts();
    pastValues(
      em,
      STAKEHOLDERS,
      badTick + 1,
      1,
      Array.from({ length: 40 }, (_, i) => [
        `P${i}`,
        `p${i}@customer.example`,
        'Nowhere',
        '',
        'perhaps',
      ]),
    );
    sidebar(em); // the owner's view refreshes its display copy of the new addresses once
    em.resetCounts();
    const state = sidebar(em);
    expect(em.counts()).toEqual(before);
    expect(state.digest?.stakeholderWarnings?.shown).toHaveLength(20);
    expect(state.digest?.stakeholderWarnings?.more).toBe(2 + 80 - 20);
  });
});

describe.each([
  ['Weekly email', 'E1'],
  ['Email', 'B1'],
])('the Stakeholders tab loses its %s column', (heading, cell) => {
  const { em } = digestWorld({ now: `${MONDAY}T08:00:00` });
  const message = `The tab '${STAKEHOLDERS}' has no '${heading}' column; add a column headed ${heading}.`;
  const paused = `The weekly email is paused until the plan can be read again: ${message}`;

  it('says so in the sidebar at once, in the words the run then uses, and keeps the plan', () => {
    em.edit(`${STAKEHOLDERS}!${cell}`, 'Notes');
    const state: SidebarState = sidebar(em);
    expect(state.digest?.banner).toBe(paused);
    expect(state.plan?.status).toBeDefined();
    expect(state.planProblem).toBeNull();
    // Nobody runs the schedule but the owner; a colleague sees the same.
    expect(digestState(em, COLLEAGUE).banner).toBe(paused);
  });

  it('pauses the run on it, which then says the same', () => {
    em.advance('2h');
    expect(digests(em)).toEqual([]);
    expect(digestState(em).banner).toBe(paused);
    expect(errorOf(() => em.call('sendWeeklyDigestNow'))).toBe(message);
  });

  it('clears the moment the heading is back, and the week is sent at the next run', () => {
    em.edit(`${STAKEHOLDERS}!${cell}`, heading);
    expect(digestState(em).banner).toBeNull();
    em.advance('1h');
    expect(digests(em).map((m) => m.to[0].toLowerCase())).toContain(OWNER);
  });
});

describe('a Stakeholders column lost while the email is off', () => {
  it('tells why nobody could get it', () => {
    const { em } = digestWorld({ configure: false });
    em.edit(`${STAKEHOLDERS}!E1`, 'Notes');
    expect(digestState(em).banner).toBe(
      `The weekly email cannot be sent until this is fixed: The tab '${STAKEHOLDERS}' has no 'Weekly email' column; add a column headed Weekly email.`,
    );
  });
});

describe('approveRecipients given a domain', () => {
  const { em } = digestWorld();
  addStakeholder(em, PROSPECT, ['Pat', 'pat@customer.example', 'Prospect', '']);
  const waiting = (state: DigestStateJson) =>
    state.recipients.find((r) => r.email === 'pat@customer.example')?.state;

  it.each(['@customer.example', 'customer.example'])(
    'refuses %s with the way to approve a domain, and approves nothing',
    (value) => {
      const stored = JSON.stringify(em.toState().properties);
      const message = errorOf(() => em.call('approveRecipients', [value, 'ok@other.example']));
      expect(message).toContain(`'${value}': that is a whole domain, not one address`);
      expect(message).toContain('"Approve everyone at customer.example"');
      expect(message).toContain('approvedDomains');
      expect(JSON.stringify(em.toState().properties)).toBe(stored);
      expect(waiting(digestState(em))).toBe('waiting for approval');
    },
  );

  it('still approves the domain the way it names', () => {
    const state = em.call('configureWeeklyDigest', {
      ...digestState(em).settings,
      approvedDomains: ['vendor.example', 'customer.example'],
    }) as DigestStateJson;
    expect(waiting(state)).toBe('will receive');
  });
});
