import { heldReminderOwners } from '../reminders/send-reminders';
import {
  addressesToMail,
  addressKey,
  baselineFor,
  storeNoticeBanner,
} from '../../core/weekly-email';
import type {
  DigestEmailJson,
  SendLogEntryJson,
  SendNowJson,
  SendReportJson,
} from '../../shared/api';
import { NO_PLAN } from '../plan/find-plan';
import { LockBusyError, withScheduleLock } from '../platform/lock';
import { sendEmail } from '../platform/mail';
import { type ComposeInput, digestComposer, recipientFor, testCopy } from './compose';
import { ownedByOtherMessage, UNKNOWN_USER } from './configure';
import { deliverPeriod } from './deliver';
import { ownerReach } from './digest-state';
import {
  type DigestPlan,
  type DigestPlanLookup,
  type DigestRun,
  openDigestRun,
  periodOf,
  readDigestPlan,
  recipientsOf,
  rereadUnderLock,
  runsSchedule,
  senderOf,
} from './run-context';
import { clearStoreFailure, recordStoreFailure } from './store-failure';
import { StoreWriteError, writeDocumentStore } from './store/document-store';

// The weekly email on demand: the preview, "send now" and the owner's test copy. Each reads the
// stores once and the plan once, and builds its messages by the same code path as the
// scheduled run (same recipients, same baseline, same renderers).

function requireDigestPlan(
  run: DigestRun,
  lookup: DigestPlanLookup = readDigestPlan(run),
): DigestPlan {
  if (lookup.kind === 'gone') throw new Error(NO_PLAN);
  if (lookup.kind === 'unreadable') throw new Error(lookup.message);
  return lookup.plan;
}

/** What preview and the test send compose with. */
function composeInputFor(run: DigestRun, plan: DigestPlan): ComposeInput {
  return {
    plan,
    owner: senderOf(run),
    recipients: recipientsOf(run, plan.stakeholders),
    lastDigest: baselineFor(run.doc.snapshot, periodOf(run).period),
    heldReminders: heldReminderOwners(run, plan),
  };
}

/**
 * previewWeeklyDigest: the messages this period's email consists of, sending nothing and
 * writing nothing. Everyone who will receive it is included, already-sent or not, so the
 * preview still shows the week's email after it went out.
 */
export function previewWeeklyDigest(): DigestEmailJson[] {
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

/**
 * sendWeeklyDigestNow: the same delivery as the trigger, for the current period, under the same
 * lock and ledger, so nobody already mailed this period is mailed again. Only the schedule owner
 * can send: the email leaves their account and only their approvals count. A run that cannot
 * save its records fails with the owner's notice as its message (the banner says the same).
 */
export function sendWeeklyDigestNow(): SendReportJson {
  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = rereadUnderLock(opened);
    requireSender(run);
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

/** Only the schedule owner sends: the email leaves their account and only their approvals count. */
function requireSender(run: DigestRun): void {
  const { owner } = run.doc.schedule;
  if (owner === null) {
    throw new Error(
      'Turn the weekly email on first: it records whose account sends it and whose approvals apply.',
    );
  }
  if (!runsSchedule(run)) throw new Error(ownedByOtherMessage(owner));
}

/**
 * Who "send now" would mail at this moment, and why nobody when nobody: what the menu item asks
 * before it sends (the sidebar gets the same in its state). Reads, writes nothing.
 */
export function sendNowOutlook(): SendNowJson {
  const run = openDigestRun();
  requireSender(run);
  const lookup = readDigestPlan(run);
  const plan = requireDigestPlan(run, lookup);
  if (plan.stakeholdersProblem !== null) throw new Error(plan.stakeholdersProblem);
  const reach = ownerReach(run, lookup, recipientsOf(run, plan.stakeholders));
  if (reach === null) throw new Error(NO_PLAN);
  return reach.sendNow;
}

/**
 * sendTestDigestToMe: the owner's own copy (with the waiting and invalid addresses), mailed to
 * whoever asked and to nobody else, outside the ledger: a test never counts as the week's send.
 */
export function sendTestDigestToMe(): SendReportJson {
  const run = openDigestRun();
  if (run.me === '') throw new Error(UNKNOWN_USER);
  const input = composeInputFor(run, requireDigestPlan(run));
  const error = sendEmail(testCopy(input, run.me));
  const { period } = periodOf(run);
  const sent = error === null ? [run.me] : [];
  const failed = error === null ? [] : [{ email: run.me, error }];
  logTestSend(run, {
    at: new Date().toISOString(),
    period,
    trigger: 'test',
    sent,
    failed,
    skipped: '',
  });
  return {
    period,
    sent,
    alreadySent: [],
    failed,
    // The test goes to whoever asked, approved or not: their own address is never "waiting".
    waitingForApproval: input.recipients
      .filter((r) => r.state === 'waiting for approval' && addressKey(r.email) !== run.me)
      .map((r) => r.email),
    message: error === null ? `Test email sent to ${run.me}.` : `The test email failed: ${error}`,
  };
}

/**
 * The log is shared: appended under the lock, to the log as read under it, so a concurrent
 * run's entry is not lost. The email went out already; a busy or full log is not worth
 * reporting the test as failed (with a full store, forwarding this test is how the owner
 * reaches the recipients meanwhile).
 */
function logTestSend(run: DigestRun, entry: SendLogEntryJson): void {
  try {
    withScheduleLock(() => {
      const locked = rereadUnderLock(run);
      writeDocumentStore(locked.docProps, locked.doc, { logEntry: entry });
    });
  } catch (error) {
    if (!(error instanceof LockBusyError) && !(error instanceof StoreWriteError)) throw error;
  }
}
