// The weekly email's oracle and the readers of its outbox. It knows only what the README
// promises, computed with Intl (never the add-on's code):
// - a period is named by the most recent local slot (weekday + hour, SPREADSHEET zone) at or
//   before an instant;
// - the hourly trigger runs every hour from its creation, and the email goes out at the first
//   run whose local wall clock has reached the slot (a slot hour a DST jump skips is reached by
//   the first run after the jump; an hour that repeats is reached on its first pass);
// - each approved recipient gets exactly one email per period, alone on its message, and
//   nobody else ever gets one.
import type { Emulator, MailRecord, TriggerRecord } from '../../dev/emulator';
import type { DigestStateJson, SidebarState, Weekday } from '../../src/shared/api';
import { addDays } from './plan-oracle';

const HOUR_MS = 3_600_000;
const WEEKDAY_NAMES: Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export interface Wall {
  day: string;
  weekday: Weekday;
  hour: number;
  minute: number;
}

/** The wall clock of an instant in a zone, read with Intl alone. */
export function wallOf(instant: string | number | Date, timeZone: string): Wall {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'long',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).toUpperCase() as Weekday,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The weekday of a 'yyyy-MM-dd' day (a calendar fact, no zone involved). */
export function weekdayOfDay(day: string): Weekday {
  const sundayFirst = new Date(`${day}T12:00:00Z`).getUTCDay();
  return WEEKDAY_NAMES[(sundayFirst + 6) % 7];
}

/** The period an instant belongs to: the day of the most recent local slot at or before it. */
export function periodOf(
  instant: string,
  timeZone: string,
  weekday: Weekday,
  hour: number,
): string {
  const wall = wallOf(instant, timeZone);
  let day = wall.day;
  while (weekdayOfDay(day) !== weekday) day = addDays(day, -1);
  return day === wall.day && wall.hour < hour ? addDays(day, -7) : day;
}

/** The first slot day strictly after a local wall time (a slot at that very hour counts). */
export function firstSlotDay(from: Wall, weekday: Weekday, hour: number): string {
  let day = from.day;
  while (weekdayOfDay(day) !== weekday || (day === from.day && from.hour > hour)) {
    day = addDays(day, 1);
  }
  return day;
}

/**
 * When the hourly trigger created at `createdAt` reaches the slot of `slotDay`: its first run
 * whose local day is later, or the same day at the slot hour or after.
 */
export function expectedSend(createdAt: number, timeZone: string, slotDay: string, hour: number) {
  for (let n = 1; n < 24 * 400; n++) {
    const wall = wallOf(createdAt + n * HOUR_MS, timeZone);
    if (wall.day > slotDay || (wall.day === slotDay && wall.hour >= hour)) return wall;
  }
  throw new Error(`no run reaches ${slotDay} ${hour}:00`);
}

/** The creation instant of the schedule's hourly trigger (there must be exactly one). */
export function tickCreatedAt(em: Emulator): number {
  const ticks = tickTriggers(em);
  if (ticks.length !== 1) throw new Error(`expected one weeklyDigestTick, found ${ticks.length}`);
  return ticks[0].createdAt;
}

/** The weekly emails themselves: the notes to the owner carry the add-on's own sender name. */
export function digestMails(outbox: readonly MailRecord[]): MailRecord[] {
  return outbox.filter((m) => m.name !== 'Mutual Action Plan');
}

/** Lower-case recipient -> the periods of the emails they got, in sending order. */
export function periodsByRecipient(
  mails: readonly Pick<MailRecord, 'to' | 'sentAt'>[],
  timeZone: string,
  weekday: Weekday,
  hour: number,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mails) {
    for (const to of m.to.map((t) => t.toLowerCase())) {
      out.set(to, [...(out.get(to) ?? []), periodOf(m.sentAt, timeZone, weekday, hour)]);
    }
  }
  return out;
}

/**
 * The invariant everywhere: each approved address got exactly the expected periods (one email
 * each), each email had one recipient and no copies, and nobody else got anything.
 */
export function expectOncePerPeriod(
  mails: readonly Pick<MailRecord, 'to' | 'cc' | 'bcc' | 'sentAt'>[],
  schedule: { timeZone: string; weekday: Weekday; hour: number },
  approved: readonly string[],
  periods: readonly string[],
): void {
  for (const m of mails) expect([m.to.length, m.cc.length, m.bcc.length]).toEqual([1, 0, 0]);
  const got = periodsByRecipient(mails, schedule.timeZone, schedule.weekday, schedule.hour);
  const expected = new Map(approved.map((a) => [a.toLowerCase(), [...periods]]));
  expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...expected].sort()));
}

/** The sidebar as `user` (whoever acts, by default) sees it. */
export function sidebar(em: Emulator, user = em.currentUser): SidebarState {
  return em.callAs(user, 'getSidebarState') as SidebarState;
}

/** The weekly-email part of `user`'s sidebar. */
export function digestState(em: Emulator, user = em.currentUser): DigestStateJson {
  const state = sidebar(em, user).digest;
  if (!state) throw new Error('getSidebarState has no weekly email part');
  return state;
}

export function tickTriggers(em: Emulator): TriggerRecord[] {
  return em.triggers().filter((t) => t.handler === 'weeklyDigestTick');
}

/** "Sun, Mar 8": how the email dates a day of its own year (en-US, no zone involved). */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** The sender name of digests (plan title + MAP); notes to the owner use another name. */
export const DIGEST_SENDER = 'Acme × Globex MAP';

export function isDigest(m: MailRecord): boolean {
  return m.name === DIGEST_SENDER && !m.subject.startsWith('[Test]');
}

export function digests(em: Emulator): MailRecord[] {
  return em.outbox.filter(isDigest);
}

/** Mail that is neither a digest nor a test: the owner's notes about the schedule. */
export function notes(em: Emulator): MailRecord[] {
  return em.outbox.filter((m) => !isDigest(m) && !m.subject.startsWith('[Test]'));
}

/** Each recipient's digests, as the local days (spreadsheet zone) they were sent on. */
export function digestDays(em: Emulator, timeZone: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of digests(em)) {
    for (const to of m.to) (out[to.toLowerCase()] ??= []).push(wallOf(m.sentAt, timeZone).day);
  }
  return out;
}

export function localHourOfSend(m: MailRecord, timeZone: string): number {
  return wallOf(m.sentAt, timeZone).hour;
}

/**
 * The rule the weekly-email scenarios end with: each approved address got exactly one digest
 * per expected period (on the period's day or, for retries, after it but before the next one),
 * and nobody else got any.
 */
export function expectExactlyOncePerPeriod(
  em: Emulator,
  timeZone: string,
  approved: readonly string[],
  periods: readonly string[],
): void {
  const days = digestDays(em, timeZone);
  expect(Object.keys(days).sort()).toEqual([...approved].map((a) => a.toLowerCase()).sort());
  for (const address of approved) {
    const sentOn = days[address.toLowerCase()];
    expect(sentOn).toHaveLength(periods.length);
    sentOn.forEach((day, i) => {
      expect(day >= periods[i]).toBe(true);
      if (i + 1 < periods.length) expect(day < periods[i + 1]).toBe(true);
    });
  }
}
