// Shared set-up for the weekly-email scenarios: the BUILT bundle in the emulator, a plan whose
// Stakeholders tab holds the owner, a second seller and a prospect champion (all approved), and
// readers of the outbox that tell digests from the owner's notes and tests.
import { Emulator, type MailRecord } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { dateKeyOfInstant, wallClockOf } from '../../src/core/dates';
import type {
  CreatePlanOptions,
  DigestSettings,
  DigestStateJson,
  SidebarState,
} from '../../src/shared/api';

export const OWNER = 'owner@vendor.example';
export const SELLER = 'ana@vendor.example';
export const CHAMPION = 'chris@customer.example';
export const PROSPECT = 'prospect@customer.example';
export const COLLEAGUE = 'sam@vendor.example';
/** Everyone approved in the default set-up, i.e. everyone who must get one email a week. */
export const APPROVED = [OWNER, SELLER, CHAMPION];
/** The sender name of digests (plan title + MAP); notes to the owner use another name. */
export const DIGEST_SENDER = 'Globex x Acme MAP';
export const STAKEHOLDERS = 'Stakeholders';

export const PLAN: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-06-30',
  sellers: [
    { name: 'Olivia Owner', email: OWNER },
    { name: 'Ana Seller', email: SELLER },
  ],
};

export const WEEKLY: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendor.example'],
  approvedEmails: [CHAMPION],
};

export interface DigestWorld {
  em: Emulator;
  timeZone: string;
}

export interface WorldOptions {
  timeZone?: string;
  /** Wall time in the spreadsheet's zone. */
  now?: string;
  scriptTimeZone?: string;
  settings?: Partial<DigestSettings>;
  plan?: Partial<CreatePlanOptions>;
  /** Create the plan but leave the weekly email off. */
  configure?: boolean;
}

export function digestWorld(options: WorldOptions = {}): DigestWorld {
  const timeZone = options.timeZone ?? 'America/New_York';
  const em = new Emulator({
    codePath: ADDON_CODE_PATH,
    timeZone,
    scriptTimeZone: options.scriptTimeZone,
    now: options.now ?? '2026-10-12T08:30:00',
    user: OWNER,
    editors: [PROSPECT, COLLEAGUE],
    authorizedUsers: [OWNER, COLLEAGUE],
  }).load();
  em.call('createPlan', { ...PLAN, ...options.plan });
  addStakeholder(em, OWNER, ['Chris Champion', CHAMPION, 'Prospect', 'Champion']);
  if (options.configure !== false) {
    em.call('configureWeeklyDigest', { ...WEEKLY, ...options.settings });
  }
  return { em, timeZone };
}

/** The first row of the Stakeholders tab below everything in it. */
export function nextStakeholderRow(em: Emulator): number {
  return em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
}

/** `user` types a stakeholder row (name, email, side, role) with Weekly email ticked. */
export function addStakeholder(
  em: Emulator,
  user: string,
  cells: string[],
  weekly = 'TRUE',
): number {
  const row = nextStakeholderRow(em);
  const previous = em.currentUser;
  em.as(user).paste(`${STAKEHOLDERS}!A${row}`, [[...cells, weekly]]);
  em.as(previous);
  return row;
}

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
    for (const to of m.to) {
      (out[to.toLowerCase()] ??= []).push(dateKeyOfInstant(Date.parse(m.sentAt), timeZone));
    }
  }
  return out;
}

export function localHourOfSend(m: MailRecord, timeZone: string): number {
  return wallClockOf(Date.parse(m.sentAt), timeZone).hour;
}

/**
 * The rule every scenario ends with: each approved address got exactly one digest per
 * expected period (on the period's day or, for retries, after it but before the next one),
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

export function sidebar(em: Emulator, user = OWNER): SidebarState {
  return em.callAs(user, 'getSidebarState') as SidebarState;
}

export function digestState(em: Emulator, user = OWNER): DigestStateJson {
  const state = sidebar(em, user).digest;
  if (!state) throw new Error('the sidebar has no weekly-email state');
  return state;
}

export function tickTriggers(em: Emulator) {
  return em.triggers().filter((t) => t.handler === 'weeklyDigestTick');
}
