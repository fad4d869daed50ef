import { type DateKey, isDateKey, parseDateKey } from '../dates';
import { cleanValue } from '../text';

// What the owner has already been told, so each problem is told once (the plan gone), or at
// most once a day (re-authorization), and what the sidebar banner says meanwhile. The quota
// notice is per period and lives in the delivery ledger (decided there).

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

export function parseNotices(json: string | undefined): Notices {
  try {
    const raw = JSON.parse(json ?? '{}') as Record<string, unknown>;
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

/**
 * The notices with some of them changed, the unreadable message cut as it is stored, so an
 * unchanged long message compares equal and is not rewritten every hour.
 */
export function mergeNotices(notices: Notices, changes: Partial<Notices>): Notices {
  const next = { ...notices, ...changes };
  const planUnreadable =
    next.planUnreadable === null ? null : cleanValue(next.planUnreadable, MAX_UNREADABLE_CHARS);
  return { ...next, planUnreadable };
}

export function serializeNotices(notices: Notices): string {
  return JSON.stringify(mergeNotices(notices, {}));
}

// The notice kept when a run could not save to the document's properties. It cannot live there
// (that store is what failed), so it goes to the schedule owner's USER properties, keyed by
// spreadsheet: the owner's sidebar shows it and the owner's runs clear it after their next
// successful delivery. It also remembers the day the owner was last mailed about it, so they
// get at most one note a day however many hourly runs fail.

export const MAX_DETAIL_CHARS = 200;

export interface StoreNotice {
  /** The first failed run since the last successful one (ISO). */
  since: string;
  /** The latest failed run (ISO). */
  at: string;
  /** The store had no room (otherwise a passing service error). */
  full: boolean;
  /** The service's message, cleaned and cut. */
  detail: string;
  /** How many the latest failed run had mailed before it stopped. */
  sentBefore: number;
  /** The document store's size at the latest failure, and how much of it the weekly email holds. */
  usedBytes: number;
  digestBytes: number;
  /** The day (sheet's zone) the owner was last mailed about it. */
  notifiedOn: DateKey | null;
}

export interface FailureFacts {
  at: string;
  full: boolean;
  detail: string;
  sentBefore: number;
  usedBytes: number;
  digestBytes: number;
}

/** The notice after one more failure: `since` and the day of the last note carry over. */
export function nextStoreNotice(previous: StoreNotice | null, facts: FailureFacts): StoreNotice {
  return {
    since: previous?.since ?? facts.at,
    at: facts.at,
    full: facts.full,
    detail: cleanValue(facts.detail, MAX_DETAIL_CHARS),
    sentBefore: Math.max(0, Math.floor(facts.sentBefore)),
    usedBytes: Math.max(0, Math.floor(facts.usedBytes)),
    digestBytes: Math.max(0, Math.floor(facts.digestBytes)),
    notifiedOn: previous?.notifiedOn ?? null,
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The stored notice, or null when there is none or it cannot be read (it is only a message). */
export function parseStoreNotice(raw: string | null | undefined): StoreNotice | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.since !== 'string' || typeof v.at !== 'string' || typeof v.full !== 'boolean') {
    return null;
  }
  return {
    since: v.since,
    at: v.at,
    full: v.full,
    detail: typeof v.detail === 'string' ? cleanValue(v.detail, MAX_DETAIL_CHARS) : '',
    sentBefore: isCount(v.sentBefore) ? v.sentBefore : 0,
    usedBytes: isCount(v.usedBytes) ? v.usedBytes : 0,
    digestBytes: isCount(v.digestBytes) ? v.digestBytes : 0,
    notifiedOn: isDateKey(v.notifiedOn) ? v.notifiedOn : null,
  };
}
