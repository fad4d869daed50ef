import { blockedNote, type Notices, planGoneNote, reauthorizeNote } from '../../core/weekly-email';
import { LockBusyError, withScheduleLock } from '../platform/lock';
import { sendEmail } from '../platform/mail';
import { authorizationCheck } from '../platform/session';
import { todayIn } from '../platform/sheets';
import { removeTickTriggers } from '../platform/triggers';
import { noteToOwner } from './compose';
import { deliverPeriod, isNewProblem } from './deliver';
import {
  type DigestRun,
  fileTitle,
  openDigestRun,
  periodOf,
  readDigestPlan,
  rereadUnderLock,
  runsSchedule,
  senderOf,
} from './run-context';
import { clearStoreFailure, recordStoreFailure } from './store-failure';
import { NO_DOCUMENT, recordBackgroundRun } from '../portfolio/background';
import { StoreWriteError, writeDocumentStore } from './store/document-store';
import { byIdOpener, NO_COPY } from './tick-by-id';
import { remindersOwedNow, sendDueReminders } from '../reminders/send-reminders';

// weeklyDigestTick: the hourly trigger's handler. It runs as the user who installed it, so the
// first question is whether that user still owns the schedule; a trigger left behind by a
// previous owner (someone took over) or by a schedule turned off removes itself. A run that
// cannot save to the document's properties tells the owner itself (store-failure.ts) instead
// of failing the execution. Each path decides what the notices become and writes them once,
// with whatever else it writes.

export type TickOutcome =
  | 'retired'
  | 'reauthorization required'
  | 'not due'
  | 'busy'
  | 'plan gone'
  | 'plan unreadable'
  | 'delivered'
  | 'reminded'
  | 'not recorded'
  | typeof NO_COPY
  | typeof NO_DOCUMENT;

function stillMine(run: DigestRun): boolean {
  return run.doc.schedule.enabled && runsSchedule(run);
}

/** The hourly time-driven trigger's handler (installed by configureWeeklyDigest). */
export function weeklyDigestTick(e?: GoogleAppsScript.Events.TimeDriven): TickOutcome {
  // The `--scope=spreadsheets` build can still do its work when Google starts it without the
  // document: it opens the file by id, on the owner's copy of the schedule (tick-by-id.ts).
  if (typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID) {
    return recordBackgroundRun(e, () => tick(openDigestRun), tickById);
  }
  return recordBackgroundRun(e, () => tick(openDigestRun));
}

