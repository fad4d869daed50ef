import type { Holidays } from '../dates';
import type { DateKey } from '../model';
import type { Template, TemplateStep } from '../templates/types';

export interface ScheduleInput {
  /** A template, or its id. */
  template: Template | string;
  /** Target signature date; for a post-signature template (onboarding), the day work starts. */
  signatureDate: DateKey;
  goLiveDate?: DateKey | null;
  /** Today in the spreadsheet's time zone. */
  today: DateKey;
  holidays?: Holidays;
  /** Squeeze durations so the plan starts today and go-live is kept (see schedule-template.ts). */
  compress?: boolean;
}

export interface ScheduledStep extends TemplateStep {
  startDate: DateKey;
  targetDate: DateKey;
  /** As scheduled: fewer than typicalBusinessDays when the plan was compressed. */
  businessDays: number;
  /** The template's duration. */
  typicalBusinessDays: number;
}

export interface StartsInPast {
  /** Business days from the first step's start up to (not including) today. */
  businessDays: number;
  calendarDays: number;
  /** The earliest signature (or, for onboarding, start) date that keeps every duration. */
  earliestSignatureDate: DateKey;
  message: string;
}

export interface ScheduleResult {
  templateId: string;
  steps: ScheduledStep[];
  /** The first step's start date. */
  firstDate: DateKey;
  /** The signature date the plan uses (moved to a business day if needed). */
  signatureDate: DateKey;
  /**
   * The go-live step's date when the template has one; otherwise the requested go-live date
   * (moved to a business day), or null when none was given.
   */
  goLiveDate: DateKey | null;
  startsInPast: StartsInPast | null;
  /** True when some durations were squeezed (compress was asked for and was needed). */
  compressed: boolean;
  warnings: string[];
}
