// approveRecipients: the owner approves addresses, one by one; a domain given here is refused
// with the way to approve it (configureWeeklyDigest's approvedDomains). Approvals are the
// owner's user properties, so the check "only the owner" is also what the storage enforces:
// anyone else would only write their own, unused, approvals.
import { checkAddressToApprove } from '../../core/recipients/approval';
import type { DigestStateJson } from '../../shared/api';
import { ownedByOtherMessage } from './configure';
import { digestState } from './digest-state';
import { withScheduleLock } from './document-lock';
import { normalizeApprovals, readMyApprovals, writeMyApprovals } from './approvals-store';
import { readDigestPlan } from './plan-input';
import { isScheduleOwner, openDigestRun, refreshed } from './run-context';

export function approveAddresses(input: unknown): DigestStateJson {
  if (!Array.isArray(input) || input.some((e) => typeof e !== 'string')) {
    throw new TypeError('Give the addresses to approve as a list of text values.');
  }
  const problems: string[] = [];
  const emails: string[] = [];
  for (const raw of input as string[]) {
    const check = checkAddressToApprove(raw);
    if (check.ok) emails.push(check.email);
    else problems.push(`'${raw.slice(0, 60)}': ${check.reason}`);
  }
  if (problems.length > 0) throw new RangeError(`Not approved, fix first: ${problems.join('; ')}`);

  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = refreshed(opened);
    // While nobody runs the schedule, approvals are kept for whoever turns it on: they are
    // that user's own, in their own user properties.
    if (run.schedule.owner !== null && !isScheduleOwner(run)) {
      throw new Error(ownedByOtherMessage(run.schedule.owner));
    }
    const mine = readMyApprovals(run.spreadsheetId, run.userProps());
    writeMyApprovals(
      run.spreadsheetId,
      normalizeApprovals({ emails: [...mine.emails, ...emails], domains: mine.domains }),
      run.userProps(),
    );
    const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
    return digestState(run, lookup);
  });
}
