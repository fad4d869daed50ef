// The notice kept when a run could not save to the document's properties. It cannot live there
// (that store is what failed), so it goes to the schedule owner's USER properties, keyed by
// spreadsheet: the owner's sidebar shows it and the owner's runs clear it after their next
// successful delivery. It also remembers the day the owner was last mailed about it, so they
// get at most one note a day however many hourly runs fail.
import { cleanValue } from '../../core/digest/clean-text';
import { isDateKey } from '../../core/dates';
import type { DateKey } from '../../core/model';

const PREFIX = 'map.digest.storeNotice.';
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

export function storeNoticeKey(spreadsheetId: string): string {
  return PREFIX + spreadsheetId;
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

type Properties = GoogleAppsScript.Properties.Properties;

export function readStoreNotice(user: Properties, spreadsheetId: string): StoreNotice | null {
  return parseStoreNotice(user.getProperty(storeNoticeKey(spreadsheetId)));
}

export function writeStoreNotice(
  user: Properties,
  spreadsheetId: string,
  notice: StoreNotice,
): void {
  user.setProperty(storeNoticeKey(spreadsheetId), JSON.stringify(notice));
}

/** Removes the notice after a successful run; costs a write only when there was one. */
export function clearStoreNotice(user: Properties, spreadsheetId: string): boolean {
  const key = storeNoticeKey(spreadsheetId);
  if (user.getProperty(key) === null) return false;
  user.deleteProperty(key);
  return true;
}
