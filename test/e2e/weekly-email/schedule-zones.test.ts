// Probe: the weekly email through two full weeks of hourly runs in the brief's odd spreadsheet
// zones, each with the script's zone far away, across the zone's DST change where it has one: a
// slot hour the jump skips (02:00 on spring-forward day, Lord Howe's half hour, Chatham's 02:45,
// Cairo's midnight), a slot hour that repeats (01:00 on fall-back day, Casablanca's Ramadan
// switch), hour 0 and hour 23, and the +13/+14 zones whose dates differ from the script's by a
// whole day. In every one: each approved recipient gets exactly one email per period, at the
// first hourly run that reaches the local slot, dated in the spreadsheet's zone; nobody
// unapproved gets any.
import type { Weekday } from '../../../src/shared/api';
import {
  digestMails,
  digestState,
  expectedSend,
  expectOncePerPeriod,
  firstSlotDay,
  shortDay,
  tickCreatedAt,
  wallOf,
} from '../../support/weekly-oracle';
import { addDays, create, OWNER, PROSPECT, paste, world } from '../../support/world';

jest.setTimeout(300_000);

const SELLER = 'ana@vendor.example';
const CHAMPION = 'chris@customer.example';
const OUTSIDER = 'mallory@evil.vendor.example';
const APPROVED = [OWNER, SELLER, CHAMPION];
// The DST week and the one after it, every hourly run of both (four cycles are in
// probe-digest-cli and probe-digest-owners).
const WEEKS = 2;

interface Case {
  zone: string;
  script: string;
  /** Wall time in the spreadsheet's zone when the owner switches the email on. */
  start: string;
  weekday: Weekday;
  hour: number;
  /** What the first slot's day does to the slot hour (wholly or partly), checked with Intl. */
  first: 'skipped' | 'repeated' | 'plain';
}

// [zone, script zone, start, weekday, hour, what the first slot day does to the slot hour]
const CASES: Case[] = (
  [
    ['America/New_York', 'Asia/Tokyo', '2026-03-06T10:00', 'SUNDAY', 2, 'skipped'],
    ['America/New_York', 'Asia/Tokyo', '2026-10-30T10:00', 'SUNDAY', 1, 'repeated'],
    ['Europe/London', 'America/Los_Angeles', '2026-03-27T10:00', 'SUNDAY', 1, 'skipped'],
    ['Europe/London', 'America/Los_Angeles', '2026-10-23T10:00', 'SUNDAY', 1, 'repeated'],
    ['Africa/Casablanca', 'Pacific/Kiritimati', '2026-02-13T10:00', 'SUNDAY', 2, 'repeated'],
    ['Africa/Casablanca', 'Pacific/Kiritimati', '2026-03-20T10:00', 'SUNDAY', 2, 'skipped'],
    ['Pacific/Chatham', 'America/New_York', '2026-09-25T10:50', 'SUNDAY', 2, 'skipped'],
    ['Pacific/Chatham', 'America/New_York', '2026-04-03T10:50', 'SUNDAY', 3, 'repeated'],
    ['Australia/Lord_Howe', 'Europe/London', '2026-10-02T10:20', 'SUNDAY', 2, 'skipped'],
    ['Australia/Lord_Howe', 'Europe/London', '2026-04-03T10:20', 'SUNDAY', 1, 'repeated'],
    ['America/St_Johns', 'Asia/Kathmandu', '2026-03-06T10:00', 'SUNDAY', 2, 'skipped'],
    ['America/St_Johns', 'Asia/Kathmandu', '2026-10-30T10:00', 'SUNDAY', 1, 'repeated'],
    ['Africa/Cairo', 'America/Los_Angeles', '2026-04-22T10:00', 'FRIDAY', 0, 'skipped'],
    ['Asia/Kathmandu', 'Pacific/Apia', '2026-10-30T10:00', 'MONDAY', 0, 'plain'],
    ['Pacific/Kiritimati', 'Pacific/Pago_Pago', '2026-10-30T10:00', 'SUNDAY', 23, 'plain'],
    ['Pacific/Apia', 'Pacific/Pago_Pago', '2026-10-30T10:00', 'MONDAY', 0, 'plain'],
  ] as const
).map(([zone, script, start, weekday, hour, first]) => ({
  zone,
  script,
  start,
  weekday,
  hour,
  first,
}));

