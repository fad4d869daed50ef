// sendWeeklyDigestNow: the same delivery as the trigger, for the current period, under the same
// lock and ledger, so nobody already mailed this period is mailed again. Only the schedule owner
// can send: the email leaves their account and only their approvals count. A run that cannot
// save its records fails with the owner's notice as its message (the banner says the same).
import type { SendReportJson } from '../../shared/api';
import { ownedByOtherMessage } from './configure';
import { deliverPeriod } from './deliver';
import { withScheduleLock } from './document-lock';
import { requireDigestPlan } from './preview';
import { isScheduleOwner, openDigestRun, refreshed } from './run-context';
import { clearStoreFailure, recordStoreFailure } from './store-failure';
import { storeNoticeBanner } from './store-notice-text';
import { StoreWriteError } from './store-write';

export function sendDigestNow(): SendReportJson {
  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = refreshed(opened);
    if (run.schedule.owner === null) {
      throw new Error(
        'Turn the weekly email on first: it records whose account sends it and whose approvals apply.',
      );
    }
    if (!isScheduleOwner(run)) throw new Error(ownedByOtherMessage(run.schedule.owner));
    let report: SendReportJson;
    try {
      const plan = requireDigestPlan(run);
      if (plan.stakeholdersProblem !== null) throw new Error(plan.stakeholdersProblem);
      report = deliverPeriod(run, plan, 'manual');
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      throw new Error(storeNoticeBanner(recordStoreFailure(run, error).notice));
    }
    clearStoreFailure(run);
    return report;
  });
}
