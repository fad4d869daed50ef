import { plural } from '../../core/text';
import {
  type DeliveryPlan,
  closeRun,
  MAX_FAILURES_PER_RECIPIENT,
  planDelivery,
} from '../../core/weekly-email';
import type { SendReportJson, DigestEmailJson } from '../../shared/api';
import {
  markFailed,
  markPending,
  markSent,
  serializeLedger,
  type DeliveryLedger,
} from '../../core/weekly-email';
import { formatKb, roomFor } from '../../core/weekly-email';
import { planTitle } from '../../core/weekly-email';
import { renderOwnerNote } from '../../core/weekly-email';
import { addressesToMail, resolveRecipients } from '../../core/weekly-email';
import { approvedViewWrite, readMyApprovals } from './store/approvals';
import { digestComposer, recipientFor } from './compose';
import { sendDigestEmail } from '../platform/mail';
import { periodNow, type DigestPlan, type DigestRun } from './run';
import {
  projectedWrites,
  KEYS,
  sendLogWrite,
  baselineFor,
  hasClosed,
  readSnapshotRecord,
  snapshotWritesOnComplete,
  StoreWriteError,
} from './store/document-store';

// What a run says about itself: to the person who pressed "send now" (the report) and to the
// sidebar's log (the "skipped" note). Pure, so the wording is tested without services.

export interface RunFacts {
  period: string;
  plan: Pick<DeliveryPlan, 'alreadySent' | 'uncertain' | 'givenUp' | 'overCapacity' | 'quotaShort'>;
  sent: string[];
  failed: { email: string; error: string }[];
  waiting: string[];
  invalid: number;
}

/** The parts of a run that did not end in a sent email, one short clause each. */
export function skippedParts(facts: RunFacts): string[] {
  const { plan } = facts;
  const parts: string[] = [];
  if (plan.quotaShort) {
    parts.push(
      `daily quota too low (${plan.quotaShort.remaining} left, ${plan.quotaShort.needed} needed): nobody sent, retried hourly`,
    );
  }
  if (plan.alreadySent.length > 0) parts.push(`${plan.alreadySent.length} already sent this week`);
  if (plan.uncertain.length > 0) {
    parts.push(`${plan.uncertain.length} not resent: a stopped run may have mailed them`);
  }
  if (plan.givenUp.length > 0) parts.push(`${plan.givenUp.length} failed 3 times: given up`);
  if (plan.overCapacity.length > 0) parts.push(`${plan.overCapacity.length} over the send limit`);
  if (facts.waiting.length > 0) parts.push(`${facts.waiting.length} waiting for approval`);
  if (facts.invalid > 0) parts.push(`${facts.invalid} invalid`);
  return parts;
}

export function reportMessage(facts: RunFacts): string {
  const { plan } = facts;
  if (plan.quotaShort) {
    return (
      `Nobody was sent this week's update: your account can send ${plural(plan.quotaShort.remaining, 'more email')} ` +
      `today and it needs ${plan.quotaShort.needed}. It is retried automatically every hour.`
    );
  }
  const sentences: string[] = [];
  if (facts.sent.length > 0) sentences.push(`Sent to ${plural(facts.sent.length, 'recipient')}.`);
  if (plan.alreadySent.length > 0) {
    sentences.push(
      `${plural(plan.alreadySent.length, 'recipient')} already had this week's update, so ${plan.alreadySent.length === 1 ? 'it was' : 'they were'} not sent again.`,
    );
  }
  if (plan.uncertain.length > 0) {
    sentences.push(
      `${plural(plan.uncertain.length, 'recipient')} may have been mailed by a run that stopped, so ${plan.uncertain.length === 1 ? 'it was' : 'they were'} not sent again.`,
    );
  }
  if (facts.failed.length > 0) {
    sentences.push(
      `${plural(facts.failed.length, 'send')} failed; ${facts.failed.length === 1 ? 'it is' : 'they are'} retried automatically.`,
    );
  }
  if (facts.waiting.length > 0) {
    sentences.push(
      `${plural(facts.waiting.length, 'address', 'addresses')} still ${facts.waiting.length === 1 ? 'waits' : 'wait'} for your approval.`,
    );
  }
  if (sentences.length === 0) {
    return 'Nobody is set to receive the weekly email: tick "Weekly email" for stakeholders with a valid address.';
  }
  return sentences.join(' ');
}

export function sendReport(facts: RunFacts): SendReportJson {
  return {
    period: facts.period,
    sent: facts.sent,
    alreadySent: facts.plan.alreadySent,
    failed: facts.failed,
    waitingForApproval: facts.waiting,
    message: reportMessage(facts),
  };
}

// One delivery run for the current period: the trigger's and "send now"'s shared path.
//
// The caller holds the DOCUMENT lock and has re-read the properties under it, so the ledger
// read here is the truth: a second run that waited for the lock finds everyone the first one
// sent. Core decides who is still owed (planDelivery) and records each send around the call
// (markPending BEFORE MailApp, markSent AFTER, each its own property write), so a run that dies
// half-way leaves a ledger the next run continues from.
//
// Writes can fail (a full store, a service error). Before its first send the run checks that
// everything it will write fits in the store; a write that fails anyway stops the run at once
// (nothing more is sent without a record) with a StoreWriteError that names who was already
// mailed, for the caller to tell the owner.

export type DeliveryTrigger = 'schedule' | 'manual';

function isoNow(): string {
  return new Date().toISOString();
}

