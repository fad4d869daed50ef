import { cleanValue, plural } from '../text';
import type { DeliveryLedger } from './ledger';
import { MAX_UNREADABLE_CHARS, type Notices, type StoreNotice } from './notices';
import { formatKb, STORE_LIMIT_BYTES } from './storage';

// What the owner reads when the weekly email cannot do its job on its own: the one line of the
// sidebar banner, and the short plain-text notes mailed to them (the plan gone, authorization
// needed, records that could not be saved). Each says what happened, what the add-on does about
// it by itself, and what the owner can do meanwhile.

export interface BannerFacts {
  notices: Notices;
  /** The current period's ledger. */
  ledger: DeliveryLedger;
  owner: string | null;
  enabled: boolean;
  /** The schedule owner's own notice of a run that could not save (only they can read it). */
  storeNotice?: StoreNotice | null;
  /**
   * What stops a send as the plan reads now (null: nothing). Given, it replaces the stored
   * "unreadable" notice, which the next run would only confirm or clear; omitted, that stands.
   */
  planProblem?: string | null;
}

/** The sidebar banner, most urgent first; null when nothing needs the owner. */
export function digestBanner(facts: BannerFacts): string | null {
  const { notices, ledger, owner } = facts;
  const who = owner ?? 'the schedule owner';
  const lines: string[] = [];
  if (notices.planGoneAt && !facts.enabled) {
    lines.push(
      'The plan could not be found, so the weekly email turned itself off. Restore or create the plan, then turn the email on again.',
    );
  }
  const unreadable = currentProblem(facts);
  if (unreadable) {
    // Worded as the run words it; with the email off nothing is paused, yet nobody could get it.
    lines.push(
      facts.enabled
        ? `The weekly email is paused until the plan can be read again: ${unreadable}`
        : `The weekly email cannot be sent until this is fixed: ${unreadable}`,
    );
  }
  if (facts.enabled && notices.reauthNotifiedOn) {
    lines.push(`The weekly email is paused: ${who} must open the add-on once to re-authorize it.`);
  }
  if (facts.enabled && facts.storeNotice) lines.push(storeNoticeBanner(facts.storeNotice));
  if (ledger.quotaShort) {
    lines.push(
      `This week's update is waiting for email quota: ${who} can send ${plural(ledger.quotaShort.remaining, 'more email')} today and it needs ${ledger.quotaShort.needed}. It is retried every hour.`,
    );
  }
  const uncertain = ledger.uncertain ?? [];
  if (uncertain.length > 0) {
    lines.push(
      `${plural(uncertain.length, 'recipient')} may not have received this week's update (a run stopped while sending): ${uncertain.join(', ')}. Forward your copy if needed.`,
    );
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

/** The live problem when the plan was just read, else the last run's notice while it is on. */
function currentProblem(facts: BannerFacts): string | null {
  if (facts.planProblem === undefined) return facts.enabled ? facts.notices.planUnreadable : null;
  if (facts.planProblem === null) return null;
  return cleanValue(facts.planProblem, MAX_UNREADABLE_CHARS) || null;
}

// A run that could not save its records: nobody, or nobody else, was mailed, because that is
// the safe choice; it is retried on its own; meanwhile the owner can forward a test copy.

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

/** The sidebar banner's sentence about records that could not be saved. */
export function storeNoticeBanner(notice: StoreNotice): string {
  return `${whatHappened(notice)} ${whatToDo(notice)}`;
}

export interface PlainNote {
  subject: string;
  body: string;
}

/** The note about records that could not be saved, mailed at most once a day. */
export function storeNoticeNote(notice: StoreNotice, fileTitle: string, url: string): PlainNote {
  return {
    subject: notice.full
      ? `Weekly plan email not sent: the add-on's storage in "${fileTitle}" is full`
      : `Weekly plan email not sent: "${fileTitle}" could not save`,
    body: `${whatHappened(notice)}\n\n${whatToDo(notice)}\n\n${url}\n`,
  };
}

/** The note sent once when the schedule turned itself off because the plan is gone. */
export function planGoneNote(fileTitle: string, url: string): PlainNote {
  return {
    subject: `Weekly plan email turned off: no plan in "${fileTitle}"`,
    body:
      `The weekly email of the spreadsheet "${fileTitle}" could not find its plan (the ` +
      'plan tab was deleted or emptied), so it removed its schedule and sent nothing.\n\n' +
      `To send it again, restore or create the plan, then turn the weekly email on in the sidebar.\n\n${url}\n`,
  };
}

/** The note sent at most once a day while the add-on waits to be authorized again. */
export function reauthorizeNote(
  fileTitle: string,
  url: string,
  authorizationUrl: string | null,
): PlainNote {
  return {
    subject: `Weekly plan email paused: please re-authorize the add-on`,
    body:
      `The weekly email of "${fileTitle}" needs you to authorize the Mutual Action Plan ` +
      "add-on again before it can send. Open the spreadsheet and the add-on's sidebar" +
      (authorizationUrl ? `, or follow this link: ${authorizationUrl}` : '.') +
      `\n\n${url}\n`,
  };
}
