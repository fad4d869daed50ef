import {
  nextStoreNotice,
  prefixBytes,
  type StoreNotice,
  storeBytes,
  storeNoticeNote,
} from '../../core/weekly-email';
import { sendEmail, remainingDailyQuota } from '../platform/mail';
import { todayIn } from '../platform/sheets';
import { noteToOwner } from './compose';
import { type DigestRun, fileTitle, senderOf, writeMyStore } from './run-context';
import { DIGEST_KEY_PREFIX, type StoreWriteError } from './store/document-store';

// A run that could not save to the document's properties: the owner is told by the add-on.
// The notice goes to the owner's user properties (the document store is what failed) and, at
// most once a day and only when the quota has room for it, a short note goes to the owner.
// When even the notice cannot be kept (the user store failing too), `kept` is false and the
// caller lets the original error end the execution, so the platform's own failure email still
// reaches the owner.

export interface RecordedFailure {
  kept: boolean;
  notice: StoreNotice;
}

export function recordStoreFailure(run: DigestRun, error: StoreWriteError): RecordedFailure {
  // The document store as this run last knew it, its own writes included.
  const props = run.docProps.all();
  const facts = {
    at: run.now.toISOString(),
    full: error.full,
    detail: error.detail,
    sentBefore: error.sentBefore.length,
    usedBytes: storeBytes(props),
    digestBytes: prefixBytes(props, DIGEST_KEY_PREFIX),
  };
  let notice = nextStoreNotice(null, facts);
  try {
    notice = nextStoreNotice(run.user().store.storeNotice, facts);
    const today = todayIn(run.timeZone, run.now);
    const note = notice.notifiedOn !== today && remainingDailyQuota() >= 1;
    if (note) notice = { ...notice, notifiedOn: today };
    // Kept before the note goes out: a note whose day could not be recorded might go hourly.
    writeMyStore(run, { storeNotice: notice });
    if (note) {
      sendEmail(
        noteToOwner(senderOf(run), storeNoticeNote(notice, fileTitle(run), run.ss.getUrl())),
      );
    }
    return { kept: true, notice };
  } catch {
    return { kept: false, notice };
  }
}

/** After a successful run: the notice, if any, is done with. Never fails the run. */
export function clearStoreFailure(run: DigestRun): void {
  try {
    writeMyStore(run, { storeNotice: null });
  } catch {
    // The banner stays until the next successful run clears it.
  }
}
