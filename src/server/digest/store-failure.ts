// A run that could not save to the document's properties: the owner is told by the add-on.
// The notice goes to the owner's user properties (the document store is what failed) and, at
// most once a day and only when the quota has room for it, a short note goes to the owner.
// When even the notice cannot be kept (the user store failing too), `kept` is false and the
// caller lets the original error end the execution, so the platform's own failure email still
// reaches the owner.
import { prefixBytes, storeBytes } from '../../core/delivery/store-room';
import { todayIn } from '../platform/time-zone';
import { sendDigestEmail } from './mail';
import { DIGEST_KEY_PREFIX } from './property-keys';
import { fileTitle, type DigestRun } from './run-context';
import {
  clearStoreNotice,
  nextStoreNotice,
  readStoreNotice,
  writeStoreNotice,
  type FailureFacts,
  type StoreNotice,
} from './store-notice';
import { storeNoticeNote } from './store-notice-text';
import type { StoreWriteError } from './store-write';

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
