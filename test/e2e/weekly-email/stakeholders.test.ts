// Who gets the weekly email, as the prospect edits the Stakeholders tab: duplicates in another
// case, outsiders, blank rows, unticked boxes, junk addresses. Approvals that could never match
// are refused aloud; a Stakeholders tab that disappears pauses the email (and says so) instead
// of closing the week with nobody mailed; every digest function answers in plain JSON.
import type { Emulator } from '../../../dev/emulator';
import type { DigestStateJson, SendReportJson, SidebarState } from '../../../src/shared/api';
import { create, errorOf, OWNER, paste, world } from '../../support/world';
import { notJson } from '../../support/plan-oracle';

jest.setTimeout(60_000);

const SELLER = 'Ana@Vendor.example';
const CHAMPION = 'chris@customer.example';
const SETTINGS = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendor.example'],
  approvedEmails: ['Chris@Customer.example', 'dana@customer.example'],
};

function digestWorld(): Emulator {
  const em = world({ timeZone: 'Pacific/Chatham', now: '2026-11-02T08:30:00' }).em;
  create(em, {
    sellers: [
      { name: 'Olivia', email: OWNER },
      { name: 'Ana', email: SELLER },
    ],
  });
  const rows = [
    ['Ana again', 'ana@VENDOR.example', 'Vendor', 'AE', 'TRUE'],
    ['Chris', CHAMPION, 'Prospect', 'Champion', 'TRUE'],
    ['Chris twice', 'CHRIS@customer.example', 'Prospect', 'Champion', 'TRUE'],
    ['Mallory', 'mallory@outsider.example', 'Prospect', 'Champion', 'TRUE'],
    ['', '', '', '', ''],
    ['Quiet', 'quiet@customer.example', 'Prospect', 'Legal', 'FALSE'],
    ['Junk', 'not an email', 'Prospect', 'Legal', 'TRUE'],
    ['Dana', '  dana@customer.example  ', 'Prospect', 'Legal', 'TRUE'],
  ];
  paste(em, `Stakeholders!A${em.workbook.requireSheet('Stakeholders').lastRow() + 1}`, rows);
  return em;
}

function digestState(em: Emulator): DigestStateJson {
  return (em.call('getSidebarState') as SidebarState).digest as DigestStateJson;
}

describe('recipients of a Stakeholders tab the prospect has edited', () => {
  const em = digestWorld();
  const configured = em.call('configureWeeklyDigest', SETTINGS) as DigestStateJson;

  it('lists each address once, with its state and a reason for the ones not mailed', () => {
    const states = configured.recipients.map((r) => [r.email.toLowerCase(), r.state]);
    expect(states).toEqual([
      [OWNER, 'will receive'],
      [SELLER.toLowerCase(), 'will receive'],
      [CHAMPION, 'will receive'],
      ['mallory@outsider.example', 'waiting for approval'],
      ['not an email', 'invalid'],
      ['dana@customer.example', 'will receive'],
    ]);
    for (const r of configured.recipients.filter((x) => x.state !== 'will receive')) {
      expect(r.reason).toBeTruthy();
    }
  });

  it('previews and sends exactly one email to each approved address, none to anyone else', () => {
    const preview = em.call('previewWeeklyDigest') as { to: string }[];
    expect(em.outbox).toEqual([]);
    em.advance('1h');
    const sent = em.outbox.map((m) => m.to.map((t) => t.toLowerCase()));
    expect(sent.every((to) => to.length === 1)).toBe(true);
    expect(sent.flat().sort()).toEqual(
      [OWNER, SELLER.toLowerCase(), CHAMPION, 'dana@customer.example'].sort(),
    );
    expect(preview.map((p) => p.to.toLowerCase()).sort()).toEqual(sent.flat().sort());
    for (const m of em.outbox) {
      expect(m.from).toBe(OWNER);
      expect(m.replyTo).toBe(OWNER);
      expect(m.subject).not.toMatch(/[\r\n]/);
    }
  });

  it('does not send again this week, and reports who is still waiting', () => {
    const report = em.call('sendWeeklyDigestNow') as SendReportJson;
    expect(notJson(report)).toEqual([]);
    expect(report.sent).toEqual([]);
    expect(report.alreadySent).toHaveLength(4);
    expect(report.waitingForApproval).toEqual(['mallory@outsider.example']);
    expect(em.outbox).toHaveLength(4);
  });
});

