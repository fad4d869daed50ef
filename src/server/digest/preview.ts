// previewWeeklyDigest: the messages this period's email consists of, built by the same code
// path as a real send (same recipients, same baseline, same renderers), sending nothing and
// writing nothing. Everyone who will receive it is included, already-sent or not, so the
// preview still shows the week's email after it went out.
import { addressesToMail, resolveRecipients } from '../../core/recipients/resolve-recipients';
import type { DigestEmailJson, RecipientJson } from '../../shared/api';
import { NO_PLAN } from '../plan/messages';
import { recipientsForViewer } from './approved-view';
import { readMyApprovals } from './approvals-store';
import { digestComposer, recipientFor, type ComposeInput } from './compose';
import { periodNow } from './period-now';
import { readDigestPlan, type DigestPlan } from './plan-input';
import { isScheduleOwner, openDigestRun, type DigestRun } from './run-context';
import { baselineFor, readSnapshotRecord } from './snapshot-store';

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
