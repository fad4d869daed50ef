// When the weekly email goes out, in odd spreadsheet zones across their DST changes: a slot hour
// the jump skips (02:00 on spring-forward day, Lord Howe's half hour, Chatham's 02:45, Cairo's
// midnight), a slot hour that repeats (01:00 on fall-back day, Casablanca's Ramadan switch), hour
// 0 and hour 23, the +13/+14 zones, a schedule saved on its own slot day. Each approved
// recipient gets exactly one email per period, at the first hourly run that reaches the local
// slot; the oracle (support/weekly-oracle.ts) says when that is with Intl alone.
//
// The matrix runs every hourly tick of several weeks through the add-on's own decision (its
// period logic and local-hour helpers: pure functions, milliseconds a case). Three cases then
// run the BUILT add-on in the emulator, jumping the clock to just before a slot, to show the
// trigger, the ledger and the email do what the decision says: one email each, no more.
import type { Emulator, MailRecord } from '../../../dev/emulator';
import { parseInstant } from '../../../dev/emulator/clock';
import { digestPeriod, instantOfLocalHour, localHourOf } from '../../../src/core/weekly-email';
import type { Weekday } from '../../../src/shared/api';
import { addDays } from '../../support/plan-oracle';
import {
  digestMails,
  digests,
  digestState,
  expectedSend,
  expectExactlyOncePerPeriod,
  expectOncePerPeriod,
  firstSlotDay,
  localHourOfSend,
  notes,
  shortDay,
  tickCreatedAt,
  tickTriggers,
  wallOf,
} from '../../support/weekly-oracle';
import { APPROVED, CHAMPION, PROSPECT, WEEKLY, digestWorld, paste } from '../../support/world';

jest.setTimeout(120_000);

const HOUR = 3_600_000;

interface Case {
  zone: string;
  /** Wall time in the spreadsheet's zone when the owner switches the email on. */
  start: string;
  weekday: Weekday;
  hour: number;
  weeks: number;
  /** What the first slot's day does to the slot hour (wholly or partly), checked with Intl. */
  first: 'skipped' | 'repeated' | 'plain';
}

const matrix = (rows: [string, string, Weekday, number, number, Case['first']][]): Case[] =>
  rows.map(([zone, start, weekday, hour, weeks, first]) => ({
    zone,
    start,
    weekday,
    hour,
    weeks,
    first,
  }));

// [zone, start (local wall time), weekday, hour, weeks, what the first slot day does to the hour]
const CASES = matrix([
  ['America/New_York', '2026-03-06T10:00', 'SUNDAY', 2, 2, 'skipped'],
  ['America/New_York', '2026-10-30T10:00', 'SUNDAY', 1, 2, 'repeated'],
  ['Europe/London', '2026-03-27T10:00', 'SUNDAY', 1, 2, 'skipped'],
  ['Europe/London', '2026-10-23T10:00', 'SUNDAY', 1, 2, 'repeated'],
  ['Africa/Casablanca', '2026-02-13T10:00', 'SUNDAY', 2, 2, 'repeated'],
  ['Africa/Casablanca', '2026-03-20T10:00', 'SUNDAY', 2, 2, 'skipped'],
  ['Pacific/Chatham', '2026-09-25T10:50', 'SUNDAY', 2, 2, 'skipped'],
  ['Pacific/Chatham', '2026-04-03T10:50', 'SUNDAY', 3, 2, 'repeated'],
  ['Australia/Lord_Howe', '2026-10-02T10:20', 'SUNDAY', 2, 2, 'skipped'],
  ['Australia/Lord_Howe', '2026-04-03T10:20', 'SUNDAY', 1, 2, 'repeated'],
  ['America/St_Johns', '2026-03-06T10:00', 'SUNDAY', 2, 2, 'skipped'],
  ['America/St_Johns', '2026-10-30T10:00', 'SUNDAY', 1, 2, 'repeated'],
  ['Africa/Cairo', '2026-04-22T10:00', 'FRIDAY', 0, 2, 'skipped'],
  ['Asia/Kathmandu', '2026-10-30T10:00', 'MONDAY', 0, 2, 'plain'],
  ['Pacific/Kiritimati', '2026-10-30T10:00', 'SUNDAY', 23, 2, 'plain'],
  ['Pacific/Apia', '2026-10-30T10:00', 'MONDAY', 0, 2, 'plain'],
  // Switched on just before midnight, or the day before a DST switch at the slot hour.
  ['Australia/Lord_Howe', '2026-10-03T00:20:00', 'SUNDAY', 2, 2, 'skipped'],
  ['Australia/Lord_Howe', '2026-04-04T00:20:00', 'SUNDAY', 1, 2, 'repeated'],
  ['Pacific/Chatham', '2026-04-04T10:07:00', 'SUNDAY', 2, 2, 'repeated'],
  ['America/St_Johns', '2026-10-31T08:10:00', 'SUNDAY', 1, 2, 'repeated'],
  ['Asia/Kathmandu', '2026-10-12T23:50:00', 'TUESDAY', 0, 2, 'plain'],
  ['Pacific/Kiritimati', '2026-10-12T22:10:00', 'MONDAY', 23, 2, 'plain'],
  ['Pacific/Pago_Pago', '2026-10-12T08:10:00', 'MONDAY', 9, 2, 'plain'],
  // Four Mondays at 9:00 across the US fall-back and the EU spring-forward.
  ['America/New_York', '2026-10-12T07:30:00', 'MONDAY', 9, 4, 'plain'],
  ['Europe/Berlin', '2026-03-16T07:30:00', 'MONDAY', 9, 4, 'plain'],
]);