function tickById(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TickOutcome | typeof NO_COPY {
  const open = byIdOpener(ss);
  return open === null ? NO_COPY : tick(open);
}

/** One hourly run on the store `open` reads: the document's, or the owner's copy of it. */
function tick(open: () => DigestRun): TickOutcome {
  const run = open();
  // Without a known user nothing can be compared; never delete a trigger on a guess.
  if (run.me === '') return 'not due';
  if (!stillMine(run)) {
    removeTickTriggers(run.ss);
    return 'retired';
  }
  try {
    return tickAsOwner(run);
  } catch (error) {
    if (!(error instanceof StoreWriteError)) throw error;
    if (!recordStoreFailure(run, error).kept) throw error;
    return 'not recorded';
  }
}

function tickAsOwner(run: DigestRun): TickOutcome {
  const auth = authorizationCheck();
  if (auth.required) return remindToReauthorize(run, auth.url);
  // Authorization is back: the reminder's day is forgotten with this run's next write.
  const notices: Partial<Notices> =
    run.doc.notices.reauthNotifiedOn !== null ? { reauthNotifiedOn: null } : {};
  // The hourly common case costs a few reads and no lock.
  if (!periodOf(run).due && !remindersOwedNow(run)) return settle(run, notices, 'not due');
  try {
    return withScheduleLock(() => tickUnderLock(rereadUnderLock(run), notices));
  } catch (error) {
    // Another run (a "send now") holds the lock: the next hourly tick finds its ledger.
    if (error instanceof LockBusyError) return settle(run, notices, 'busy');
    throw error;
  }
}

function tickUnderLock(run: DigestRun, notices: Partial<Notices>): TickOutcome {
  if (!stillMine(run)) {
    removeTickTriggers(run.ss);
    return settle(run, notices, 'retired');
  }
  const digestDue = periodOf(run).due;
  if (!digestDue && !remindersOwedNow(run)) return settle(run, notices, 'not due');
  const lookup = readDigestPlan(run);
  if (lookup.kind === 'gone') return retireForGonePlan(run, notices);
  // An unreadable plan only pauses: the next tick after someone fixes the table sends as usual.
  if (lookup.kind === 'unreadable') {
    return digestDue ? pause(run, notices, lookup.message) : settle(run, notices, 'not due');
  }
  if (!digestDue) {
    const reminded = sendDueReminders(run, lookup.plan);
    return settle(run, notices, reminded > 0 ? 'reminded' : 'not due');
  }
  if (lookup.plan.stakeholdersProblem !== null) {
    return pause(run, notices, lookup.plan.stakeholdersProblem);
  }
  deliverPeriod(run, lookup.plan, 'schedule', { notices: { ...notices, planUnreadable: null } });
  clearStoreFailure(run);
  // The weekly email had the day's quota first; reminders follow once it is fully out. Only a
  // schedule with reminders reads its store again to know that.
  if (run.doc.schedule.reminders.enabled) {
    const after = rereadUnderLock(run);
    if (!periodOf(after).due && remindersOwedNow(after)) sendDueReminders(after, lookup.plan);
  }
  return 'delivered';
}

/** Writes what the notices became (nothing when they did not change) and ends the tick. */
function settle(run: DigestRun, notices: Partial<Notices>, outcome: TickOutcome): TickOutcome {
  writeDocumentStore(run.docProps, run.doc, { notices });
  return outcome;
}

/**
 * The plan or its Stakeholders tab cannot be read: nobody can be mailed this week. The owner is
 * mailed once about each problem (the banner says it meanwhile); the next run after the repair
 * sends as usual.
 */
function pause(run: DigestRun, notices: Partial<Notices>, problem: string): TickOutcome {
  const blocked = `The weekly email is paused until the plan can be read again: ${problem}`;
  if (isNewProblem(run, blocked)) {
    const note = blockedNote(blocked, fileTitle(run), run.ss.getUrl());
    sendEmail(noteToOwner(senderOf(run), note));
  }
  return settle(run, { ...notices, planUnreadable: problem, blocked }, 'plan unreadable');
}

/**
 * When the plan is gone (tab deleted, table emptied) the schedule has nothing to report: it
 * removes its own trigger, turns itself off and tells the owner once.
 */
function retireForGonePlan(run: DigestRun, notices: Partial<Notices>): TickOutcome {
  removeTickTriggers(run.ss);
  const schedule = { ...run.doc.schedule, enabled: false, owner: null, since: null };
  let planGoneAt = run.doc.notices.planGoneAt;
  if (planGoneAt === null) {
    sendEmail(noteToOwner(senderOf(run), planGoneNote(fileTitle(run), run.ss.getUrl())));
    planGoneAt = run.now.toISOString();
  }
  writeDocumentStore(run.docProps, run.doc, { schedule, notices: { ...notices, planGoneAt } });
  return 'plan gone';
}

/**
 * Until the owner authorizes the add-on again its trigger cannot do its work. The owner is told
 * at most once a day (sheet's zone) by a note, if mail still works, and by the sidebar banner;
 * the notice clears itself once authorization is back.
 */
function remindToReauthorize(run: DigestRun, url: string | null): TickOutcome {
  const today = todayIn(run.timeZone, run.now);
  if (run.doc.notices.reauthNotifiedOn !== today) {
    sendEmail(noteToOwner(senderOf(run), reauthorizeNote(fileTitle(run), run.ss.getUrl(), url)));
    writeDocumentStore(run.docProps, run.doc, { notices: { reauthNotifiedOn: today } });
  }
  return 'reauthorization required';
}
