import { listStakeholderWarnings } from '../../core/plan';
import {
  approvedViewOf,
  digestBanner,
  instantOfLocalHour,
  lastSentAt,
} from '../../core/weekly-email';
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
  const state: DigestStateJson = {
    settings: {
      enabled: schedule.enabled,
      weekday: schedule.weekday,
      hour: schedule.hour,
      ...(user
        ? {
            approvedEmails: [...user.approvals.emails],
            approvedDomains: [...user.approvals.domains],
          }
        : {}),
    },
    owner: schedule.owner,
    isOwner,
    timeZone: run.timeZone,
    recipients,
    lastSent: lastSentAt(ledger),
    nextRun: schedule.enabled ? instantOfLocalHour(nextRun, run.timeZone).toISOString() : null,
    banner: digestBanner({
      notices,
      ledger,
      owner: schedule.owner,
      enabled: schedule.enabled,
      storeNotice: isOwner ? (user?.storeNotice ?? null) : null,
      planProblem: livePlanProblem(lookup),
    }),
    log,
    ...(plan && plan.stakeholderWarnings.length > 0
      ? { stakeholderWarnings: listStakeholderWarnings(plan.stakeholderWarnings) }
      : {}),
  };
  const publish: DocumentChanges =
    isOwner && plan && user
      ? {
          approvedViewJson: approvedViewOf({
            owner: run.me,
            recipients,
            domains: user.approvals.domains,
          }),
        }
      : {};
  return { state, publish };
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