/** How many hours' worth of the local hour `hour` of `day` the zone's clock shows. */
function hoursShown(zone: string, day: string, hour: number): number {
  let quarters = 0;
  const from = Date.parse(`${day}T00:00:00Z`) - 16 * HOUR;
  for (let t = from; t < from + 56 * HOUR; t += 15 * 60_000) {
    const wall = wallOf(t, zone);
    if (wall.day === day && wall.hour === hour) quarters += 1;
  }
  return quarters / 4;
}

interface Decisions {
  createdAt: number;
  /** The instants of the hourly runs that sent, and the period each sent for. */
  sends: { at: number; period: string }[];
  /** When the sidebar says the schedule acts next, after the last run. */
  nextRun: number;
}

/**
 * The hourly trigger as the add-on runs it: created when the owner switches the email on, it
 * runs every hour from then; each run asks digestPeriod, on the spreadsheet's wall clock,
 * whether this period's email is still owed, and a run that sends completes the period.
 */
function runSchedule(c: Pick<Case, 'zone' | 'start' | 'weekday' | 'hour'>, hours: number) {
  const createdAt = parseInstant(c.start, c.zone);
  const schedule = { weekday: c.weekday, hour: c.hour };
  const since = localHourOf(new Date(createdAt), c.zone);
  let completedPeriod: string | null = null;
  const sends: Decisions['sends'] = [];
  for (let n = 1; n <= hours; n++) {
    const at = createdAt + n * HOUR;
    const now = localHourOf(new Date(at), c.zone);
    const decision = digestPeriod({ schedule, now, since, completedPeriod });
    if (!decision.due) continue;
    sends.push({ at, period: decision.period });
    completedPeriod = decision.period;
  }
  const end = localHourOf(new Date(createdAt + hours * HOUR), c.zone);
  const last = digestPeriod({ schedule, now: end, since, completedPeriod });
  const nextRun = instantOfLocalHour(last.nextRun, c.zone).getTime();
  return { createdAt, sends, nextRun };
}

describe.each(CASES)(
  'the hourly decision in $zone from $start: $weekday at $hour:00',
  ({ zone, start, weekday, hour, weeks, first }) => {
    // Every hourly run of the weeks asked for, ending before the slot after the last one.
    const { createdAt, sends, nextRun } = runSchedule({ zone, start, weekday, hour }, weeks * 168);
    const day0 = firstSlotDay(wallOf(createdAt, zone), weekday, hour);
    const slots = Array.from({ length: weeks }, (_, i) => addDays(day0, 7 * i));

    it(`has a ${first} slot hour on the first slot day`, () => {
      const expected = { skipped: -1, repeated: 1, plain: 0 }[first];
      expect(Math.sign(hoursShown(zone, slots[0], hour) - 1)).toBe(expected);
    });

    it('sends once per period, at the first hourly run that reaches the local slot', () => {
      expect(sends.map((s) => s.period)).toEqual(slots);
      expect(sends.map((s) => wallOf(s.at, zone))).toEqual(
        slots.map((day) => expectedSend(createdAt, zone, day, hour)),
      );
    });

    it('shows the next run at the slot after the last one, local time', () => {
      expect(wallOf(nextRun, zone)).toMatchObject({
        day: addDays(slots[weeks - 1], 7),
        weekday,
        hour,
        minute: 0,
      });
    });
  },
);

