// Pieces of sheet formulas that restate core's definitions (cells.ts, steps/state.ts) in the
// sheet's language. Every formula we generate is built from these, so one reading of "a date",
// "open" and "has an owner" holds in the conditional formats, the header and the slip column.
//
// A cell may hold a formula error (#DIV/0!, #N/A, #REF! after a row was deleted). Apps Script
// hands core its text ("#DIV/0!"), which core reads as text: filled, not a date, not a known
// status. Left to itself an error would make every formula touching that cell an error too,
// and a rule that errors paints nothing, so each predicate below says what core says instead.
import { PLAUSIBLE_SERIALS } from '../cells';

/** A cell that holds a date core can read: a number whose day lies in PLAUSIBLE_DATES. */
export function readableDate(ref: string): string {
  return `IFERROR(AND(ISNUMBER(${ref}),${ref}>=${PLAUSIBLE_SERIALS.first},${ref}<${PLAUSIBLE_SERIALS.last + 1}),FALSE())`;
}

/** Non-blank as core's isBlankCell sees it: whitespace alone is blank, an error is not. */
export function filled(ref: string): string {
  return `IFERROR(LEN(TRIM(${ref}))>0,TRUE())`;
}

/** Sheets compares text ignoring case; TRIM matches core trimming the status it reads. */
export function statusIs(ref: string, status: string): string {
  return `IFERROR(TRIM(${ref})="${status}",FALSE())`;
}

/** Not Done and not Skipped; an error is a status core does not know, so the step is open. */
export function isOpen(ref: string): string {
  return `IFERROR(AND(TRIM(${ref})<>"Done",TRIM(${ref})<>"Skipped"),TRUE())`;
}
