// Edits that cannot change anything onPlanEdit writes, told from the event object alone, before
// any service call. The handler acts on three things only: a readable status (Done on), a date
// in Target date (Baseline date) and a known old date in Target date (Slip history). A single
// cell whose new text is none of those and whose old value was no date therefore needs nothing,
// wherever it sits: Notes, Owner, Step, the header block, another tab, or a column that moved
// since the table was last seen (which is why the stored column positions cannot decide this).
import { dateOfOldValue } from '../../core/edits/edit-effects';
import { parseStatus } from '../../core/steps/status-text';

/** The parts of an edit event this check reads: plain values, no service objects. */
export interface EditValues {
  value?: unknown;
  oldValue?: unknown;
}

/** Anything with a digit may be stored as a number or date; `=` starts a formula. */
const MAYBE_NUMBER_OR_FORMULA = /\d|^=/;

export function isInertEdit(e: EditValues): boolean {
  // Apps Script sends no value for a multi-cell edit or a cleared cell, and not always for a
  // paste; a value that is not a string is not one we understand. Those edits are read.
  if (typeof e.value !== 'string') return false;
  const text = e.value.trim();
  if (MAYBE_NUMBER_OR_FORMULA.test(text)) return false;
  // A blank status means Not started, which clears Done on.
  if (parseStatus(text) !== null) return false;
  // Text over a known date is a removed date: Slip history records it.
  return dateOfOldValue(e.oldValue) === null;
}
