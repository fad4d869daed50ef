// A year of weekly emails to 50 stakeholders, with everything that writes to the stores along
// the way: the hourly sends, a failed send retried, a week short of quota, a week whose store
// was full, a test to the owner and a "send now" now and then, a prospect swapping in a new
// address every week and the owner approving it, collaborators opening the sidebar. After
// every week the weekly email's own data must stay within the budgets of document-store.ts
// (far below 9 KB per value and 500 KB per store), and stop growing once its caps are reached.
import { Emulator } from '../../../dev/emulator';
import { addDays } from '../../../src/core/dates';
import {
  DOCUMENT_BUDGET_BYTES,
  MAX_OWN_VALUE_BYTES,
  USER_BUDGET_BYTES,
} from '../../../src/server/weekly-email/store/document-store';
import {
  COLLEAGUE,
  digestWorld,
  nextStakeholderRow,
  OWNER,
  PROSPECT,
  STAKEHOLDERS,
} from '../../support/world';
import { digests, digestState } from '../../support/weekly-oracle';

jest.setTimeout(900_000);

const WEEKS = 52;
const FIRST_MONDAY = '2026-10-12';
const STAKEHOLDER_COUNT = 50;
const JUNK = 'prospect.junk';
const FULL_WEEK = 20;
const QUOTA_WEEK = 30;
const DOMAINS = ['vendor.example', 'customer-division-0.example', 'customer-division-1.example'];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

interface Usage {
  /** The weekly email's keys in the document's properties. */
  digest: number;
  /** Everything the add-on keeps in the document's properties (the plan's record too). */
  document: number;
  largestValue: number;
  /** The owner's user properties (this spreadsheet is the only one). */
  user: number;
}

function usage(em: Emulator): Usage {
  const out: Usage = { digest: 0, document: 0, largestValue: 0, user: 0 };
  for (const [key, value] of em.properties.document(em.workbook.id)) {
    if (key === JUNK) continue;
    const size = bytes(key) + bytes(value);
    out.document += size;
    if (key.startsWith('map.digest.')) out.digest += size;
    out.largestValue = Math.max(out.largestValue, bytes(value));
  }
  for (const [key, value] of em.properties.user(OWNER)) {
    out.user += bytes(key) + bytes(value);
    out.largestValue = Math.max(out.largestValue, bytes(value));
  }
  return out;
}

function person(i: number): string {
  return `firstname.lastname.number-${String(i).padStart(2, '0')}@${DOMAINS[i % DOMAINS.length]}`;
}

describe('a year of weekly emails to 50 stakeholders', () => {
  const { em } = digestWorld({ now: `${FIRST_MONDAY}T07:00:00` });
  // The world has the owner, a seller and a champion; the rest are added by the owner.
  const firstRow = nextStakeholderRow(em);
  const extra = STAKEHOLDER_COUNT - 3;
  em.paste(
    `${STAKEHOLDERS}!A${firstRow}`,
    Array.from({ length: extra }, (_, i) => [`Person ${i}`, person(i), 'Prospect', '', 'TRUE']),
  );
  em.call('configureWeeklyDigest', {
    enabled: true,
    weekday: 'MONDAY',
    hour: 9,
    approvedDomains: DOMAINS,
    approvedEmails: ['chris@customer.example'],
  });

  const weekly: Usage[] = [];
  const noticeKey = `map.digest.storeNotice.${em.workbook.id}`;
  let sawNotice = false;

  beforeAll(() => {
    for (let week = 0; week < WEEKS; week++) {
      const monday = addDays(FIRST_MONDAY, week * 7);
      // The hourly runs that matter: 9:00 sends, 10:00 retries what failed.
      em.setNow(`${monday}T08:30:00`);
      const store = em.properties.document(em.workbook.id);
      if (week === FULL_WEEK) {
        let used = 0;
        for (const [k, v] of store) used += bytes(k) + bytes(v);
        store.set(JUNK, 'x'.repeat(500 * 1024 - used - bytes(JUNK)));
      }
      if (week === QUOTA_WEEK) em.setQuota(OWNER, 10);
      // Every fifth week one send fails and is retried an hour later.
      if (week % 5 === 1) em.faults.failOnCall('MailApp.sendEmail', { nth: 7 });
      em.advance('2h');
      if (week === FULL_WEEK) {
        sawNotice = em.properties.user(OWNER).has(noticeKey);
        store.delete(JUNK);
        em.advance('1h');
      }
      if (week === QUOTA_WEEK) em.advance('1d');

      // Tuesday: the prospect puts a new colleague in place of someone; the owner approves them.
      em.setNow(`${addDays(monday, 1)}T10:00:00`);
      const newcomer = `new.colleague.week-${week}@outsider-${week % 9}.example`;
      em.as(PROSPECT).edit(`${STAKEHOLDERS}!B${firstRow + (week % extra)}`, newcomer);
      em.as(OWNER);
      digestState(em, OWNER);
      em.call('sendTestDigestToMe');
      em.call('approveRecipients', [newcomer]);
      digestState(em, COLLEAGUE);
      // Wednesday, now and then: "send now" mails whoever was added since Monday.
      if (week % 4 === 2) {
        em.setNow(`${addDays(monday, 2)}T10:00:00`);
        em.call('sendWeeklyDigestNow');
      }
      weekly.push(usage(em));
    }
  });

  it('ran the year: one email a week for everyone approved, and never two in a week', () => {
    const perWeek = new Map<string, number>();
    const start = Date.parse(`${FIRST_MONDAY}T04:00:00Z`);
    for (const m of digests(em)) {
      const week = Math.floor((Date.parse(m.sentAt) - start) / (7 * 86_400_000));
      const key = `${m.to[0].toLowerCase()} ${week}`;
      perWeek.set(key, (perWeek.get(key) ?? 0) + 1);
    }
    expect([...perWeek.values()].every((n) => n === 1)).toBe(true);
    expect(digests(em).length).toBeGreaterThanOrEqual(WEEKS * (STAKEHOLDER_COUNT - 1));
  });

  it('kept the "could not save" notice for the full week only, where it could be written', () => {
    expect(sawNotice).toBe(true);
    expect(em.properties.user(OWNER).has(noticeKey)).toBe(false);
    expect(digestState(em).banner).toBeNull();
  });

  it('stays within the budgets every week', () => {
    for (const u of weekly) {
      expect(u.largestValue).toBeLessThanOrEqual(MAX_OWN_VALUE_BYTES);
      expect(u.digest).toBeLessThanOrEqual(DOCUMENT_BUDGET_BYTES);
      // The plan's own record is small; the whole document store stays under a tenth of 500 KB.
      expect(u.document).toBeLessThanOrEqual(50 * 1024);
      expect(u.user).toBeLessThanOrEqual(USER_BUDGET_BYTES);
    }
  });

  it('stops growing once its caps are reached', () => {
    const max = (from: number, to: number) =>
      Math.max(...weekly.slice(from, to).map((u) => u.digest));
    // The send log and the ledger's history fill up within the first weeks; after that the
    // document store only moves by the size of a week's addresses.
    expect(max(39, WEEKS)).toBeLessThanOrEqual(max(13, 26) + 512);
  });
});