/** How many hours' worth of the local hour `hour` of `day` the zone's clock shows. */
function hoursShown(zone: string, day: string, hour: number): number {
  let quarters = 0;
  const from = Date.parse(`${day}T00:00:00Z`) - 16 * 3_600_000;
  for (let t = from; t < from + 56 * 3_600_000; t += 15 * 60_000) {
    const wall = wallOf(t, zone);
    if (wall.day === day && wall.hour === hour) quarters += 1;
  }
  return quarters / 4;
}

describe.each(CASES)(
  '$zone (script in $script): $weekday at $hour:00 from $start',
  ({ zone, script, start, weekday, hour, first }) => {
    const em = world({ timeZone: zone, scriptTimeZone: script, now: start });
    const schedule = { timeZone: zone, weekday, hour };
    let createdAt = 0;
    let slots: string[] = [];

    beforeAll(() => {
      create(em, {
        signatureDate: '2027-06-30',
        sellers: [
          { name: 'Olivia Owner', email: OWNER },
          { name: 'Ana Seller', email: SELLER },
        ],
      });
      const row = em.workbook.requireSheet('Stakeholders').lastRow() + 1;
      paste(em, `Stakeholders!A${row}`, [
        ['Chris', ' Chris@Customer.example ', 'Prospect', 'Champion', 'TRUE'],
        ['Mallory', OUTSIDER, 'Prospect', 'Champion', 'TRUE'],
      ]);
      em.call('configureWeeklyDigest', {
        enabled: true,
        weekday,
        hour,
        approvedDomains: ['Vendor.Example'],
        approvedEmails: [CHAMPION.toUpperCase()],
      });
      createdAt = tickCreatedAt(em);
      const day0 = firstSlotDay(wallOf(createdAt, zone), weekday, hour);
      slots = Array.from({ length: WEEKS }, (_, i) => addDays(day0, 7 * i));
      for (let week = 0; week < WEEKS; week++) em.advance('7d');
    });

    it(`has a ${first} slot hour on the first slot day`, () => {
      const expected = { skipped: -1, repeated: 1, plain: 0 }[first];
      expect(Math.sign(hoursShown(zone, slots[0], hour) - 1)).toBe(expected);
      expect(em.executions().filter((e) => !e.ok)).toEqual([]);
    });

    it('mails each approved recipient once per period, and the outsider never', () => {
      const mails = digestMails(em.outbox);
      expectOncePerPeriod(mails, schedule, APPROVED, slots);
      expect(em.outbox.flatMap((m) => m.to).map((t) => t.toLowerCase())).not.toContain(OUTSIDER);
    });

    it('sends at the first hourly run that reaches the local slot', () => {
      const expected = slots.map((day) => expectedSend(createdAt, zone, day, hour));
      for (const who of APPROVED) {
        const mine = digestMails(em.outbox).filter((m) => m.to[0].toLowerCase() === who);
        expect(mine.map((m) => wallOf(m.sentAt, zone))).toEqual(expected);
      }
    });

    it('dates each email by the spreadsheet’s day, whatever the script’s zone says', () => {
      for (const m of digestMails(em.outbox)) {
        const today = wallOf(m.sentAt, zone).day;
        expect(m.body.split('\n')[1]).toBe(`Weekly update, ${shortDay(today)}`);
        expect(m.htmlBody).toContain(shortDay(today));
      }
    });

    it('keeps one hourly trigger, shows the next slot and raises no banner', () => {
      expect(em.triggers().filter((t) => t.handler === 'weeklyDigestTick')).toHaveLength(1);
      const state = digestState(em);
      const next = wallOf(state.nextRun as string, zone);
      expect([next.day, next.weekday, next.hour]).toEqual([
        addDays(slots[WEEKS - 1], 7),
        weekday,
        hour,
      ]);
      expect(state.banner).toBeNull();
      expect(state.recipients.find((r) => r.email === OUTSIDER)?.state).toBe(
        'waiting for approval',
      );
    });

    it('answers the prospect’s preview without sending', () => {
      const before = em.outbox.length;
      const preview = em.callAs(PROSPECT, 'previewWeeklyDigest') as { to: string }[];
      expect(preview.map((p) => p.to.toLowerCase()).sort()).toEqual([...APPROVED].sort());
      expect(em.outbox).toHaveLength(before);
    });
  },
);
