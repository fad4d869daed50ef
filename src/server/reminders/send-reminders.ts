// Step-owner reminders, sent by the weekly email's hourly run as the schedule owner: at the
// schedule's hour on business days, each approved owner of a step coming up or just late gets
// one email a day, in the plan's voice. The weekly email goes first: while this period's email
// is still owed, reminders wait. Every send sits between two ledger writes (pending, then done),
// under the document lock the caller holds, so overlapping runs never send one twice.
import {
  heldOwners,
  markReminderDone,
  markReminderPending,
  markRemindersFinished,
  mailedToday,
  openReminderLedger,
  remindersDue,
  remindersOwed,
  remindersThisWeek,
  renderReminder,
  sentKeys,
  type ReminderLedger,
  type WeekReminder,
} from '../../core/reminders';
import { isApproved, localHourOf, planTitle } from '../../core/weekly-email';
import { remainingDailyQuota, sendEmail } from '../platform/mail';
import { reminderToOwnerOfStep } from '../weekly-email/compose';
import {
  type DigestPlan,
  type DigestRun,
  runsSchedule,
  senderOf,
} from '../weekly-email/run-context';
import { writeDocumentStore } from '../weekly-email/store/document-store';

function ledgerOf(run: DigestRun): ReminderLedger {
  return openReminderLedger(run.doc.remindersJson, localHourOf(run.now, run.timeZone).dateKey);
}

/** Whether this run should read the plan for reminders (cheap: no read beyond the store). */
export function remindersOwedNow(run: DigestRun): boolean {
  const local = localHourOf(run.now, run.timeZone);
  const { schedule } = run.doc;
  return (
    schedule.enabled &&
    remindersOwed(
      {
        settings: schedule.reminders,
        hour: schedule.hour,
        today: local.dateKey,
        hourNow: local.hour,
        holidays: run.doc.holidays,
      },
      ledgerOf(run),
    )
  );
}

function approvedBy(run: DigestRun): (email: string) => boolean {
  const owner = senderOf(run);
  const approvals = run.user().store.approvals;
  return (email) => isApproved(email, approvals, owner);
}

/** Sends the reminders due now; the caller holds the document lock. Returns how many went. */
export function sendDueReminders(run: DigestRun, plan: DigestPlan): number {
  const today = localHourOf(run.now, run.timeZone).dateKey;
  let ledger = ledgerOf(run);
  const due = remindersDue({
    steps: plan.reading.steps,
    today,
    daysBefore: run.doc.schedule.reminders.daysBefore,
    holidays: run.doc.holidays,
    sent: sentKeys(ledger),
    mailedToday: mailedToday(ledger),
    approved: approvedBy(run),
  }).due;
  const owner = senderOf(run);
  const title = planTitle(plan.reading.header, plan.reading.sheetName);
  // What the quota cannot cover now waits for the next hourly run.
  const now = due.slice(0, Math.max(0, due.length === 0 ? 0 : remainingDailyQuota()));
  let store = run.doc;
  let sent = 0;
  for (const person of now) {
    ledger = markReminderPending(
      ledger,
      person.email,
      person.items.map((i) => i.key),
      new Date().toISOString(),
    );
    store = writeDocumentStore(run.docProps, store, { reminders: ledger });
    const message = renderReminder({ planTitle: title, sheetUrl: plan.sheetUrl, today, person });
    const error = sendEmail(reminderToOwnerOfStep(plan, owner, person.email, message));
    if (error === null) sent += 1;
    else console.warn(`Reminder to ${person.email} failed: ${error}`);
    ledger = markReminderDone(ledger, error === null);
  }
  if (now.length === due.length) ledger = markRemindersFinished(ledger);
  writeDocumentStore(run.docProps, store, { reminders: ledger });
  return sent;
}

/** The week's reminders for the sidebar: who hears about which step, and when. */
export function weekReminders(run: DigestRun, plan: DigestPlan): WeekReminder[] {
  const { reminders } = run.doc.schedule;
  if (!reminders.enabled) return [];
  return remindersThisWeek({
    steps: plan.reading.steps,
    today: localHourOf(run.now, run.timeZone).dateKey,
    daysBefore: reminders.daysBefore,
    holidays: run.doc.holidays,
    ledger: ledgerOf(run),
    approved: approvedBy(run),
  });
}

/** Step owners no reminder reaches, for the owner's copy of the weekly email; [] when off. */
export function heldReminderOwners(
  run: DigestRun,
  plan: DigestPlan,
): { email: string; reason: string }[] {
  if (!run.doc.schedule.reminders.enabled || !runsSchedule(run)) return [];
  return heldOwners(plan.reading.steps, approvedBy(run));
}
