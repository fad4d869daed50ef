// The schedule as stored in document properties: when it runs and who owns it. Approvals are not
// part of it (see approvals-store.ts); they are merged in only for the owner's own view.
import { WEEKDAYS, type DigestSettings, type Weekday } from '../../shared/api';
import type { LocalHour } from '../../core/schedule-period/digest-period';
import { parseDateKey } from '../../core/dates';
import { parseWeekday } from '../../core/schedule-period/weekday';
import { approvalProblem } from '../../core/recipients/approval';
import { KEYS } from './property-keys';

export interface ScheduleConfig {
  enabled: boolean;
  weekday: Weekday;
  hour: number;
  /** The account whose trigger sends (and whose quota and approvals count); null when off. */
  owner: string | null;
  /** When it was switched on or re-timed, in the sheet's zone: slots before it are not owed. */
  since: LocalHour | null;
}

export const DEFAULT_SCHEDULE: ScheduleConfig = {
  enabled: false,
  weekday: 'MONDAY',
  hour: 9,
  owner: null,
  since: null,
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

export function readScheduleConfig(props: Readonly<Record<string, string>>): ScheduleConfig {
  let stored: Partial<Record<keyof DigestSettings | 'since', unknown>> = {};
  try {
    stored = JSON.parse(props[KEYS.settings] ?? '{}') as typeof stored;
  } catch {
    // A damaged value reads as "never configured": the owner sees it off and sets it again.
  }
  const owner = (props[KEYS.owner] ?? '').trim();
  return {
    enabled: stored.enabled === true && owner !== '',
    weekday: isWeekday(stored.weekday) ? stored.weekday : DEFAULT_SCHEDULE.weekday,
    hour: isHour(stored.hour) ? stored.hour : DEFAULT_SCHEDULE.hour,
    owner: owner === '' ? null : owner,
    since: parseLocalHour(stored.since),
  };
}

/** The settings a caller sent, checked; the message names the field so the sidebar can show it. */
export function validateSettings(settings: unknown): DigestSettings & { takeOver: boolean } {
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
  const list = (name: 'approvedEmails' | 'approvedDomains'): string[] | undefined => {
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
  };
  return {
    enabled: s.enabled,
    weekday,
    hour: s.hour,
    approvedEmails: list('approvedEmails'),
    approvedDomains: list('approvedDomains'),
    takeOver: s.takeOver === true,
  };
}

/** Property writes for a schedule; an owner of null is written as '' (setProperties cannot delete). */
export function scheduleWrites(config: ScheduleConfig): Record<string, string> {
  return {
    [KEYS.settings]: JSON.stringify({
      enabled: config.enabled,
      weekday: config.weekday,
      hour: config.hour,
      since: config.since,
    }),
    [KEYS.owner]: config.owner ?? '',
  };
}
