// Step-owner reminders: who is due one today, the ledger that sends each exactly once, and the
// message in the plan's voice.
export {
  DAYS_BEFORE,
  LATE_CATCH_UP_DAYS,
  NO_REMINDERS,
  reminderFor,
  reminderKey,
  remindersDue,
  reminderSettingsProblem,
} from './due';
export type {
  PersonDue,
  ReminderItem,
  ReminderKind,
  RemindersDue,
  RemindersDueInput,
  ReminderSettings,
} from './due';
export {
  emptyReminderLedger,
  mailedToday,
  markReminderDone,
  markReminderPending,
  openReminderLedger,
  REMINDER_LEDGER_MAX_BYTES,
  sentKeys,
  serializeReminderLedger,
} from './reminder-ledger';
export type { ReminderLedger } from './reminder-ledger';
export { reminderQuestion, renderReminder } from './message';
export type { ReminderMessageInput } from './message';
