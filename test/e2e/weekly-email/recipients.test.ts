// Probe: who gets the weekly email when the prospect fills the Stakeholders tab the way people
// do: nearly the 50 one plan can mail (more are refused: limits.test.ts), addresses in upper case, with spaces around them, listed twice,
// mistyped, on a subdomain or a look-alike of an approved domain. Approvals typed in odd case.
// Then what the email says: a subject from a customer name full of CR/LF and far too long, and
// dates written in the spreadsheet's zone when the script's is a whole day away.
import type { DigestEmailJson, DigestStateJson, SendReportJson } from '../../../src/shared/api';
import { create, OWNER, paste, PROSPECT, world } from '../../support/world';
import { letter, stepRows, tab } from '../../support/sheet';
import { addDays } from '../../support/plan-oracle';
import { digestMails, expectOncePerPeriod, shortDay, wallOf } from '../../support/weekly-oracle';

jest.setTimeout(240_000);

const ZONE = 'Asia/Kathmandu';
const SCHEDULE = { timeZone: ZONE, weekday: 'MONDAY', hour: 9 } as const;

/**
 * 47 people of the customer, every other one typed in upper case with spaces around it: with the
 * owner and the one ticked by "1", 49 approved, one under the plan's maximum of 50.
 */
const PEOPLE = Array.from({ length: 47 }, (_, i) =>
  i % 2 === 0 ? `person${i}@customer.example` : `  Person${i}@CUSTOMER.Example `,
);
const UNAPPROVED = [
  'eve@sub.customer.example', // a subdomain of an approved domain
  'eve@evilcustomer.example', // a look-alike that ends the same
  'eve@customer.example.evil.example', // an approved domain as a prefix
  'eve@vendor.example.evil.example',
];
const INVALID = [
  'person1@customer.example, boss@customer.example',
  'Dana <dana@customer.example>',
  'mailto:ed@customer.example',
  'fay@customer.example.',
  'gus@@customer.example',
  'hal@customer',
  'ivy@customer.example\u200b',
];

const TYPED_ONE = 'typed.one@customer.example';

function rowsOf(addresses: readonly string[], tick = 'TRUE'): string[][] {
  return addresses.map((email, i) => [`Person ${i}`, email, 'Prospect', 'Champion', tick]);
}

