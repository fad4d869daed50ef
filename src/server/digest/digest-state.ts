// The weekly email as the sidebar shows it. The owner (or anyone, while nobody owns it) sees
// their own approvals and the real recipient states; a collaborator sees the owner's display
// copy (approved-view.ts), never the approvals themselves. Only the owner can read the notice
// of a run that could not save (it lives in their user properties), so only they see it.
import { lastSentAt } from '../../core/delivery/ledger';
import { resolveRecipients } from '../../core/recipients/resolve-recipients';
import { listStakeholderWarnings } from '../../core/recipients/stakeholder-warnings';
import type { DigestStateJson, RecipientJson } from '../../shared/api';
import { approvedViewWrite, recipientsForViewer } from './approved-view';
import { readMyApprovals } from './approvals-store';
import { digestBanner } from './banner';
import { instantOfLocalHour } from './local-hour';
import { readNotices } from './notices';
import { periodNow } from './period-now';
import type { DigestPlanLookup } from './plan-input';
import { isScheduleOwner, type DigestRun } from './run-context';
import { readSendLog } from './send-log-store';
import { readStoreNotice } from './store-notice';
import { StoreWriteError } from './store-write';

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
