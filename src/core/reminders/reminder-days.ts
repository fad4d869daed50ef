// When the hourly run looks for reminders, and what the sidebar lists as due this week.
import {
  addDays,
  compareDateKeys,
  dayOfWeek,
  isBusinessDay,
  type DateKey,
  type Holidays,
} from '../dates';
import type { Step } from '../plan';
import { checkEmailAddress, type ReminderSettings } from '../weekly-email';
import { reminderFor, type ReminderKind } from './due';
import type { ReminderLedger } from './reminder-ledger';

export interface ReminderClock {
  settings: ReminderSettings;
  /** The schedule's hour, in the spreadsheet's zone. */
  hour: number;
  today: DateKey;
  /** The hour now, in the spreadsheet's zone. */
  hourNow: number;
  holidays?: Holidays;
}

/**
 * Whether this run should read the plan for reminders: they are on, it is a business day, the
 * schedule's hour has come, and no run has finished today's reminders yet.
 */
export function remindersOwed(clock: ReminderClock, ledger: ReminderLedger): boolean {
  return (
    clock.settings.enabled &&
    isBusinessDay(clock.today, clock.holidays) &&
    clock.hourNow >= clock.hour &&
    ledger.finishedOn !== clock.today
  );
}

export type WeekReminderState = 'sent' | 'will send' | 'waiting for approval' | 'invalid address';

export interface WeekReminder {
  email: string;
  row: number;
  step: string;
  kind: ReminderKind;
  targetDate: DateKey;
  /** The business day it goes (or went) out. */
  on: DateKey;
  state: WeekReminderState;
}

/**
 * Reminders of the current week (Monday to Sunday of `today`): for each step and kind, the first
 * business day this week it is due, sent ones included, so the seller sees who hears what and when.
 */
export function remindersThisWeek(input: {
  steps: readonly Step[];
  today: DateKey;
  daysBefore: number;
  holidays?: Holidays;
  ledger: ReminderLedger;
  approved: (email: string) => boolean;
}): WeekReminder[] {
  const monday = addDays(input.today, 1 - dayOfWeek(input.today));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) =>
    isBusinessDay(d, input.holidays),
  );
  const out: WeekReminder[] = [];
  for (const step of input.steps) {
    if (step.ownerEmail.trim() === '') continue;
    const seen = new Set<ReminderKind>();
    for (const day of days) {
      const item = reminderFor(step, day, input.daysBefore, input.holidays);
      if (!item || seen.has(item.kind)) continue;
      const sentOn = input.ledger.sent[item.key];
      const checked = checkEmailAddress(step.ownerEmail);
      const email = checked.ok ? checked.email : step.ownerEmail.trim();
      const state: WeekReminderState =
        sentOn !== undefined
          ? 'sent'
          : !checked.ok
            ? 'invalid address'
            : input.approved(email)
              ? 'will send'
              : 'waiting for approval';
      // A past day's reminder that would have gone is no longer due; held ones stay listed,
      // so the seller sees who did not hear and why.
      if (state === 'will send' && compareDateKeys(day, input.today) < 0) continue;
      out.push({
        email,
        row: step.row,
        step: step.step,
        kind: item.kind,
        targetDate: item.targetDate,
        on: sentOn ?? day,
        state,
      });
      seen.add(item.kind);
    }
  }
  return out.sort((a, b) => compareDateKeys(a.on, b.on) || a.row - b.row);
}
