import { addressesToMail, resolveRecipients } from '../../core/weekly-email';
import type { DigestEmailJson, RecipientJson, SendReportJson } from '../../shared/api';
import { NO_PLAN } from '../plan/find-plan';
import { recipientsForViewer, readMyApprovals } from './store/approvals';
import { digestComposer, recipientFor, type ComposeInput, composeDigestEmail } from './compose';
import {
  periodNow,
  readDigestPlan,
  type DigestPlan,
  isScheduleOwner,
  openDigestRun,
  type DigestRun,
  refreshed,
} from './run';
import {
  baselineFor,
  readSnapshotRecord,
  StoreWriteError,
  sendLogWrite,
} from './store/document-store';
import { ownedByOtherMessage } from './configure';
import { deliverPeriod } from './deliver';
import { withScheduleLock, LockBusyError } from '../platform/lock';
import { clearStoreFailure, recordStoreFailure, storeNoticeBanner } from './notices';
import { sendDigestEmail } from '../platform/mail';

// previewWeeklyDigest: the messages this period's email consists of, built by the same code
// path as a real send (same recipients, same baseline, same renderers), sending nothing and
// writing nothing. Everyone who will receive it is included, already-sent or not, so the
// preview still shows the week's email after it went out.

/** What a run would compose with: shared by preview and the test send. */
export function composeInputFor(run: DigestRun, plan: DigestPlan): ComposeInput {
  const owner = run.schedule.owner ?? run.me;
  const mine = run.schedule.owner === null || isScheduleOwner(run);
  const recipients: RecipientJson[] = mine
    ? resolveRecipients(
        plan.stakeholders,
        readMyApprovals(run.spreadsheetId, run.userProps()),
        owner,
      )
    : recipientsForViewer(plan.stakeholders, run.stored, owner);
  const { period } = periodNow(run);
  return {
    plan,
    owner,
    recipients,
    lastDigest: baselineFor(readSnapshotRecord(run.stored), period),
  };
}

export function requireDigestPlan(run: DigestRun): DigestPlan {
  const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
  if (lookup.kind === 'gone') throw new Error(NO_PLAN);
  if (lookup.kind === 'unreadable') throw new Error(lookup.message);
  return lookup.plan;
}

export function previewDigest(): DigestEmailJson[] {
  const run = openDigestRun();
  const plan = requireDigestPlan(run);
  // A run would pause on this rather than mail nobody, so the preview says why instead of
  // showing an empty week.
  if (plan.stakeholdersProblem !== null) throw new Error(plan.stakeholdersProblem);
  const input = composeInputFor(run, plan);
  const compose = digestComposer(input);
  return addressesToMail(input.recipients).map((email) =>
    compose(recipientFor(email, input.recipients)),
  );
}

// sendWeeklyDigestNow: the same delivery as the trigger, for the current period, under the same
// lock and ledger, so nobody already mailed this period is mailed again. Only the schedule owner
// can send: the email leaves their account and only their approvals count. A run that cannot
// save its records fails with the owner's notice as its message (the banner says the same).

export function sendDigestNow(): SendReportJson {
  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = refreshed(opened);
    if (run.schedule.owner === null) {
      throw new Error(
        'Turn the weekly email on first: it records whose account sends it and whose approvals apply.',
      );
    }
    if (!isScheduleOwner(run)) throw new Error(ownedByOtherMessage(run.schedule.owner));
    let report: SendReportJson;
    try {
      const plan = requireDigestPlan(run);
      if (plan.stakeholdersProblem !== null) throw new Error(plan.stakeholdersProblem);
      report = deliverPeriod(run, plan, 'manual');
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      throw new Error(storeNoticeBanner(recordStoreFailure(run, error).notice));
    }
    clearStoreFailure(run);
    return report;
  });
}

// sendTestDigestToMe: the owner's own copy (with the waiting and invalid addresses), mailed to
// whoever asked and to nobody else, outside the ledger: a test never counts as the week's send.

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
