// What one recipient's weekly email says, before it is written as HTML or text. Strings are
// the sheet's values as read (NOT cleaned or escaped): each renderer cleans and escapes for its
// own output, so no value can be escaped twice or not at all depending on the path it took.
import type { DateKey, PlanStatus, Side, StepStatus } from '../model';

export interface DigestStepLine {
  row: number;
  step: string;
  owner: string;
  side: Side | '';
  targetDate: DateKey | null;
  status: StepStatus;
}

export interface DigestLateLine extends DigestStepLine {
  daysLate: number;
}

export interface DigestMovedLine extends DigestStepLine {
  from: DateKey;
  to: DateKey;
  /** to - from in calendar days: positive when the step moved later. */
  days: number;
}

export interface DigestMissingLine extends DigestStepLine {
  missing: ('owner' | 'date')[];
}

export interface DigestCompletedLine extends DigestStepLine {
  doneOn: DateKey | null;
}

/** A sheet row the add-on could not read, in the reader's words (not cleaned). */
export interface DigestRowWarning {
  row: number;
  message: string;
}

/**
 * Only in the schedule owner's own copy: the addresses that did not get this email and why, and
 * the rows of either tab the add-on could not read (which may have left a step out of this
 * email, or a person off its recipients) — the owner may never open the sidebar to see them.
 */
export interface DigestOwnerNotes {
  waiting: string[];
  invalid: { email: string; reason: string }[];
  /** Plan tab: header block and step rows. */
  planWarnings: DigestRowWarning[];
  /** Stakeholders tab rows. */
  stakeholderWarnings: DigestRowWarning[];
}

export interface DigestContent {
  /** "Vendor x Customer", as the header names them. */
  planTitle: string;
  recipient: { name: string; email: string };
  today: DateKey;
  timeZone: string;
  status: PlanStatus;
  progress: { done: number; total: number; percent: number };
  /** The recipient's own open steps, by date; daysLate is 0 when not late. */
  yourItems: DigestLateLine[];
  late: DigestLateLine[];
  /** Open, not late, due within `dueSoonDays` from today. */
  dueSoon: DigestStepLine[];
  dueSoonDays: number;
  completed: DigestCompletedLine[];
  /** The day of the previous email, or null when there was none (a default window was used). */
  since: DateKey | null;
  moved: DigestMovedLine[];
  missing: DigestMissingLine[];
  next: DigestStepLine | null;
  signature: { date: DateKey | null; baseline: DateKey | null; driftDays: number | null };
  /** Already validated: an http(s) URL or null. */
  sheetUrl: string | null;
  /** Who sends the email (the schedule owner). */
  ownerEmail: string;
  ownerNotes: DigestOwnerNotes | null;
}
