import { type DateKey, parseDateKey, isDateKey } from '../../core/dates';
import { cleanValue, plural } from '../../core/text';
import { KEYS, DIGEST_KEY_PREFIX, type StoreWriteError } from './store/document-store';
import { formatKb, STORE_LIMIT_BYTES, prefixBytes, storeBytes } from '../../core/weekly-email';
import { todayIn } from '../platform/sheets';
import { sendDigestEmail } from '../platform/mail';
import { fileTitle, type DigestRun } from './run';

// What the owner has already been told, so each problem is told once (the plan gone), or at
// most once a day (re-authorization), and what the sidebar banner says meanwhile. The quota
// notice is per period and lives in the delivery ledger (core decides it there).

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

// The notice kept when a run could not save to the document's properties. It cannot live there
// (that store is what failed), so it goes to the schedule owner's USER properties, keyed by
// spreadsheet: the owner's sidebar shows it and the owner's runs clear it after their next
// successful delivery. It also remembers the day the owner was last mailed about it, so they
// get at most one note a day however many hourly runs fail.

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

// What the owner reads about a run that could not save: the sidebar banner and the short note.
// Pure, so the wording is tested without services. Both say what happened (nobody, or nobody
// else, was mailed, and why that is the safe choice), that it is retried on its own, and what
// the owner can do meanwhile.

function whatHappened(notice: StoreNotice): string {
  const problem = notice.full
    ? `the add-on's storage in this spreadsheet is full (${formatKb(notice.usedBytes)} of ${formatKb(STORE_LIMIT_BYTES)} used; the weekly email's own records take ${formatKb(notice.digestBytes)})`
    : `the add-on could not save to this spreadsheet's storage (${notice.detail || 'no reason given'})`;
  const mailed =
    notice.sentBefore > 0
      ? `It had sent ${plural(notice.sentBefore, 'email')} before that; nobody else was mailed`
      : 'Nobody was mailed';
  return `The weekly email could not record its sends: ${problem}. ${mailed}, so that nobody can get this week's update twice.`;
}

function whatToDo(notice: StoreNotice): string {
  const retry =
    'It is retried every hour, and this notice clears itself after the next successful run.';
  const meanwhile =
    'If it is still here later today, send yourself a test ("Send a test to me") and forward it to the recipients';
  return notice.full
    ? `${retry} ${meanwhile}, and report the full storage to whoever supports the add-on: the weekly email keeps its own records small, so something else is filling it.`
    : `${retry} ${meanwhile}.`;
}

/** The sidebar banner's sentence. */
export function storeNoticeBanner(notice: StoreNotice): string {
  return `${whatHappened(notice)} ${whatToDo(notice)}`;
}

/** The short note mailed to the owner (plain text), at most once a day. */
export function storeNoticeNote(
  notice: StoreNotice,
  fileTitle: string,
  url: string,
): { subject: string; body: string } {
  return {
    subject: notice.full
      ? `Weekly plan email not sent: the add-on's storage in "${fileTitle}" is full`
      : `Weekly plan email not sent: "${fileTitle}" could not save`,
    body: `${whatHappened(notice)}\n\n${whatToDo(notice)}\n\n${url}\n`,
  };
}

// A run that could not save to the document's properties: the owner is told by the add-on.
// The notice goes to the owner's user properties (the document store is what failed) and, at
// most once a day and only when the quota has room for it, a short note goes to the owner.
// When even the notice cannot be kept (the user store failing too), `kept` is false and the
// caller lets the original error end the execution, so the platform's own failure email still
// reaches the owner.

function currentProps(run: DigestRun): Readonly<Record<string, string>> {
  try {
    return run.docProps.getProperties();
  } catch {
    return run.stored;
  }
}

export interface RecordedFailure {
  kept: boolean;
  notice: StoreNotice;
}

export function recordStoreFailure(run: DigestRun, error: StoreWriteError): RecordedFailure {
  const owner = run.schedule.owner ?? run.me;
  const props = currentProps(run);
  const facts: FailureFacts = {
    at: run.now.toISOString(),
    full: error.full,
    detail: error.detail,
    sentBefore: error.sentBefore.length,
    usedBytes: storeBytes(props),
    digestBytes: prefixBytes(props, DIGEST_KEY_PREFIX),
  };
  let notice = nextStoreNotice(null, facts);
  try {
    const user = run.userProps();
    notice = nextStoreNotice(readStoreNotice(user, run.spreadsheetId), facts);
    const today = todayIn(run.timeZone, run.now);
    const note = notice.notifiedOn !== today && MailApp.getRemainingDailyQuota() >= 1;
    if (note) notice = { ...notice, notifiedOn: today };
    // Kept before the note goes out: a note whose day could not be recorded might go hourly.
    writeStoreNotice(user, run.spreadsheetId, notice);
    if (note) {
      sendDigestEmail({
        to: owner,
        replyTo: owner,
        name: 'Mutual Action Plan',
        ...storeNoticeNote(notice, fileTitle(run), run.ss.getUrl()),
        htmlBody: '',
      });
    }
    return { kept: true, notice };
  } catch {
    return { kept: false, notice };
  }
}

/** After a successful run: the notice, if any, is done with. Never fails the run. */
export function clearStoreFailure(run: DigestRun): void {
  try {
    clearStoreNotice(run.userProps(), run.spreadsheetId);
  } catch {
    // The banner stays until the next successful run clears it.
  }
}
