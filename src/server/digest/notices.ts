// What the owner has already been told, so each problem is told once (the plan gone), or at
// most once a day (re-authorization), and what the sidebar banner says meanwhile. The quota
// notice is per period and lives in the delivery ledger (core decides it there).
import type { DateKey } from '../../core/model';
import { parseDateKey } from '../../core/dates';
import { cleanValue } from '../../core/digest/clean-text';
import { KEYS } from './property-keys';

/** The locator's message names a tab (user text): cut, so the value stays small. */
export const MAX_UNREADABLE_CHARS = 400;

export interface Notices {
  /** The day (sheet's zone) the owner was last told to re-authorize; null when not needed. */
  reauthNotifiedOn: DateKey | null;
  /** Set once the owner was told the plan is gone (the schedule removed itself then). */
  planGoneAt: string | null;
  /** The plan is there but unreadable: the locator's message, shown until it reads again. */
  planUnreadable: string | null;
}

export const NO_NOTICES: Notices = {
  reauthNotifiedOn: null,
  planGoneAt: null,
  planUnreadable: null,
};

export function readNotices(props: Readonly<Record<string, string>>): Notices {
  try {
    const raw = JSON.parse(props[KEYS.notices] ?? '{}') as Record<string, unknown>;
    return {
      reauthNotifiedOn: parseDateKey(raw.reauthNotifiedOn),
      planGoneAt: typeof raw.planGoneAt === 'string' ? raw.planGoneAt : null,
      planUnreadable:
        typeof raw.planUnreadable === 'string'
          ? cleanValue(raw.planUnreadable, MAX_UNREADABLE_CHARS)
          : null,
    };
  } catch {
    return NO_NOTICES;
  }
}

export function noticeWrites(notices: Notices): Record<string, string> {
  const planUnreadable =
    notices.planUnreadable === null
      ? null
      : cleanValue(notices.planUnreadable, MAX_UNREADABLE_CHARS);
  return { [KEYS.notices]: JSON.stringify({ ...notices, planUnreadable }) };
}

export function sameNotices(a: Notices, b: Notices): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