describe('49 people, duplicates, outsiders and typos on the Stakeholders tab', () => {
  const em = world({ timeZone: ZONE, scriptTimeZone: 'Pacific/Apia', now: '2026-11-02T08:30' }).em;
  const approved = [OWNER, ...PEOPLE.map((p) => p.trim().toLowerCase()), TYPED_ONE];
  let configured: DigestStateJson;

  beforeAll(() => {
    create(em, { signatureDate: '2027-06-30', sellers: [{ name: 'Olivia', email: OWNER }] });
    const rows = [
      ...rowsOf(PEOPLE),
      // The same people again, in another case: never a second email.
      ...rowsOf(PEOPLE.slice(0, 12).map((p) => p.trim().toUpperCase())),
      ...rowsOf(UNAPPROVED),
      ...rowsOf(INVALID),
      ...rowsOf(['quiet@customer.example'], 'FALSE'),
      // "1" typed over the checkbox becomes the number 1: a tick all the same.
      ...rowsOf([TYPED_ONE], '1'),
      ['Olivia again', ' OWNER@Vendor.Example', 'Vendor', 'AE', 'TRUE'],
    ];
    const at = em.workbook.requireSheet('Stakeholders').lastRow() + 1;
    paste(em, `Stakeholders!A${at}`, rows);
    configured = em.call('configureWeeklyDigest', {
      enabled: true,
      weekday: 'MONDAY',
      hour: 9,
      approvedDomains: ['CUSTOMER.EXAMPLE', '@Vendor.Example.'],
    }) as DigestStateJson;
  });

  it('lists each address once, first spelling kept, with its state and a reason', () => {
    const keys = configured.recipients.map((r) => r.email.trim().toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    const byState = (state: string) =>
      configured.recipients.filter((r) => r.state === state).map((r) => r.email.toLowerCase());
    expect(byState('will receive').sort()).toEqual([...approved].sort());
    expect(byState('waiting for approval').sort()).toEqual([...UNAPPROVED].sort());
    expect(byState('invalid')).toHaveLength(INVALID.length);
    for (const r of configured.recipients.filter((x) => x.state !== 'will receive')) {
      expect([r.email, r.reason]).toEqual([r.email, expect.stringMatching(/\S/)]);
    }
    expect(configured.recipients.map((r) => r.email)).not.toContain('quiet@customer.example');
    // The first row's spelling is the one shown (trimmed), not the later upper-case repeat.
    expect(configured.recipients.map((r) => r.email)).toContain('Person1@CUSTOMER.Example');
    expect(configured.settings.approvedDomains).toEqual(['customer.example', 'vendor.example']);
  });

  it('previews exactly the approved people, sending nothing', () => {
    const preview = em.call('previewWeeklyDigest') as DigestEmailJson[];
    expect(preview.map((p) => p.to.trim().toLowerCase()).sort()).toEqual([...approved].sort());
    expect(em.outbox).toEqual([]);
  });

  it('sends 49 messages of one recipient each at 9:00 local, once, and none to the rest', () => {
    em.advance('1h');
    expectOncePerPeriod(digestMails(em.outbox), SCHEDULE, approved, ['2026-11-02']);
    expect(em.outbox.every((m) => m.from === OWNER && m.replyTo === OWNER)).toBe(true);
    expect(new Set(em.outbox.map((m) => wallOf(m.sentAt, ZONE).hour))).toEqual(new Set([9]));
  });

  it('"send now" in the same week sends nobody again and says who is still waiting', () => {
    const report = em.call('sendWeeklyDigestNow') as SendReportJson;
    expect(report.sent).toEqual([]);
    expect(report.alreadySent).toHaveLength(approved.length);
    expect([...report.waitingForApproval].sort()).toEqual([...UNAPPROVED].sort());
    expect(digestMails(em.outbox)).toHaveLength(approved.length);
  });

  it('an address approved in odd case mid-week gets the next week’s email, once', () => {
    const state = em.call('approveRecipients', [' EVE@Sub.Customer.Example ']) as DigestStateJson;
    expect(state.recipients.find((r) => r.email === UNAPPROVED[0])?.state).toBe('will receive');
    // The first hourly run after the approval, then a jump to next Monday's 9:00 run (the
    // hours between, each a run that finds nothing due, are played in schedule.test.ts).
    em.advance('1h');
    em.setNow('2026-11-09T08:30');
    em.advance('1h');
    const mails = digestMails(em.outbox);
    expectOncePerPeriod(
      mails.filter((m) => m.sentAt > '2026-11-05'),
      SCHEDULE,
      [...approved, UNAPPROVED[0]],
      ['2026-11-09'],
    );
    for (const outsider of UNAPPROVED.slice(1)) {
      expect(em.outbox.flatMap((m) => m.to.map((t) => t.toLowerCase()))).not.toContain(outsider);
    }
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });
});

describe('the subject and sender when the prospect types CR/LF and a novel into the header', () => {
  const em = world({ timeZone: 'America/St_Johns', now: '2026-11-02T08:30' }).em;
  const made = create(em, { sellers: [{ name: 'Olivia', email: OWNER }] });
  const map = made.sheetName;
  const customer = `Acme\r\nBcc: victim@evil.example\r\n\r\n${'Long name '.repeat(400)}`;
  let mail: { subject: string; name: string | null; body: string; htmlBody: string | null };

  beforeAll(() => {
    const header = tab(em, map).values.findIndex((r) => r.includes('Customer'));
    const column = tab(em, map).values[header].indexOf('Customer') + 2;
    em.as(PROSPECT).edit(`${map}!${letter(column)}${header + 1}`, customer);
    const first = stepRows(tab(em, map))[0];
    em.as(PROSPECT).edit(`${map}!C${first.row}`, `Security\nSubject: review ${'x'.repeat(300)}`);
    em.as(OWNER);
    em.call('configureWeeklyDigest', { enabled: true, weekday: 'MONDAY', hour: 9 });
    em.advance('1h');
    expect(em.outbox).toHaveLength(1);
    mail = em.outbox[0];
  });

  it('is one line of at most 120 characters that starts with the plan', () => {
    const controls = Array.from(mail.subject).filter((c) => c < ' ' || '\u2028\u2029'.includes(c));
    expect(controls).toEqual([]);
    expect(Array.from(mail.subject).length).toBeLessThanOrEqual(120);
    expect(mail.subject).toMatch(/^Acme Bcc: victim@evil\.example Long name /);
    expect(mail.subject).toContain('…');
  });

  it('gives the sender a name that cannot be read as an address', () => {
    expect(mail.name).not.toMatch(/[\r\n<>@,;:"]/);
    expect(Array.from(mail.name ?? '').length).toBeLessThanOrEqual(70);
  });

  it('keeps the body readable: the header line is one line, the HTML has no raw CR/LF in it', () => {
    expect(mail.body.split('\n')[0]).toMatch(/^Acme Bcc: victim@evil\.example Long/);
    expect(mail.htmlBody).not.toContain('Acme\r\n');
    expect(mail.htmlBody).not.toContain('victim@evil.example\r\n');
  });
});

describe('dates in the email when the script’s zone is a whole day behind the sheet’s', () => {
  // Apia (+13) and Pago Pago (-11) show the same hour on different days.
  const em = world({
    timeZone: 'Pacific/Apia',
    scriptTimeZone: 'Pacific/Pago_Pago',
    now: '2026-11-01T12:00',
  }).em;
  const made = create(em, {
    signatureDate: '2026-11-20',
    compress: true,
    sellers: [{ name: 'Olivia', email: OWNER }],
  });
  const map = made.sheetName;
  const [late, moved, done] = stepRows(tab(em, map));

  beforeAll(() => {
    em.as(PROSPECT).edit(`${map}!E${late.row}`, 'Olivia');
    em.as(PROSPECT).edit(`${map}!G${late.row}`, '2026-10-30');
    em.as(OWNER);
    em.call('configureWeeklyDigest', { enabled: true, weekday: 'MONDAY', hour: 0 });
    em.advance('1d'); // Monday 2 November, 00:00 in Apia: the first email
    em.setNow('2026-11-03T00:10'); // Tuesday, ten past midnight in Apia, still Monday in the script
    em.as(PROSPECT).edit(`${map}!G${moved.row}`, addDays(moved.target as string, 7));
    em.as(PROSPECT).edit(`${map}!H${done.row}`, 'Done');
    em.as(OWNER);
    // The first hourly run after the edits, then the hours around next Monday's midnight slot.
    em.advance('1h');
    em.setNow('2026-11-08T23:30');
    em.advance('1d40m');
  });

  it('names each email’s day, the late step’s due day and days late by the sheet', () => {
    const [week1, week2] = digestMails(em.outbox);
    expect([week1, week2].map((m) => wallOf(m.sentAt, 'Pacific/Apia').day)).toEqual([
      '2026-11-02',
      '2026-11-09',
    ]);
    expect(week1.body).toContain(`Weekly update, ${shortDay('2026-11-02')}`);
    expect(week1.body).toContain(`due ${shortDay('2026-10-30')} | 3 days late`);
    expect(week2.body).toContain(`Weekly update, ${shortDay('2026-11-09')}`);
    expect(week2.body).toContain(`due ${shortDay('2026-10-30')} | 10 days late`);
  });

  it('stamps and reports the completion and the moved date with the sheet’s days', () => {
    const week2 = digestMails(em.outbox)[1];
    const doneOn = stepRows(tab(em, map)).find((s) => s.row === done.row)?.doneOn;
    expect(doneOn).toBe('2026-11-03');
    expect(week2.body).toContain(`done ${shortDay('2026-11-03')}`);
    const from = shortDay(moved.target as string);
    const to = shortDay(addDays(moved.target as string, 7));
    expect(week2.body).toContain(`${from} → ${to}`);
    expect(week2.htmlBody).toContain(shortDay('2026-11-03'));
  });
});
