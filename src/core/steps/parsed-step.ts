import type { Step } from '../model';

/**
 * A step as read from the sheet, with what could not be read kept beside it so nothing is
 * silently taken as fine. (Proposed for model.ts's Step; kept here until then.)
 */
export interface ParsedStep extends Step {
  /** The Target date cell held something that is not a date: the date is unreadable. */
  targetDateText?: string;
  /** The Status cell held text that is no status; the step is read as Not started. */
  statusText?: string;
}
