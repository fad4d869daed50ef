import { listStakeholderWarnings } from '../../core/plan';
import {
  approvedViewOf,
  digestBanner,
  honouredDomains,
  ignoredDomainApprovals,
  instantOfLocalHour,
  lastSentAt,
  MAX_RECIPIENTS_PER_PLAN,
  type Reach,
  reachNow,
} from '../../core/weekly-email';
import { remainingDailyQuota } from '../platform/mail';
import { weekReminders } from '../reminders/send-reminders';
import type { DigestStateJson, RecipientJson } from '../../shared/api';
import { type DigestPlanLookup, type DigestRun, periodOf, runsSchedule } from './run-context';
import { type DocumentChanges, StoreWriteError, writeDocumentStore } from './store/document-store';

// The weekly email as the sidebar shows it, from what the run already read and decided. The
// owner (or anyone, while nobody owns it) sees their own approvals and the real recipient
// states; a collaborator sees the owner's display copy, never the approvals themselves. Only
// the owner can read the notice of a run that could not save (it lives in their user
// properties), so only they see it.

export interface DigestStateView {
  state: DigestStateJson;
  /** The owner's display copy for collaborators, to write with the caller's own write. */
  publish: DocumentChanges;
}

export function digestState(
  run: DigestRun,
  lookup: DigestPlanLookup,
  recipients: RecipientJson[],
): DigestStateView {
  const { schedule, notices, log } = run.doc;
  const plan = lookup.kind === 'found' ? lookup.plan : null;
  const isOwner = runsSchedule(run);
  const mine = isOwner || schedule.owner === null;
  const user = mine ? run.user().store : null;
  const { ledger, nextRun } = periodOf(run);
  const reach = isOwner ? ownerReach(run, lookup, recipients) : null;
  const state: DigestStateJson = {
    settings: {
      enabled: schedule.enabled,
      weekday: schedule.weekday,
      hour: schedule.hour,
      reminders: { ...schedule.reminders },
      ...(user
        ? {
            approvedEmails: [...user.approvals.emails],
            approvedDomains: honouredDomains(user.approvals),
          }
        : {}),
    },
    owner: schedule.owner,
    isOwner,
    timeZone: run.timeZone,
    recipients: reach?.recipients ?? recipients,
    lastSent: lastSentAt(ledger),
    nextRun: schedule.enabled ? instantOfLocalHour(nextRun, run.timeZone).toISOString() : null,
    banner: digestBanner({
      notices,
      ledger,
      owner: schedule.owner,
      enabled: schedule.enabled,
      storeNotice: isOwner ? (user?.storeNotice ?? null) : null,
      planProblem: livePlanProblem(lookup),
      ...(reach ? { reachProblem: reach.problem } : {}),
    }),
    log,
    ...(plan && plan.stakeholderWarnings.length > 0
      ? { stakeholderWarnings: listStakeholderWarnings(plan.stakeholderWarnings) }
      : {}),
    ...(reach ? { sendNow: reach.sendNow } : {}),
    maxRecipients: MAX_RECIPIENTS_PER_PLAN,
    ...(user && ignoredDomainApprovals(user.approvals).length > 0
      ? { ignoredApprovals: ignoredDomainApprovals(user.approvals) }
      : {}),
    ...(mine && plan && schedule.reminders.enabled ? { reminders: weekReminders(run, plan) } : {}),
  };
  const publish: DocumentChanges =
    isOwner && plan && user
      ? {
          approvedViewJson: approvedViewOf({
            owner: run.me,
            recipients,
            domains: honouredDomains(user.approvals),
            held: heldReason(reach),
          }),
        }
      : {};
  return { state, publish };
}

/** The limit that stops everyone still owed, as the collaborators' copy says it; else null. */
function heldReason(reach: Reach | null): string | null {
  const held = reach?.recipients.find((r) => r.state === 'will not receive');
  return held && reach?.problem ? (held.reason ?? null) : null;
}

/**
 * Who the email reaches now, as a send now would decide (its period, its ledger, the quota): the
 * owner's view only, since only the owner's account and approvals send. Null while the plan or
 * its Stakeholders tab cannot be read (the banner says that instead).
 */
export function ownerReach(
  run: DigestRun,
  lookup: DigestPlanLookup,
  recipients: RecipientJson[],
): Reach | null {
  if (lookup.kind !== 'found' || lookup.plan.stakeholdersProblem !== null) return null;
  return reachNow({
    recipients,
    ledger: periodOf(run, true).ledger,
    remainingQuota: remainingDailyQuota(),
    now: run.now.toISOString(),
    timeZone: run.timeZone,
  });
}

/**
 * What stops a send as the plan reads NOW, so the sidebar says it at once rather than after the
 * next hourly run. Undefined when there is no plan to judge (gone): the stored notices stand.
 */
function livePlanProblem(lookup: DigestPlanLookup): string | null | undefined {
  if (lookup.kind === 'gone') return undefined;
  if (lookup.kind === 'unreadable') return lookup.message;
  return lookup.plan.stakeholdersProblem;
}

/**
 * Writes the display copy when it changed. It is a cache, rebuilt by the owner's next call, so
 * a full store never costs the state that says so.
 */
export function publishApprovedView(run: DigestRun, publish: DocumentChanges): void {
  try {
    writeDocumentStore(run.docProps, run.doc, publish);
  } catch (error) {
    if (!(error instanceof StoreWriteError)) throw error;
  }
}
