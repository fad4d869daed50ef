import { instantOfDateKey, wallClockOf } from '../../core/dates';
import { type LocalHour, digestPeriod, type DigestPeriod } from '../../core/weekly-email';
import { cleanValue } from '../../core/text';
import { addressKey } from '../../core/weekly-email';
import { activeSpreadsheet } from '../platform/sheets';
import {
  readScheduleConfig,
  type ScheduleConfig,
  guardedProperties,
  type WriteFailure,
  KEYS,
} from './store/document-store';
import { openLedger, type DeliveryLedger } from '../../core/weekly-email';
import type { RowWarning, Stakeholder } from '../../core/plan';
import { findPlan, NO_STAKEHOLDERS_TAB } from '../plan/find-plan';
import { readStakeholders, summarize, type PlanReading } from '../plan/read-plan';

// The schedule speaks in wall-clock hours of the spreadsheet's zone; the sidebar and the log
// speak in instants. These convert, DST included.

const HOUR_MS = 3_600_000;

export function localHourOf(instant: Date, timeZone: string): LocalHour {
  const wall = wallClockOf(instant, timeZone);
  return { dateKey: wall.dateKey, hour: wall.hour };
}

/**
 * The first instant of a local hour. An hour a spring-forward jump skips resolves to the jump
 * itself, which is when a trigger waiting for it would fire.
 */
export function instantOfLocalHour(local: LocalHour, timeZone: string): Date {
  const midnight = instantOfDateKey(local.dateKey, timeZone).getTime();
  // Offsets change by at most a couple of hours within a day: search around the naive guess.
  for (const shift of [0, -1, 1, -2, 2]) {
    const candidate = midnight + (local.hour + shift) * HOUR_MS;
    const wall = wallClockOf(candidate, timeZone);
    if (wall.dateKey === local.dateKey && wall.hour === local.hour) {
      return new Date(candidate - wall.minute * 60_000);
    }
  }
  // Skipped hour: the first instant after it on that day.
  for (let h = 1; h <= 3; h += 1) {
    const candidate = midnight + (local.hour + h) * HOUR_MS;
    const wall = wallClockOf(candidate, timeZone);
    if (wall.dateKey === local.dateKey && wall.hour > local.hour) {
      return new Date(candidate - wall.minute * 60_000 - (wall.hour - local.hour - 1) * HOUR_MS);
    }
  }
  return new Date(midnight + local.hour * HOUR_MS);
}

// What every digest entry point reads first, once: the file, its zone, the clock, who is running
// (the trigger's owner in a trigger, the clicking user in a sidebar call) and the document's
// digest properties in one getProperties call. Writes to the document's properties go through
// guardedProperties (store-write.ts), so a full store surfaces as one recognisable error.

type Properties = GoogleAppsScript.Properties.Properties;

export interface DigestRun {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  spreadsheetId: string;
  timeZone: string;
  now: Date;
  /** The effective user, lower-case: whose account would send. */
  me: string;
  docProps: Properties;
  stored: Record<string, string>;
  schedule: ScheduleConfig;
  /** The running user's own properties, fetched once per execution on first use. */
  userProps: () => Properties;
}

export function currentUser(): string {
  return addressKey(Session.getEffectiveUser().getEmail() ?? '');
}

/**
 * `writes: 'ignore'` is for calls that only show state (the sidebar): their writes are caches,
 * and a full store must not keep the owner from seeing what is wrong.
 */
export function openDigestRun(writes: WriteFailure = 'throw'): DigestRun {
  const ss = activeSpreadsheet();
  const docProps = guardedProperties(PropertiesService.getDocumentProperties(), writes);
  const stored = docProps.getProperties();
  let user: Properties | null = null;
  return {
    ss,
    spreadsheetId: ss.getId(),
    timeZone: ss.getSpreadsheetTimeZone(),
    now: new Date(),
    me: currentUser(),
    docProps,
    stored,
    schedule: readScheduleConfig(stored),
    userProps: () => (user ??= PropertiesService.getUserProperties()),
  };
}

