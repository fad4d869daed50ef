import { type DeliveryLedger, lastSentAt } from '../../core/weekly-email';
import { plural, cleanValue } from '../../core/text';
import {
  MAX_UNREADABLE_CHARS,
  type Notices,
  type StoreNotice,
  storeNoticeBanner,
  readNotices,
  readStoreNotice,
} from './notices';
import { resolveRecipients } from '../../core/weekly-email';
import { listStakeholderWarnings } from '../../core/plan';
import type { DigestStateJson, RecipientJson } from '../../shared/api';
import { approvedViewWrite, recipientsForViewer, readMyApprovals } from './store/approvals';
import {
  instantOfLocalHour,
  periodNow,
  type DigestPlanLookup,
  isScheduleOwner,
  type DigestRun,
} from './run';
import { readSendLog, StoreWriteError } from './store/document-store';

// The one line the sidebar shows when the weekly email needs its owner: the most urgent first.

export interface BannerFacts {
  notices: Notices;
  /** The current period's ledger. */
  ledger: DeliveryLedger;
  owner: string | null;
  enabled: boolean;
  /** The schedule owner's own notice of a run that could not save (only they can read it). */
  storeNotice?: StoreNotice | null;
  /**
   * What stops a send as the plan reads now (null: nothing). Given, it replaces the stored
   * "unreadable" notice, which the next run would only confirm or clear; omitted, that stands.
   */
  planProblem?: string | null;
}

export function digestBanner(facts: BannerFacts): string | null {
  const { notices, ledger, owner } = facts;
  const who = owner ?? 'the schedule owner';
  const lines: string[] = [];
  if (notices.planGoneAt && !facts.enabled) {
    lines.push(
      'The plan could not be found, so the weekly email turned itself off. Restore or create the plan, then turn the email on again.',
    );
  }
  const unreadable = currentProblem(facts);
  if (unreadable) {
    // Worded as the run words it; with the email off nothing is paused, yet nobody could get it.
    lines.push(
      facts.enabled
        ? `The weekly email is paused until the plan can be read again: ${unreadable}`
        : `The weekly email cannot be sent until this is fixed: ${unreadable}`,
    );
  }
  if (facts.enabled && notices.reauthNotifiedOn) {
    lines.push(`The weekly email is paused: ${who} must open the add-on once to re-authorize it.`);
  }
  if (facts.enabled && facts.storeNotice) lines.push(storeNoticeBanner(facts.storeNotice));
  if (ledger.quotaShort) {
    lines.push(
      `This week's update is waiting for email quota: ${who} can send ${plural(ledger.quotaShort.remaining, 'more email')} today and it needs ${ledger.quotaShort.needed}. It is retried every hour.`,
    );
  }
  const uncertain = ledger.uncertain ?? [];
  if (uncertain.length > 0) {
    lines.push(
      `${plural(uncertain.length, 'recipient')} may not have received this week's update (a run stopped while sending): ${uncertain.join(', ')}. Forward your copy if needed.`,
    );
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

/** The live problem when the plan was just read, else the last run's notice while it is on. */
function currentProblem(facts: BannerFacts): string | null {
  if (facts.planProblem === undefined) return facts.enabled ? facts.notices.planUnreadable : null;
  if (facts.planProblem === null) return null;
  return cleanValue(facts.planProblem, MAX_UNREADABLE_CHARS) || null;
}

// The weekly email as the sidebar shows it. The owner (or anyone, while nobody owns it) sees
// their own approvals and the real recipient states; a collaborator sees the owner's display
// copy (approved-view.ts), never the approvals themselves. Only the owner can read the notice
// of a run that could not save (it lives in their user properties), so only they see it.

/**
 * Builds the state from the plan as just read; when the owner's view finds the display copy out
 * of date it refreshes it (one property write, only then, and never at the cost of the state: a
 * full store must not hide the banner that says so).
 */
export function digestState(run: DigestRun, lookup: DigestPlanLookup): DigestStateJson {
  const { schedule } = run;
  const plan = lookup.kind === 'found' ? lookup.plan : null;
  const isOwner = isScheduleOwner(run);
  const mine = isOwner || schedule.owner === null;
  const approvals = mine ? readMyApprovals(run.spreadsheetId, run.userProps()) : null;
  const stakeholders = plan?.stakeholders ?? [];
  let recipients: RecipientJson[];
  if (approvals) {
    recipients = resolveRecipients(stakeholders, approvals, schedule.owner ?? run.me);
    if (isOwner && plan) {
      const write = approvedViewWrite(run.stored, {
        owner: run.me,
        recipients,
        domains: approvals.domains,
      });
      try {
        if (write) run.docProps.setProperties(write);
      } catch (error) {
        if (!(error instanceof StoreWriteError)) throw error;
      }
    }
  } else {
    recipients = recipientsForViewer(stakeholders, run.stored, schedule.owner);
  }
  const period = periodNow(run);
  return {
    settings: {
      enabled: schedule.enabled,
      weekday: schedule.weekday,
      hour: schedule.hour,
      ...(approvals
        ? { approvedEmails: [...approvals.emails], approvedDomains: [...approvals.domains] }
        : {}),
    },
    owner: schedule.owner,
    isOwner,
    timeZone: run.timeZone,
    recipients,
    lastSent: lastSentAt(period.ledger),
    nextRun: schedule.enabled
      ? instantOfLocalHour(period.nextRun, run.timeZone).toISOString()
      : null,
    banner: digestBanner({
      notices: readNotices(run.stored),
      ledger: period.ledger,
      owner: schedule.owner,
      enabled: schedule.enabled,
      storeNotice: isOwner ? readStoreNotice(run.userProps(), run.spreadsheetId) : null,
      planProblem: livePlanProblem(lookup),
    }),
    log: readSendLog(run.stored),
    ...(plan && plan.stakeholderWarnings.length > 0
      ? { stakeholderWarnings: listStakeholderWarnings(plan.stakeholderWarnings) }
      : {}),
  };
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