export function deliverPeriod(
  run: DigestRun,
  plan: DigestPlan,
  trigger: DeliveryTrigger,
): SendReportJson {
  const owner = run.schedule.owner ?? run.me;
  const approvals = readMyApprovals(run.spreadsheetId, run.userProps());
  const recipients = resolveRecipients(plan.stakeholders, approvals, owner);
  const toMail = addressesToMail(recipients);
  const waiting = recipients.filter((r) => r.state === 'waiting for approval').map((r) => r.email);
  const invalid = recipients.filter((r) => r.state === 'invalid').length;
  const { period, ledger: opened } = periodNow(run);
  const snapshots = readSnapshotRecord(run.stored);
  const storedLedger = run.stored[KEYS.ledger];

  const decision = planDelivery({
    ledger: opened,
    recipients: toMail,
    remainingQuota: MailApp.getRemainingDailyQuota(),
    now: isoNow(),
  });
  // Every message is rendered before the first is sent: a rendering error stops the run while
  // nobody has been mailed, rather than after some have.
  const compose = digestComposer({
    plan,
    owner,
    recipients,
    lastDigest: baselineFor(snapshots, period),
  });
  const messages = new Map<string, DigestEmailJson>(
    decision.toSend.map((email) => [email, compose(recipientFor(email, recipients))]),
  );

  const view = approvedViewWrite(run.stored, { owner, recipients, domains: approvals.domains });
  if (decision.toSend.length > 0) {
    const room = roomFor(
      run.stored,
      projectedWrites({
        stored: run.stored,
        decision,
        toMail,
        period,
        trigger,
        now: isoNow(),
        snapshots,
        steps: plan.reading.steps,
        today: plan.reading.today,
        view,
      }),
    );
    if (!room.fits) {
      throw new StoreWriteError(
        `${formatKb(room.used)} in use, and this run needs ${formatKb(room.needed - room.used)} more to record its sends`,
        true,
      );
    }
  }

  let ledger: DeliveryLedger = decision.ledger;
  const before: Record<string, string> = { [KEYS.ledger]: serializeLedger(ledger) };
  if (view) Object.assign(before, view);
  if (before[KEYS.ledger] !== storedLedger || view) run.docProps.setProperties(before);

  const sent: string[] = [];
  const failed: { email: string; error: string }[] = [];
  const newlyGivenUp: string[] = [];
  try {
    for (const email of decision.toSend) {
      ledger = markPending(ledger, email, isoNow());
      run.docProps.setProperty(KEYS.ledger, serializeLedger(ledger));
      const error = sendDigestEmail(messages.get(email) as DigestEmailJson);
      if (error === null) {
        ledger = markSent(ledger, email, isoNow());
        sent.push(email);
      } else {
        ledger = markFailed(ledger, email, new Error(error), isoNow());
        failed.push({ email, error });
        if ((ledger.failures?.[email] ?? 0) >= MAX_FAILURES_PER_RECIPIENT) newlyGivenUp.push(email);
      }
      run.docProps.setProperty(KEYS.ledger, serializeLedger(ledger));
    }
  } catch (error) {
    // The one just sent, if any, stays `pending` in the stored ledger: the next run treats it
    // as maybe-sent and tells the owner, as after a crash.
    if (error instanceof StoreWriteError) throw error.afterSending(sent);
    throw error;
  }

  const facts: RunFacts = { period, plan: decision, sent, failed, waiting, invalid };
  const after: Record<string, string> = {};
  const closed = decision.quotaShort ? ledger : closeRun(ledger, toMail, isoNow());
  if (closed !== ledger) {
    ledger = closed;
    after[KEYS.ledger] = serializeLedger(ledger);
  }
  if (ledger.completedAt !== undefined && !hasClosed(snapshots, period)) {
    Object.assign(
      after,
      snapshotWritesOnComplete(snapshots, period, plan.reading.steps, plan.reading.today),
    );
  }
  // The log records what someone would want to know later; an hourly tick that found the
  // quota still short, or nothing left to do, is not news.
  const quotaNews =
    decision.quotaShort !== null && (decision.notifyOwnerOfQuota || trigger === 'manual');
  const news =
    trigger === 'manual' ||
    sent.length > 0 ||
    failed.length > 0 ||
    quotaNews ||
    decision.newlyUncertain.length > 0;
  if (news) {
    Object.assign(
      after,
      sendLogWrite(run.stored, {
        at: isoNow(),
        period,
        trigger,
        sent,
        failed,
        skipped: skippedParts(facts).join('; '),
      }),
    );
  }
  try {
    if (Object.keys(after).length > 0) run.docProps.setProperties(after);
  } catch (error) {
    if (error instanceof StoreWriteError) throw error.afterSending(sent);
    throw error;
  }

  const tellOwner =
    decision.notifyOwnerOfQuota || decision.newlyUncertain.length > 0 || newlyGivenUp.length > 0;
  if (tellOwner) {
    const note = renderOwnerNote({
      planTitle: planTitle(plan.reading.header, plan.reading.sheetName),
      period,
      today: plan.reading.today,
      sheetUrl: plan.sheetUrl,
      quotaShort: decision.notifyOwnerOfQuota ? decision.quotaShort : null,
      uncertain: decision.newlyUncertain,
      failed: failed.filter((f) => newlyGivenUp.includes(f.email)),
      waiting,
    });
    sendDigestEmail({ to: owner, replyTo: owner, name: 'Mutual Action Plan', ...note });
  }
  return sendReport(facts);
}
