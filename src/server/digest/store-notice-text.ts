// What the owner reads about a run that could not save: the sidebar banner and the short note.
// Pure, so the wording is tested without services. Both say what happened (nobody, or nobody
// else, was mailed, and why that is the safe choice), that it is retried on its own, and what
// the owner can do meanwhile.
import { formatKb, STORE_LIMIT_BYTES } from '../../core/delivery/store-room';
import { plural } from '../../core/digest/plural';
import type { StoreNotice } from './store-notice';

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
