// The weekly email at odd zones: it fires on the configured weekday at the configured hour of
// the SPREADSHEET's wall clock (the script's zone is elsewhere), exactly once per week, through
// DST switches of 30 minutes (Lord Howe), at 02:45 (Chatham) and at -03:30 (St John's), and at
// the edges of the local day (hour 0 in Kathmandu, hour 23 in Kiritimati).
import type { Emulator, MailRecord } from '../../../dev/emulator';
import type { DigestStateJson, SidebarState, Weekday } from '../../../src/shared/api';
import { wallOf } from '../../support/weekly-oracle';
import { addDays, create, farScriptZone, OWNER, world } from '../../support/world';

jest.setTimeout(240_000);

const SELLER = 'ana@vendor.example';

function weeklyWorld(timeZone: string, start: string, weekday: Weekday, hour: number): Emulator {
  const em = world({ timeZone, scriptTimeZone: farScriptZone(timeZone), now: start });
  create(em, {
    signatureDate: '2027-06-30',
    sellers: [
      { name: 'Olivia Owner', email: OWNER },
      { name: 'Ana Seller', email: SELLER },
    ],
  });
  em.call('configureWeeklyDigest', {
    enabled: true,
    weekday,
    hour,
    approvedDomains: ['vendor.example'],
  });
  return em;
}

function digests(em: Emulator): MailRecord[] {
  return em.outbox.filter((m) => m.name === 'Globex x Acme MAP');
}

describe.each([
  // [zone, start (local wall time), weekday, hour, weeks, a DST switch on the first slot's day]
  ['Australia/Lord_Howe', '2026-10-03T00:20:00', 'SUNDAY', 2, 2, '2026-10-04'],
  ['Australia/Lord_Howe', '2026-04-04T00:20:00', 'SUNDAY', 1, 2, '2026-04-05'],
  ['Pacific/Chatham', '2026-04-04T10:07:00', 'SUNDAY', 2, 2, '2026-04-05'],
  ['America/St_Johns', '2026-10-31T08:10:00', 'SUNDAY', 1, 2, '2026-11-01'],
  ['Asia/Kathmandu', '2026-10-12T23:50:00', 'TUESDAY', 0, 2, null],
  ['Pacific/Kiritimati', '2026-10-12T22:10:00', 'MONDAY', 23, 2, null],
  ['Pacific/Pago_Pago', '2026-10-12T08:10:00', 'MONDAY', 9, 2, null],
] as const)(
  'weekly email in %s from %s, %s at %i:00',
  (timeZone, start, weekday, hour, weeks, dst) => {
    const em = weeklyWorld(timeZone, start, weekday, hour);
    const firstSlot = (() => {
      let day = start.slice(0, 10);
      while (wallOf(`${day}T12:00:00Z`, 'UTC').weekday !== weekday) day = addDays(day, 1);
      return day;
    })();
    const slots = Array.from({ length: weeks }, (_, i) => addDays(firstSlot, 7 * i));

    beforeAll(() => {
      for (let week = 0; week < weeks; week++) em.advance('7d');
    });

    it('starts on the DST switch day, when there is one', () => {
      if (dst !== null) expect(slots[0]).toBe(dst);
      expect(em.executions().filter((e) => !e.ok)).toEqual([]);
    });

    it('sends each recipient one email per week, on the weekday, at the hour, local time', () => {
      for (const who of [OWNER, SELLER]) {
        const mine = digests(em).filter((m) => m.to.map((t) => t.toLowerCase()).includes(who));
        const when = mine.map((m) => wallOf(m.sentAt, timeZone));
        expect(when.map((w) => w.day)).toEqual(slots);
        expect(new Set(when.map((w) => w.weekday))).toEqual(new Set([weekday]));
        expect(new Set(when.map((w) => w.hour))).toEqual(new Set([hour]));
      }
      expect(digests(em).every((m) => m.to.length === 1)).toBe(true);
    });

    it('keeps one hourly trigger and shows the next run at the local slot', () => {
      expect(em.triggers().filter((t) => t.handler === 'weeklyDigestTick')).toHaveLength(1);
      const state = (em.call('getSidebarState') as SidebarState).digest as DigestStateJson;
      const next = wallOf(state.nextRun as string, timeZone);
      expect(next).toMatchObject({ day: addDays(slots[weeks - 1], 7), weekday, hour });
      expect(state.banner).toBeNull();
    });
  },
);

describe('a slot hour a DST switch skips', () => {
  // Chatham jumps from 02:45 to 03:45 on 2026-09-27: hour 3 is only 15 minutes long there, and
  // the hourly trigger (created at minute 07) steps right over it.
  const timeZone = 'Pacific/Chatham';
  const em = weeklyWorld(timeZone, '2026-09-21T10:07:00', 'SUNDAY', 3);

  it('still sends that week, once, at the first tick after the jump', () => {
    for (let week = 0; week < 2; week++) em.advance('7d');
    const when = digests(em)
      .filter((m) => m.to.includes(OWNER))
      .map((m) => wallOf(m.sentAt, timeZone));
    expect(when.map((w) => w.day)).toEqual(['2026-09-27', '2026-10-04']);
    expect(when.map((w) => w.hour)).toEqual([4, 3]);
  });
});

describe('configured on the slot day', () => {
  it('owes nothing for a slot already gone that week', () => {
    const em = weeklyWorld('Asia/Kathmandu', '2026-10-13T10:30:00', 'TUESDAY', 9);
    em.advance('6d');
    expect(digests(em)).toEqual([]);
    em.advance('1d');
    expect(digests(em).map((m) => wallOf(m.sentAt, 'Asia/Kathmandu').day)).toEqual([
      '2026-10-20',
      '2026-10-20',
    ]);
  });

  it('sends that same day when saved before the hour', () => {
    const em = weeklyWorld('Pacific/Pago_Pago', '2026-10-13T08:30:00', 'TUESDAY', 9);
    em.advance('2h');
    expect(digests(em).map((m) => wallOf(m.sentAt, 'Pacific/Pago_Pago'))).toMatchObject([
      { day: '2026-10-13', weekday: 'TUESDAY', hour: 9 },
      { day: '2026-10-13', weekday: 'TUESDAY', hour: 9 },
    ]);
  });
});