/** Reads the properties again: required after taking the lock, since another run may have written. */
export function refreshed(run: DigestRun): DigestRun {
  const stored = run.docProps.getProperties();
  return { ...run, stored, schedule: readScheduleConfig(stored) };
}

export function isScheduleOwner(run: DigestRun): boolean {
  return run.schedule.owner !== null && addressKey(run.schedule.owner) === run.me && run.me !== '';
}

/** The file's name as one clean line: it is user text and goes into subjects. */
export function fileTitle(run: DigestRun): string {
  return cleanValue(run.ss.getName(), 80);
}

// Which weekly period "now" belongs to, and whether its email is still owed: core decides from
// the wall clock in the SPREADSHEET's zone, the schedule, and the ledger's completion stamp.

export interface PeriodNow extends DigestPeriod {
  /** The ledger opened for this period (a fresh one when the stored one is older). */
  ledger: DeliveryLedger;
}

export function periodNow(run: DigestRun): PeriodNow {
  const schedule = { weekday: run.schedule.weekday, hour: run.schedule.hour };
  const now = localHourOf(run.now, run.timeZone);
  const since = run.schedule.since;
  const first = digestPeriod({ schedule, now, since });
  const ledger = openLedger(run.stored[KEYS.ledger], first.period);
  const completedPeriod = ledger.completedAt !== undefined ? first.period : null;
  return { ...digestPeriod({ schedule, now, since, completedPeriod }), ledger };
}

// The plan as the weekly email needs it, read through the plan server's own reader (one read of
// the plan tab, one of the Stakeholders tab). "Gone" and "unreadable" are told apart: a gone plan
// removes the schedule, an unreadable one only pauses it until someone fixes the table. A
// Stakeholders tab that is missing or lost a column does not make the PLAN unreadable: the plan
// still reads (the sidebar shows its status) while sends pause on that problem.

export interface DigestPlan {
  reading: PlanReading;
  stakeholders: Stakeholder[];
  stakeholderWarnings: RowWarning[];
  /** The plan tab's own URL, so the link opens on the plan even after a rename. */
  sheetUrl: string;
  /**
   * Set when the Stakeholders tab is missing or lost a column it needs (Name, Email, Weekly
   * email): a send would mail nobody and close the week without a word, so sends pause instead,
   * and the sidebar says so at once.
   */
  stakeholdersProblem: string | null;
}

export type DigestPlanLookup =
  { kind: 'found'; plan: DigestPlan } | { kind: 'unreadable'; message: string } | { kind: 'gone' };

export function readDigestPlan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  docProps: GoogleAppsScript.Properties.Properties,
  timeZone: string,
  now: Date,
): DigestPlanLookup {
  const lookup = findPlan(ss, docProps);
  if (lookup.kind === 'none') return { kind: 'gone' };
  if (lookup.kind === 'broken') return { kind: 'unreadable', message: lookup.message };
  const reading = summarize(lookup.plan, timeZone, now);
  let stakeholders: Stakeholder[] = [];
  let stakeholderWarnings: RowWarning[] = [];
  let stakeholdersProblem: string | null = NO_STAKEHOLDERS_TAB;
  try {
    const found = readStakeholders(ss, lookup.plan.record);
    if (found) {
      stakeholders = found.stakeholders;
      stakeholderWarnings = found.warnings;
      stakeholdersProblem = null;
    }
  } catch (error) {
    stakeholdersProblem = error instanceof Error ? error.message : String(error);
  }
  return {
    kind: 'found',
    plan: {
      reading,
      stakeholders,
      stakeholderWarnings,
      sheetUrl: `${ss.getUrl()}#gid=${lookup.plan.sheet.getSheetId()}`,
      stakeholdersProblem,
    },
  };
}
