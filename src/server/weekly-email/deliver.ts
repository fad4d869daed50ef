import { heldReminderOwners } from '../reminders/send-reminders';
import {
  addressesToMail,
  approvedViewOf,
  blockedNote,
  nobodyReason,
  baselineFor,
  closedSnapshotRecord,
  closeRun,
  type DeliveryLedger,
  type DeliveryPlan,
  type DeliveryTrigger,
  hasClosed,
  honouredDomains,
  isLogNews,
  ledgerIfAllSent,
  markFailed,
  markPending,
  markSent,
  MAX_FAILURES_PER_RECIPIENT,
  mergeNotices,
  planDelivery,
  planTitle,
  renderOwnerNote,
  resolveRecipients,
  type RunFacts,
  sendReport,
  skippedParts,
} from '../../core/weekly-email';
import type { DigestEmailJson, RecipientJson, SendReportJson } from '../../shared/api';
import { remainingDailyQuota, sendEmail } from '../platform/mail';
import { digestComposer, noteToOwner, recipientFor } from './compose';
import { type DigestPlan, type DigestRun, fileTitle, periodOf, senderOf } from './run-context';
import type { DateKey } from '../../core/dates';
import {
  type DocumentChanges,
  type DocumentStore,
  StoreWriteError,
  writeDocumentStore,
} from './store/document-store';

// One delivery run for the current period: the trigger's and "send now"'s shared path.
//
// The caller holds the DOCUMENT lock and has read the document store under it, so the ledger
// read here is the truth: a second run that waited for the lock finds everyone the first one
// sent. Core decides who is still owed (planDelivery) and records each send around the call
// (markPending BEFORE MailApp, markSent AFTER, each its own property write), so a run that dies
// half-way leaves a ledger the next run continues from.
//
// Writes can fail (a full store, a service error). Before its first send the run checks that
// everything it will write fits in the store; a write that fails anyway stops the run at once
// (nothing more is sent without a record) with a StoreWriteError that names who was already
// mailed, for the caller to tell the owner.

interface Delivery {
  run: DigestRun;
  plan: DigestPlan;
  trigger: DeliveryTrigger;
  owner: string;
  recipients: RecipientJson[];
  /** Everyone approved this period (the ledger closes when all are accounted for). */
  toMail: string[];
  /** The period being delivered (the one the lock-holding read put "now" in). */
  period: DateKey;
  decision: DeliveryPlan;
  /** Rendered before the first send, so a rendering error stops a run that has mailed nobody. */
  messages: Map<string, DigestEmailJson>;
  /** The caller's own changes and the refreshed display copy, written with the first write. */
  firstChanges: DocumentChanges;
}

interface Progress {
  store: DocumentStore;
  ledger: DeliveryLedger;
  sent: string[];
  failed: { email: string; error: string }[];
  newlyGivenUp: string[];
}

function isoNow(): string {
  return new Date().toISOString();
}

/** `alsoWrite` is the caller's own change (its notices), written with the run's first write. */
export function deliverPeriod(
  run: DigestRun,
  plan: DigestPlan,
  trigger: DeliveryTrigger,
  alsoWrite: DocumentChanges = {},
): SendReportJson {
  const delivery = prepareDelivery(run, plan, trigger, alsoWrite);
  const progress = sendEach(delivery);
  const facts: RunFacts = {
    period: delivery.period,
    plan: delivery.decision,
    sent: progress.sent,
    failed: progress.failed,
    waiting: delivery.recipients
      .filter((r) => r.state === 'waiting for approval')
      .map((r) => r.email),
    invalid: delivery.recipients.filter((r) => r.state === 'invalid').length,
    ...(delivery.decision.nobody ? { nobodyReason: nobodyReason(delivery.recipients) } : {}),
  };
  const blocked = blockedProblem(delivery.decision, facts);
  closeDelivery(delivery, progress, facts, blocked);
  tellOwner(delivery, progress, facts, blocked);
  return sendReport(facts);
}

/** Whether `problem` is one the owner has not been mailed about yet (compared as stored). */
export function isNewProblem(run: DigestRun, problem: string | null): problem is string {
  if (problem === null) return false;
  return mergeNotices(run.doc.notices, { blocked: problem }).blocked !== run.doc.notices.blocked;
}

/**
 * What stopped this week's email for everyone, as the owner reads it (null when nothing did):
 * the one problem the owner is mailed about once and the banner shows until a run delivers.
 */
function blockedProblem(decision: DeliveryPlan, facts: RunFacts): string | null {
  if (decision.limit) return decision.limit.message;
  if (decision.nobody) return `Nobody can be sent the weekly email: ${facts.nobodyReason}.`;
  return null;
}

function prepareDelivery(
  run: DigestRun,
  plan: DigestPlan,
  trigger: DeliveryTrigger,
  alsoWrite: DocumentChanges,
): Delivery {
  const owner = senderOf(run);
  // Who is mailed is decided by the owner's own approvals only, never by the display copy.
  const { approvals } = run.user().store;
  const recipients = resolveRecipients(plan.stakeholders, approvals, owner);
  const toMail = addressesToMail(recipients);
  const { period, ledger } = periodOf(run, trigger === 'manual');
  const decision = planDelivery({
    ledger,
    recipients: toMail,
    remainingQuota: remainingDailyQuota(),
    now: isoNow(),
  });
  const compose = digestComposer({
    plan,
    owner,
    recipients,
    lastDigest: baselineFor(run.doc.snapshot, period),
    heldReminders: heldReminderOwners(run, plan),
  });
  const messages = new Map<string, DigestEmailJson>(
    decision.toSend.map((email) => [email, compose(recipientFor(email, recipients))]),
  );
  const view = approvedViewOf({
    owner,
    recipients,
    domains: honouredDomains(approvals),
    held: decision.limit?.short ?? null,
  });
  return {
    run,
    plan,
    trigger,
    owner,
    recipients,
    toMail,
    period,
    decision,
    messages,
    firstChanges: { ...alsoWrite, approvedViewJson: view },
  };
}

