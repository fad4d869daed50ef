// sendWeeklyDigestNow: the same delivery as the trigger, for the current period, under the same
// lock and ledger, so nobody already mailed this period is mailed again. Only the schedule owner
// can send: the email leaves their account and only their approvals count.
import type { SendReportJson } from '../../shared/api';
import { ownedByOtherMessage } from './configure';
import { deliverPeriod } from './deliver';
import { withDocumentLock } from './document-lock';
import { requireDigestPlan } from './preview';
import { isScheduleOwner, openDigestRun, refreshed } from './run-context';

export function sendDigestNow(): SendReportJson {
  const opened = openDigestRun();
  return withDocumentLock(() => {
    const run = refreshed(opened);
    if (run.schedule.owner === null) {
      throw new Error(
        'Turn the weekly email on first: it records whose account sends it and whose approvals apply.',
      );
    }
    if (!isScheduleOwner(run)) throw new Error(ownedByOtherMessage(run.schedule.owner));
    const plan = requireDigestPlan(run);
    if (plan.stakeholdersMissing !== null) throw new Error(plan.stakeholdersMissing);
    return deliverPeriod(run, plan, 'manual');
  });
}