describe('the hourly decision at the edges', () => {
  it('sends at the first run after a jump that steps over the slot hour', () => {
    // Chatham jumps from 02:45 to 03:45 on 2026-09-27: hour 3 is only 15 minutes long there,
    // and the hourly trigger (created at minute 07) steps right over it.
    const zone = 'Pacific/Chatham';
    const { sends } = runSchedule(
      { zone, start: '2026-09-21T10:07:00', weekday: 'SUNDAY', hour: 3 },
      2 * 168,
    );
    const when = sends.map((s) => wallOf(s.at, zone));
    expect(when.map((w) => [w.day, w.hour])).toEqual([
      ['2026-09-27', 4],
      ['2026-10-04', 3],
    ]);
  });

  it('owes nothing for a slot already gone on the day it is switched on', () => {
    const zone = 'Asia/Kathmandu';
    const start = '2026-10-13T10:30:00';
    const c = { zone, start, weekday: 'TUESDAY' as const, hour: 9 };
    expect(runSchedule(c, 6 * 24).sends).toEqual([]);
    expect(runSchedule(c, 7 * 24).sends.map((s) => wallOf(s.at, zone).day)).toEqual(['2026-10-20']);
  });

  it('sends that same day when switched on before the hour', () => {
    const zone = 'Pacific/Pago_Pago';
    const c = { zone, start: '2026-10-13T08:30:00', weekday: 'TUESDAY' as const, hour: 9 };
    expect(runSchedule(c, 2).sends.map((s) => wallOf(s.at, zone))).toMatchObject([
      { day: '2026-10-13', weekday: 'TUESDAY', hour: 9 },
    ]);
  });

  it('a Monday schedule saved on a Wednesday sends nothing until the next Monday', () => {
    const zone = 'America/New_York';
    const c = { zone, start: '2026-10-14T10:00:00', weekday: 'MONDAY' as const, hour: 9 };
    expect(runSchedule(c, 4 * 24).sends).toEqual([]);
    expect(runSchedule(c, 7 * 24).sends.map((s) => s.period)).toEqual(['2026-10-19']);
  });
});

// ---- the built add-on, the clock jumped to just before each slot ---------------------------

const OUTSIDER = 'mallory@evil.vendor.example';

/** Moves the clock to `wall` (hourly runs in between are dropped) and lets `hours` hours pass. */
function jumpAndRun(em: Emulator, wall: string, hours: number): MailRecord[] {
  em.setNow(wall);
  const before = em.outbox.length;
  em.advance(`${hours}h`);
  return em.outbox.slice(before);
}

describe('Mondays at 9:00 in New York, either side of the fall-back, script in Tokyo', () => {
  const timeZone = 'America/New_York';
  // Switched on a Friday at 07:30: the hourly runs fall at half past.
  const { em } = digestWorld({
    timeZone,
    now: '2026-10-23T07:30:00',
    scriptTimeZone: 'Asia/Tokyo',
  });
  const periods = ['2026-10-26', '2026-11-02'];
  let sent: MailRecord[][] = [];

  beforeAll(() => {
    sent = periods.map((day) => jumpAndRun(em, `${day}T08:45:00`, 2));
  });

  it('sends each approved recipient one email per week, at 9:00 local on both sides', () => {
    for (const week of sent) {
      expect(week.map((m) => m.to[0].toLowerCase()).sort()).toEqual([...APPROVED].sort());
    }
    const schedule = { timeZone, weekday: 'MONDAY' as const, hour: 9 };
    expectOncePerPeriod(digestMails(em.outbox), schedule, APPROVED, periods);
    expect(em.outbox.map((m) => wallOf(m.sentAt, timeZone).hour)).toEqual(em.outbox.map(() => 9));
    expect(notes(em)).toEqual([]);
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });

  it('keeps one hourly trigger; re-saving the schedule or another run mails nobody again', () => {
    expect(tickTriggers(em)).toHaveLength(1);
    em.call('configureWeeklyDigest', WEEKLY);
    em.call('configureWeeklyDigest', WEEKLY);
    expect(tickTriggers(em)).toHaveLength(1);
    const before = em.outbox.length;
    em.call('weeklyDigestTick');
    em.advance('3h');
    expect(em.outbox).toHaveLength(before);
  });

  it('shows the last send, the next Monday 9:00 local, and one log entry per week', () => {
    const state = digestState(em);
    expect(wallOf(state.nextRun as string, timeZone)).toMatchObject({
      day: '2026-11-09',
      hour: 9,
      minute: 0,
    });
    expect(Date.parse(state.lastSent as string)).toBeGreaterThanOrEqual(
      Date.parse(em.outbox.at(-1)!.sentAt) - 1000,
    );
    const scheduled = state.log.filter((e) => e.trigger === 'schedule');
    expect(scheduled.map((e) => e.period).sort()).toEqual(periods);
    for (const entry of scheduled) expect([...entry.sent].sort()).toEqual([...APPROVED].sort());
    expect(state.banner).toBeNull();
  });
});

