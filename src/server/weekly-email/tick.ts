import { sendDigestEmail } from '../platform/mail';
import { cleanValue } from '../../core/text';
import {
  MAX_UNREADABLE_CHARS,
  noticeWrites,
  readNotices,
  sameNotices,
  clearStoreFailure,
  recordStoreFailure,
} from './notices';
import {
  fileTitle,
  type DigestRun,
  periodNow,
  readDigestPlan,
  isScheduleOwner,
  openDigestRun,
  refreshed,
} from './run';
import { scheduleWrites, StoreWriteError } from './store/document-store';
import { removeTickTriggers } from '../platform/triggers';
import { todayIn } from '../platform/sheets';
import { LockBusyError, withScheduleLock } from '../platform/lock';
import { deliverPeriod } from './deliver';

// When the plan is gone (tab deleted, table emptied) the schedule has nothing to report: it
// removes its own trigger, turns itself off and tells the owner once. A plan that is there but
// cannot be read only pauses: the next tick after someone fixes the table sends as usual.

export function retireForGonePlan(run: DigestRun): void {
  removeTickTriggers(run.ss);
  const notices = readNotices(run.stored);
  const owner = run.schedule.owner ?? run.me;
  const writes = scheduleWrites({ ...run.schedule, enabled: false, owner: null, since: null });
  if (notices.planGoneAt === null) {
    sendDigestEmail({
      to: owner,
      replyTo: owner,
      name: 'Mutual Action Plan',
      subject: `Weekly plan email turned off: no plan in "${fileTitle(run)}"`,
      body:
        `The weekly email of the spreadsheet "${fileTitle(run)}" could not find its plan (the ` +
        'plan tab was deleted or emptied), so it removed its schedule and sent nothing.\n\n' +
        `To send it again, restore or create the plan, then turn the weekly email on in the sidebar.\n\n${run.ss.getUrl()}\n`,
      htmlBody: '',
    });
    Object.assign(writes, noticeWrites({ ...notices, planGoneAt: run.now.toISOString() }));
  }
  run.docProps.setProperties(writes);
}

/** Records (or clears) the "plan unreadable" pause; writes only when it changed. */
export function notePlanUnreadable(run: DigestRun, message: string | null): void {
  const notices = readNotices(run.stored);
  // Cut as it is stored, so an unchanged long message is not rewritten every hour.
  const planUnreadable = message === null ? null : cleanValue(message, MAX_UNREADABLE_CHARS);
  const next = { ...notices, planUnreadable };
  if (!sameNotices(notices, next)) run.docProps.setProperties(noticeWrites(next));
}

// An add-on whose scopes changed needs its user to authorize it again; until then its trigger
// cannot do its work. The owner is told at most once a day (by a note, if mail still works,
// and by the sidebar banner), and the notice clears itself once authorization is back.

export function authorizationRequired(): { required: boolean; url: string | null } {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const required =
    String(info.getAuthorizationStatus()) === String(ScriptApp.AuthorizationStatus.REQUIRED);
  return { required, url: required ? info.getAuthorizationUrl() : null };
}

/** Tells the owner if they were not told today (sheet's zone); returns whether a note went out. */
export function tellOwnerToReauthorize(run: DigestRun, url: string | null): boolean {
  const notices = readNotices(run.stored);
  const today = todayIn(run.timeZone, run.now);
  if (notices.reauthNotifiedOn === today) return false;
  const owner = run.schedule.owner ?? run.me;
  sendDigestEmail({
    to: owner,
    replyTo: owner,
    name: 'Mutual Action Plan',
    subject: `Weekly plan email paused: please re-authorize the add-on`,
    body:
      `The weekly email of "${fileTitle(run)}" needs you to authorize the Mutual Action Plan ` +
      "add-on again before it can send. Open the spreadsheet and the add-on's sidebar" +
      (url ? `, or follow this link: ${url}` : '.') +
      `\n\n${run.ss.getUrl()}\n`,
    htmlBody: '',
  });
  run.docProps.setProperties(noticeWrites({ ...notices, reauthNotifiedOn: today }));
  return true;
}

export function clearReauthNotice(run: DigestRun): void {
  const notices = readNotices(run.stored);
  if (notices.reauthNotifiedOn !== null) {
    run.docProps.setProperties(noticeWrites({ ...notices, reauthNotifiedOn: null }));
  }
}

// weeklyDigestTick: the hourly trigger's handler. It runs as the user who installed it, so the
// first question is whether that user still owns the schedule; a trigger left behind by a
// previous owner (someone took over) or by a schedule turned off removes itself. A run that
// cannot save to the document's properties tells the owner itself (store-failure.ts) instead
// of failing the execution.

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