/**
 * The sends, each between its two ledger writes. The first write also carries the opened
 * ledger and the caller's changes, and refuses to start a run whose records would not fit.
 */
function sendEach(delivery: Delivery): Progress {
  const { run, decision } = delivery;
  const progress: Progress = {
    store: run.doc,
    ledger: decision.ledger,
    sent: [],
    failed: [],
    newlyGivenUp: [],
  };
  const write = (changes: DocumentChanges, roomFor?: DocumentChanges) => {
    progress.store = writeDocumentStore(run.docProps, progress.store, changes, { roomFor });
  };
  try {
    decision.toSend.forEach((email, index) => {
      progress.ledger = markPending(progress.ledger, email, isoNow());
      if (index === 0) {
        write({ ...delivery.firstChanges, ledger: progress.ledger }, projectedRun(delivery));
      } else {
        write({ ledger: progress.ledger });
      }
      const error = sendEmail(delivery.messages.get(email) as DigestEmailJson);
      if (error === null) {
        progress.ledger = markSent(progress.ledger, email, isoNow());
        progress.sent.push(email);
      } else {
        progress.ledger = markFailed(progress.ledger, email, new Error(error), isoNow());
        progress.failed.push({ email, error });
        const failures = progress.ledger.failures?.[email] ?? 0;
        if (failures >= MAX_FAILURES_PER_RECIPIENT) progress.newlyGivenUp.push(email);
      }
      write({ ledger: progress.ledger });
    });
  } catch (error) {
    // The one just sent, if any, stays `pending` in the stored ledger: the next run treats it
    // as maybe-sent and tells the owner, as after a crash.
    if (error instanceof StoreWriteError) throw error.afterSending(progress.sent);
    throw error;
  }
  return progress;
}

/** What the run writes after its first write if every send succeeds: checked for room first. */
function projectedRun(delivery: Delivery): DocumentChanges {
  const { run, decision, toMail, plan, period } = delivery;
  const now = isoNow();
  return {
    ledger: ledgerIfAllSent(decision, toMail, now),
    logEntry: {
      at: now,
      period,
      trigger: delivery.trigger,
      sent: decision.toSend,
      failed: [],
      skipped: '',
    },
    ...(hasClosed(run.doc.snapshot, period)
      ? {}
      : {
          snapshot: closedSnapshotRecord(
            run.doc.snapshot,
            period,
            plan.reading.steps,
            plan.reading.today,
          ),
        }),
  };
}

/**
 * The run's last write: the ledger closed once everyone is accounted for, the period's closing
 * snapshot, and the log entry when the run is news. A run that sent nobody writes everything,
 * its opened ledger included, here in one call.
 */
function closeDelivery(
  delivery: Delivery,
  progress: Progress,
  facts: RunFacts,
  blocked: string | null,
): void {
  const { run, decision, toMail, plan, trigger, period } = delivery;
  const stopped = decision.quotaShort !== null || decision.limit !== null || decision.nobody;
  const ledger = stopped ? progress.ledger : closeRun(progress.ledger, toMail, isoNow());
  const first = decision.toSend.length === 0 ? delivery.firstChanges : {};
  const changes: DocumentChanges = {
    ...first,
    ledger,
    // The problem stays until a run that is not stopped by one clears it.
    notices: { ...first.notices, blocked },
  };
  if (ledger.completedAt !== undefined && !hasClosed(run.doc.snapshot, period)) {
    changes.snapshot = closedSnapshotRecord(
      run.doc.snapshot,
      period,
      plan.reading.steps,
      plan.reading.today,
    );
  }
  if (isLogNews(trigger, decision, facts)) {
    changes.logEntry = {
      at: isoNow(),
      period,
      trigger,
      sent: facts.sent,
      failed: facts.failed,
      skipped: skippedParts(facts).join('; '),
    };
  }
  try {
    progress.store = writeDocumentStore(run.docProps, progress.store, changes);
  } catch (error) {
    if (error instanceof StoreWriteError) throw error.afterSending(progress.sent);
    throw error;
  }
}

/** The owner's note, when the run found something only they can act on. */
function tellOwner(
  delivery: Delivery,
  progress: Progress,
  facts: RunFacts,
  blocked: string | null,
): void {
  const { decision, plan, owner, run } = delivery;
  if (isNewProblem(run, blocked)) {
    sendEmail(noteToOwner(owner, blockedNote(blocked, fileTitle(run), plan.sheetUrl)));
  }
  const needed =
    decision.notifyOwnerOfQuota ||
    decision.newlyUncertain.length > 0 ||
    progress.newlyGivenUp.length > 0;
  if (!needed) return;
  const note = renderOwnerNote({
    planTitle: planTitle(plan.reading.header, plan.reading.sheetName),
    period: facts.period,
    today: plan.reading.today,
    sheetUrl: plan.sheetUrl,
    quotaShort: decision.notifyOwnerOfQuota ? decision.quotaShort : null,
    uncertain: decision.newlyUncertain,
    failed: progress.failed.filter((f) => progress.newlyGivenUp.includes(f.email)),
    waiting: facts.waiting,
  });
  sendEmail(noteToOwner(owner, note));
}
