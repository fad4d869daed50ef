// sendTestDigestToMe: the owner's own copy (with the waiting and invalid addresses), mailed to
// whoever asked and to nobody else, outside the ledger: a test never counts as the week's send.
import type { SendReportJson } from '../../shared/api';
import { composeDigestEmail, recipientFor } from './compose';
import { LockBusyError, withScheduleLock } from './document-lock';
import { sendDigestEmail } from './mail';
import { periodNow } from './period-now';
import { composeInputFor, requireDigestPlan } from './preview';
import { openDigestRun, refreshed } from './run-context';
import { sendLogWrite } from './send-log-store';
import { StoreWriteError } from './store-write';

export const TEST_SUBJECT_PREFIX = '[Test] ';

export function sendTestDigest(): SendReportJson {
  const run = openDigestRun();
  if (run.me === '') throw new Error('Could not tell which Google account is running the add-on.');
  const input = composeInputFor(run, requireDigestPlan(run));
  const message = composeDigestEmail(input, recipientFor(input.owner, input.recipients));
  const error = sendDigestEmail({
    ...message,
    to: run.me,
    subject: TEST_SUBJECT_PREFIX + message.subject,
  });
  const { period } = periodNow(run);
  const failed = error === null ? [] : [{ email: run.me, error }];
  // The log is shared: appended under the lock so a concurrent run's entry is not lost.
  try {
    withScheduleLock(() => {
      const now = refreshed(run);
      now.docProps.setProperties(
        sendLogWrite(now.stored, {
          at: new Date().toISOString(),
          period,
          trigger: 'test',
          sent: error === null ? [run.me] : [],
          failed,
          skipped: '',
        }),
      );
    });
  } catch (logError) {
    // The email went out; a busy or full log is not worth reporting the test as failed (with a
    // full store, forwarding this test is how the owner reaches the recipients meanwhile).
    if (!(logError instanceof LockBusyError) && !(logError instanceof StoreWriteError)) {
      throw logError;
    }
  }
  return {
    period,
    sent: error === null ? [run.me] : [],
    alreadySent: [],
    failed,
    waitingForApproval: input.recipients
      .filter((r) => r.state === 'waiting for approval')
      .map((r) => r.email),
    message: error === null ? `Test email sent to ${run.me}.` : `The test email failed: ${error}`,
  };
}
