import {
  checkAddressToApprove,
  localHourOf,
  nextSchedule,
  normalizeApprovals,
  validateSettings,
} from '../../core/weekly-email';
import type { DigestSettings, DigestStateJson } from '../../shared/api';
import { NO_PLAN } from '../plan/find-plan';
import { withScheduleLock } from '../platform/lock';
import { ensureTickTrigger, removeTickTriggers } from '../platform/triggers';
import { digestState, publishApprovedView } from './digest-state';
import {
  openDigestRun,
  readDigestPlan,
  recipientsOf,
  rereadUnderLock,
  runsSchedule,
  withDocument,
  writeMyStore,
} from './run-context';
import {
  applyDocumentChanges,
  type DocumentChanges,
  writeDocumentStore,
} from './store/document-store';
import type { UserChanges } from './store/user-store';

// Changing the weekly email: its schedule, and the owner's approvals. Both run under the
// document lock, read the stores once under it, decide, and write each store once. One owner
// per spreadsheet: another collaborator gets an error naming the owner unless they take the
// schedule over explicitly (then the old owner's trigger retires itself on its next tick,
// because it no longer finds its user as the owner).

export function ownedByOtherMessage(owner: string): string {
  return (
    `The weekly email is run by ${owner}: it is sent from their account, so only they can ` +
    'change it. To run it from your account instead, take it over.'
  );
}

export const UNKNOWN_USER = 'Could not tell which Google account is running the add-on.';

/**
 * configureWeeklyDigest: turns the schedule on or off, idempotently. `takeOver: true` lets a
 * collaborator take the schedule from its current owner.
 */
export function configureWeeklyDigest(
  settings: DigestSettings & { takeOver?: boolean },
): DigestStateJson {
  const valid = validateSettings(settings);
  const opened = openDigestRun();
  if (opened.me === '') throw new Error(UNKNOWN_USER);
  return withScheduleLock(() => {
    const run = rereadUnderLock(opened);
    const previous = run.doc.schedule;
    if (previous.owner !== null && !runsSchedule(run) && !valid.takeOver) {
      throw new Error(ownedByOtherMessage(previous.owner));
    }
    const lookup = readDigestPlan(run);
    if (valid.enabled && lookup.kind === 'gone') throw new Error(NO_PLAN);

    const mine: UserChanges = {};
    if (valid.approvedEmails !== undefined || valid.approvedDomains !== undefined) {
      const { approvals } = run.user().store;
      mine.approvals = normalizeApprovals({
        emails: valid.approvedEmails ?? approvals.emails,
        domains: valid.approvedDomains ?? approvals.domains,
      });
    }
    // Nothing is retried while the email is off, so a "could not save" notice has no subject.
    if (!valid.enabled) mine.storeNotice = null;
    if (Object.keys(mine).length > 0) writeMyStore(run, mine);

    if (valid.enabled) ensureTickTrigger(run.ss);
    else removeTickTriggers(run.ss);

    const changes: DocumentChanges = {
      schedule: nextSchedule(previous, valid, run.me, localHourOf(run.now, run.timeZone)),
      notices: { planGoneAt: null, reauthNotifiedOn: null },
    };
    // The state is built from the store as this write leaves it, and the owner's display
    // copy goes out in the same write.
    const after = withDocument(run, applyDocumentChanges(run.doc, changes));
    const stakeholders = lookup.kind === 'found' ? lookup.plan.stakeholders : [];
    const view = digestState(after, lookup, recipientsOf(after, stakeholders));
    writeDocumentStore(run.docProps, run.doc, { ...changes, ...view.publish });
    return view.state;
  });
}

/**
 * approveRecipients: the owner approves addresses, one by one; a domain given here is refused
 * with the way to approve it (configureWeeklyDigest's approvedDomains). Approvals are the
 * owner's user properties, so the check "only the owner" is also what the storage enforces:
 * anyone else would only write their own, unused, approvals.
 */
export function approveRecipients(emails: string[]): DigestStateJson {
  const input: unknown = emails;
  if (!Array.isArray(input) || input.some((e) => typeof e !== 'string')) {
    throw new TypeError('Give the addresses to approve as a list of text values.');
  }
  const problems: string[] = [];
  const approved: string[] = [];
  for (const raw of input as string[]) {
    const check = checkAddressToApprove(raw);
    if (check.ok) approved.push(check.email);
    else problems.push(`'${raw.slice(0, 60)}': ${check.reason}`);
  }
  if (problems.length > 0) throw new RangeError(`Not approved, fix first: ${problems.join('; ')}`);

  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = rereadUnderLock(opened);
    // While nobody runs the schedule, approvals are kept for whoever turns it on: they are
    // that user's own, in their own user properties.
    const { owner } = run.doc.schedule;
    if (owner !== null && !runsSchedule(run)) throw new Error(ownedByOtherMessage(owner));
    const { approvals } = run.user().store;
    writeMyStore(run, {
      approvals: normalizeApprovals({
        emails: [...approvals.emails, ...approved],
        domains: approvals.domains,
      }),
    });
    const lookup = readDigestPlan(run);
    const stakeholders = lookup.kind === 'found' ? lookup.plan.stakeholders : [];
    const view = digestState(run, lookup, recipientsOf(run, stakeholders));
    publishApprovedView(run, view.publish);
    return view.state;
  });
}