describe('Sunday 3:00 in Chatham, an hour its DST jump cuts to 15 minutes', () => {
  const timeZone = 'Pacific/Chatham';
  const { em } = digestWorld({
    timeZone,
    now: '2026-09-21T10:07:00',
    scriptTimeZone: 'America/New_York',
    settings: { weekday: 'SUNDAY', hour: 3 },
  });
  const createdAt = tickCreatedAt(em);

  it('sends once, at the first hourly run after the jump, and not again that day', () => {
    const sent = jumpAndRun(em, '2026-09-27T01:30:00', 6);
    expect(sent.map((m) => m.to[0].toLowerCase()).sort()).toEqual([...APPROVED].sort());
    const expected = expectedSend(createdAt, timeZone, '2026-09-27', 3);
    expect(expected).toMatchObject({ hour: 4, minute: 7 });
    for (const m of sent) expect(wallOf(m.sentAt, timeZone)).toEqual(expected);
  });
});

describe('Sunday 23:00 in Kiritimati (+14), script in Pago Pago (-11), a whole day apart', () => {
  const timeZone = 'Pacific/Kiritimati';
  const { em } = digestWorld({
    timeZone,
    now: '2026-10-30T10:00:00',
    scriptTimeZone: 'Pacific/Pago_Pago',
    settings: {
      weekday: 'SUNDAY',
      hour: 23,
      approvedDomains: ['Vendor.Example'],
      approvedEmails: [CHAMPION.toUpperCase()],
    },
  });
  const row = em.workbook.requireSheet('Stakeholders').lastRow() + 1;
  paste(em, `Stakeholders!A${row}`, [['Mallory', OUTSIDER, 'Prospect', 'Champion', 'TRUE']]);
  const slots = ['2026-11-01', '2026-11-08'];
  let sent: MailRecord[][] = [];

  beforeAll(() => {
    sent = slots.map((day) => jumpAndRun(em, `${day}T22:30:00`, 2));
  });

  it('mails each approved recipient once per period, and the outsider never', () => {
    const schedule = { timeZone, weekday: 'SUNDAY' as const, hour: 23 };
    expectOncePerPeriod(digestMails(em.outbox), schedule, APPROVED, slots);
    expect(sent.map((week) => week.length)).toEqual([APPROVED.length, APPROVED.length]);
    expect(em.outbox.flatMap((m) => m.to).map((t) => t.toLowerCase())).not.toContain(OUTSIDER);
    expect(digestState(em).recipients.find((r) => r.email === OUTSIDER)?.state).toBe(
      'waiting for approval',
    );
  });

  it('dates each email by the spreadsheet’s day, whatever the script’s zone says', () => {
    for (const m of digestMails(em.outbox)) {
      const today = wallOf(m.sentAt, timeZone).day;
      expect(m.body.split('\n')[1]).toBe(`Weekly update, ${shortDay(today)}`);
      expect(m.htmlBody).toContain(shortDay(today));
    }
  });

  it('answers the prospect’s preview without sending', () => {
    const before = em.outbox.length;
    const preview = em.callAs(PROSPECT, 'previewWeeklyDigest') as { to: string }[];
    expect(preview.map((p) => p.to.toLowerCase()).sort()).toEqual([...APPROVED].sort());
    expect(em.outbox).toHaveLength(before);
  });
});

describe('a change of schedule', () => {
  it('applies from the next matching slot, the week already sent staying sent', () => {
    const { em, timeZone } = digestWorld({ now: '2026-10-12T08:30:00' });
    em.advance('1d');
    em.call('configureWeeklyDigest', { ...WEEKLY, weekday: 'TUESDAY', hour: 15 });
    em.advance('7d');
    const hours = digests(em).map((m) => localHourOfSend(m, timeZone));
    expect(hours.filter((h) => h === 15)).toHaveLength(APPROVED.length);
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, ['2026-10-12', '2026-10-13']);
  });
});
