// Step-owner reminders: who is due one today, the ledger that sends each exactly once, and the
// message in the plan's voice.
export {
  heldOwners,
  LATE_CATCH_UP_DAYS,
  MAX_REMINDERS_PER_EMAIL,
  reminderFor,
  reminderKey,
  remindersDue,
} from './due';
export type { PersonDue, ReminderItem, ReminderKind, RemindersDue, RemindersDueInput } from './due';
export {
  emptyReminderLedger,
  mailedToday,
  markReminderDone,
  markRemindersFinished,
  markReminderPending,
  openReminderLedger,
  REMINDER_LEDGER_MAX_BYTES,
  sentKeys,
  serializeReminderLedger,
} from './reminder-ledger';
export type { ReminderLedger } from './reminder-ledger';
export { reminderQuestion, renderReminder } from './message';
export type { ReminderMessageInput } from './message';
export { remindersOwed, remindersThisWeek } from './reminder-days';
export type { ReminderClock, WeekReminder, WeekReminderState } from './reminder-days';
