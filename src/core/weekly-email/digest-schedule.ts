import { addDays, type DateKey, instantOfDateKey, parseDateKey, wallClockOf } from '../dates';
import { type DigestSettings, WEEKDAYS, type Weekday } from '../../shared/api';
import { ledgerAhead, openLedger, type DeliveryLedger } from './ledger';
import {
  digestPeriod,
  type DigestPeriod,
  type LocalHour,
  parseWeekday,
  sendDayOf,
  sendNowPeriod,
} from './period';
import { addressKey, approvalProblem } from './recipients';

// The schedule as the document keeps it: when it runs, who owns it, and since when slots are
// owed. Parsed from and written to two property values (the settings JSON and the owner), read
// by every collaborator and decided on only by the owner's runs.

export interface ScheduleConfig {
  enabled: boolean;
  weekday: Weekday;
  hour: number;
  /** The account whose trigger sends (and whose quota and approvals count); null when off. */
  owner: string | null;
  /** When it was switched on or re-timed, in the sheet's zone: slots before it are not owed. */
  since: LocalHour | null;
  /** Step-owner reminders, sent by the same hourly run at the same hour on business days. */
  reminders: ReminderSettings;
}

export interface ReminderSettings {
  enabled: boolean;
  /** Business days before a step's target date: 1 to 5. */
  daysBefore: number;
}

export const NO_REMINDERS: ReminderSettings = { enabled: false, daysBefore: 2 };
export const REMINDER_DAYS_BEFORE = { min: 1, max: 5 } as const;

/** Why reminder settings cannot be saved, in the user's words; null when they can. */
export function reminderSettingsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) {
    return 'Reminders need { enabled, daysBefore }.';
  }
  const { enabled, daysBefore } = value as Record<string, unknown>;
  if (typeof enabled !== 'boolean') return 'Say whether reminders are on (true or false).';
  const { min, max } = REMINDER_DAYS_BEFORE;
  if (
    !Number.isInteger(daysBefore) ||
    (daysBefore as number) < min ||
    (daysBefore as number) > max
  ) {
    return `Reminders go ${min} to ${max} business days before a step's date (got ${JSON.stringify(daysBefore)}).`;
  }
  return null;
}

function sameReminders(a: ReminderSettings, b: ReminderSettings): boolean {
  return a.enabled === b.enabled && a.daysBefore === b.daysBefore;
}

function parseReminders(value: unknown): ReminderSettings {
  if (value === undefined) return NO_REMINDERS;
  if (reminderSettingsProblem(value) !== null) return NO_REMINDERS;
  const { enabled, daysBefore } = value as ReminderSettings;
  return { enabled, daysBefore };
}

export const DEFAULT_SCHEDULE: ScheduleConfig = {
  enabled: false,
  weekday: 'MONDAY',
  hour: 9,
  owner: null,
  since: null,
  reminders: NO_REMINDERS,
};

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

function isHour(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23;
}

function parseLocalHour(value: unknown): LocalHour | null {
  if (value == null || typeof value !== 'object') return null;
  const v = value as { dateKey?: unknown; hour?: unknown };
  const dateKey = parseDateKey(v.dateKey);
  return dateKey !== null && isHour(v.hour) ? { dateKey, hour: v.hour } : null;
}

/** The stored schedule; anything damaged reads as "never configured", so the owner sets it again. */
export function parseSchedule(
  settingsJson: string | undefined,
  ownerText: string | undefined,
): ScheduleConfig {
  let stored: Partial<Record<keyof DigestSettings | 'since', unknown>> = {};
  try {
    stored = JSON.parse(settingsJson ?? '{}') as typeof stored;
  } catch {
    // Defaults below.
  }
  const owner = (ownerText ?? '').trim();
  return {
    enabled: stored.enabled === true && owner !== '',
    weekday: isWeekday(stored.weekday) ? stored.weekday : DEFAULT_SCHEDULE.weekday,
    hour: isHour(stored.hour) ? stored.hour : DEFAULT_SCHEDULE.hour,
    owner: owner === '' ? null : owner,
    since: parseLocalHour(stored.since),
    reminders: parseReminders(stored.reminders),
  };
}

/** The two stored values; an owner of null is written as '' (setProperties cannot delete). */
export function serializeSchedule(config: ScheduleConfig): { settings: string; owner: string } {
  return {
    settings: JSON.stringify({
      enabled: config.enabled,
      weekday: config.weekday,
      hour: config.hour,
      since: config.since,
      // Off reminders are not written, so a schedule saved before reminders existed reads
      // back unchanged and costs no write.
      ...(sameReminders(config.reminders, NO_REMINDERS) ? {} : { reminders: config.reminders }),
    }),
    owner: config.owner ?? '',
  };
}

/** Whether `me` (lower case, as the session reports it) runs this schedule. */
export function isScheduleOwner(schedule: ScheduleConfig, me: string): boolean {
  return schedule.owner !== null && me !== '' && addressKey(schedule.owner) === me;
}

export type ScheduleSettings = DigestSettings & { takeOver: boolean };