describe('approvals that could never match an address', () => {
  it.each([
    [{ approvedEmails: ['bad'] }, `"approvedEmails": 'bad' is not an email address (missing @)`],
    [{ approvedEmails: ['Sam <sam@x.example>'] }, 'is not an email address'],
    [{ approvedDomains: ['*.customer.example'] }, "'*.customer.example' is not a domain"],
    [{ approvedDomains: ['localhost'] }, "'localhost' is not a domain"],
  ])('%j is refused and nothing changes', (approvals, message) => {
    const em = digestWorld();
    em.call('configureWeeklyDigest', SETTINGS);
    const before = JSON.stringify(em.toState().properties);
    expect(
      errorOf(() => em.call('configureWeeklyDigest', { ...SETTINGS, ...approvals })),
    ).toContain(message);
    expect(JSON.stringify(em.toState().properties)).toBe(before);
  });

  it('more than a property can hold is refused in words, not the store’s error', () => {
    const em = digestWorld();
    const approvedEmails = Array.from({ length: 2000 }, (_, i) => `person${i}@customer.example`);
    const message = errorOf(() =>
      em.call('configureWeeklyDigest', { ...SETTINGS, approvedEmails }),
    );
    expect(message).toMatch(/^Too many approvals to keep \(2000 addresses, 1 domains\)/);
    expect(em.triggers().filter((t) => t.handler === 'weeklyDigestTick')).toEqual([]);
  });

  it('approveRecipients refuses junk the same way', () => {
    const em = digestWorld();
    em.call('configureWeeklyDigest', SETTINGS);
    expect(errorOf(() => em.call('approveRecipients', ['not an email']))).toMatch(
      /contains a space/,
    );
    const state = em.call('approveRecipients', ['Mallory@Outsider.example']) as DigestStateJson;
    expect(state.recipients.find((r) => r.email === 'mallory@outsider.example')?.state).toBe(
      'will receive',
    );
  });
});

describe('the Stakeholders tab deleted', () => {
  const em = digestWorld();
  em.call('configureWeeklyDigest', SETTINGS);
  const saved = em.workbook.requireSheet('Stakeholders');

  it('pauses the weekly email with a banner instead of silently skipping the week', () => {
    em.workbook.deleteSheet(saved);
    em.advance('2h');
    expect(em.outbox).toEqual([]);
    const state = digestState(em);
    expect(state.banner).toMatch(/paused.*The Stakeholders tab is missing/);
    expect(errorOf(() => em.call('sendWeeklyDigestNow'))).toMatch(/Stakeholders tab is missing/);
    // The plan itself still reads: the sidebar keeps showing its status.
    expect((em.call('getSidebarState') as SidebarState).plan?.status).toBe('On track');
  });

  it('sends that week’s email at the next tick once a Stakeholders tab is back', () => {
    em.workbook.insertSheet('Stakeholders');
    paste(em, 'Stakeholders!A1', [
      ['Name', 'Email', 'Side', 'Role', 'Weekly email'],
      ['Olivia', OWNER, 'Vendor', 'AE', 'TRUE'],
    ]);
    em.advance('1h');
    expect(em.outbox.map((m) => m.to)).toEqual([[OWNER]]);
    expect(digestState(em).banner).toBeNull();
  });
});

describe('the Stakeholders headings deleted', () => {
  it('names the tab and what to put back, and mails again once they are back', () => {
    const em = digestWorld();
    em.call('configureWeeklyDigest', SETTINGS);
    const sheet = em.workbook.requireSheet('Stakeholders');
    const values = sheet.read({ row: 1, column: 1, numRows: 10, numColumns: 5 }).values;
    const headingRow = values.findIndex((r) => r[0] === 'Name') + 1;
    const headings = values[headingRow - 1].map(String);
    paste(em, `Stakeholders!A${headingRow}`, [headings.map(() => '')]);
    em.advance('2h');
    expect(em.outbox).toEqual([]);
    const paused = /The tab 'Stakeholders' no longer has the Stakeholders headings/;
    expect(digestState(em).banner).toMatch(paused);
    expect(errorOf(() => em.call('sendWeeklyDigestNow'))).toMatch(paused);

    paste(em, `Stakeholders!A${headingRow}`, [headings]);
    em.advance('1h');
    expect(em.outbox.length).toBeGreaterThan(0);
    expect(digestState(em).banner).toBeNull();
  });
});

describe('every public function answers in plain JSON', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('in %s', (timeZone) => {
    const em = world({ timeZone, now: '2026-11-02T08:30:00' }).em;
    const calls: [string, unknown[]][] = [
      ['getSidebarState', []],
      ['previewSchedule', [{ template: 'poc', signatureDate: '2026-12-20' }]],
      [
        'createPlan',
        [{ template: 'poc', customer: 'A', vendor: 'B', signatureDate: '2026-12-20' }],
      ],
      ['getPlanStatus', []],
      ['refreshFormatting', []],
      ['configureWeeklyDigest', [SETTINGS]],
      ['approveRecipients', [['x@y.example']]],
      ['previewWeeklyDigest', []],
      ['sendTestDigestToMe', []],
      ['sendWeeklyDigestNow', []],
      ['getSidebarState', []],
      ['configureWeeklyDigest', [{ ...SETTINGS, enabled: false }]],
      ['getSidebarState', []],
    ];
    for (const [name, args] of calls) {
      const result = em.call(name, ...args);
      expect([name, notJson(result)]).toEqual([name, []]);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });
});
