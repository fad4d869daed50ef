// weeklyDigestTick: the hourly trigger's handler. It runs as the user who installed it, so the
// first question is whether that user still owns the schedule; a trigger left behind by a
// previous owner (someone took over) or by a schedule turned off removes itself. A run that
// cannot save to the document's properties tells the owner itself (store-failure.ts) instead
// of failing the execution.
import { LockBusyError, withScheduleLock } from './document-lock';
import { deliverPeriod } from './deliver';
import { periodNow } from './period-now';
import { readDigestPlan } from './plan-input';
import { notePlanUnreadable, retireForGonePlan } from './plan-gone';
import { authorizationRequired, clearReauthNotice, tellOwnerToReauthorize } from './reauth';
import { isScheduleOwner, openDigestRun, refreshed, type DigestRun } from './run-context';
import { clearStoreFailure, recordStoreFailure } from './store-failure';
import { StoreWriteError } from './store-write';
import { removeTickTriggers } from './tick-trigger';

export type TickOutcome =
  | 'retired'
  | 'reauthorization required'
  | 'not due'
  | 'busy'
  | 'plan gone'
  | 'plan unreadable'
  | 'delivered'
  | 'not recorded';

function stillMine(run: DigestRun): boolean {
  return run.schedule.enabled && isScheduleOwner(run);
}

export function runTick(): TickOutcome {
  const first = openDigestRun();
  // Without a known user nothing can be compared; never delete a trigger on a guess.
  if (first.me === '') return 'not due';
  if (!stillMine(first)) {
    removeTickTriggers(first.ss);
    return 'retired';
  }
  try {
    return tickAsOwner(first);
  } catch (error) {
    if (!(error instanceof StoreWriteError)) throw error;
    if (!recordStoreFailure(first, error).kept) throw error;
    return 'not recorded';
  }
}

function tickAsOwner(first: DigestRun): TickOutcome {
  const auth = authorizationRequired();
  if (auth.required) {
    tellOwnerToReauthorize(first, auth.url);
    return 'reauthorization required';
  }
  clearReauthNotice(first);
  // The hourly common case costs a few reads and no lock.
  if (!periodNow(first).due) return 'not due';
  try {
    return withScheduleLock(() => {
      const run = refreshed(first);
      if (!stillMine(run)) {
        removeTickTriggers(run.ss);
        return 'retired';
      }
      if (!periodNow(run).due) return 'not due';
      const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
      if (lookup.kind === 'gone') {
        retireForGonePlan(run);
        return 'plan gone';
      }
      if (lookup.kind === 'unreadable') {
        notePlanUnreadable(run, lookup.message);
        return 'plan unreadable';
      }
      if (lookup.plan.stakeholdersProblem !== null) {
        notePlanUnreadable(run, lookup.plan.stakeholdersProblem);
        return 'plan unreadable';
      }
      notePlanUnreadable(run, null);
      deliverPeriod(run, lookup.plan, 'schedule');
      clearStoreFailure(run);
      return 'delivered';
    });
  } catch (error) {
    // Another run (a "send now") holds the lock: the next hourly tick finds its ledger.
    if (error instanceof LockBusyError) return 'busy';
    throw error;
  }
}