/** The settings a caller sent, checked; the message names the field so the sidebar can show it. */
export function validateSettings(settings: unknown): ScheduleSettings {
  if (settings == null || typeof settings !== 'object') {
    throw new TypeError('Weekly email settings are missing.');
  }
  const s = settings as Record<string, unknown>;
  if (typeof s.enabled !== 'boolean') throw new TypeError('"enabled" must be true or false.');
  const weekday = parseWeekday(s.weekday);
  if (weekday === null) {
    throw new RangeError(`"weekday" must be one of ${WEEKDAYS.join(', ')}.`);
  }
  if (!isHour(s.hour)) throw new RangeError('"hour" must be a whole number from 0 to 23.');
  const remindersProblem = s.reminders === undefined ? null : reminderSettingsProblem(s.reminders);
  if (remindersProblem) throw new RangeError(`"reminders": ${remindersProblem}`);
  return {
    enabled: s.enabled,
    weekday,
    hour: s.hour,
    approvedEmails: approvalList(s, 'approvedEmails'),
    approvedDomains: approvalList(s, 'approvedDomains'),
    takeOver: s.takeOver === true,
    ...(s.reminders === undefined ? {} : { reminders: parseReminders(s.reminders) }),
  };
}

function approvalList(
  s: Record<string, unknown>,
  name: 'approvedEmails' | 'approvedDomains',
): string[] | undefined {
  const v = s[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new TypeError(`"${name}" must be a list of text values.`);
  }
  const kind = name === 'approvedEmails' ? 'email' : 'domain';
  const problems = (v as string[])
    .map((x) => approvalProblem(kind, x))
    .filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new RangeError(`"${name}": ${problems.slice(0, 3).join('; ')}. Nothing was changed.`);
  }
  return v as string[];
}

/**
 * The schedule after configureWeeklyDigest. Turned on, it belongs to `me`; re-saving (or taking
 * over) an unchanged day and hour keeps what is owed, a new day or hour owes nothing for slots
 * already gone. Turned off, it has no owner and owes nothing.
 */
export function nextSchedule(
  previous: ScheduleConfig,
  settings: Pick<DigestSettings, 'enabled' | 'weekday' | 'hour' | 'reminders'>,
  me: string,
  now: LocalHour,
): ScheduleConfig {
  const { weekday, hour } = settings;
  // Reminders ride on the schedule's hourly run; left out of a save, they stay as they were.
  const reminders = settings.reminders ?? previous.reminders;
  if (!settings.enabled) {
    return { enabled: false, weekday, hour, owner: null, since: null, reminders };
  }
  const sameTiming = previous.enabled && previous.weekday === weekday && previous.hour === hour;
  return {
    enabled: true,
    weekday,
    hour,
    owner: me,
    since: sameTiming ? previous.since : now,
    reminders,
  };
}

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

// Which weekly period "now" belongs to, and whether its email is still owed: decided from the
// wall clock in the SPREADSHEET's zone, the schedule, and the stored ledger's completion stamp.

export interface PeriodNow extends DigestPeriod {
  /** The ledger opened for this period (a fresh one when the stored one is older). */
  ledger: DeliveryLedger;
}

export interface PeriodOptions {
  /** The plan's holidays: a slot on one moves to the next business day. */
  holidays?: readonly DateKey[];
  /** For a manual "send now": before today's slot, the period is today's (sendNowPeriod). */
  manual?: boolean;
}

export function periodNow(
  schedule: ScheduleConfig,
  storedLedger: string | undefined,
  now: Date,
  timeZone: string,
  options: PeriodOptions = {},
): PeriodNow {
  const timing = { weekday: schedule.weekday, hour: schedule.hour };
  const local = localHourOf(now, timeZone);
  const { since } = schedule;
  const { holidays } = options;
  const first = digestPeriod({ schedule: timing, now: local, since, holidays });
  if (options.manual) {
    const period = sendNowPeriod(first, local);
    if (period !== first.period) {
      const ledger = openLedger(storedLedger, period);
      return { ...first, period, due: ledger.completedAt === undefined, ledger };
    }
  }
  // A manual send already delivered the upcoming period: the current one is superseded, and
  // its stored ledger (the upcoming one's) must not be reopened for an older period.
  const ahead = ledgerAhead(storedLedger, first.period);
  if (ahead !== null) {
    const passed = digestPeriod({
      schedule: timing,
      now: local,
      since,
      holidays,
      completedPeriod: first.period,
    });
    // Nothing runs before the slot after the one already sent.
    const after = { dateKey: sendDayOf(addDays(ahead.period, 7), holidays), hour: schedule.hour };
    return { ...passed, nextSlot: after, nextRun: after, ledger: ahead };
  }
  const ledger = openLedger(storedLedger, first.period);
  const completedPeriod: DateKey | null = ledger.completedAt !== undefined ? first.period : null;
  return {
    ...digestPeriod({ schedule: timing, now: local, since, completedPeriod, holidays }),
    ledger,
  };
}
