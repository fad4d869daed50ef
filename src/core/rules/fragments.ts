// Pieces of sheet formulas that restate core's definitions (cells.ts, steps/state.ts) in the
// sheet's language. Every formula we generate is built from these, so one reading of "a date",
// "open" and "has an owner" holds in the conditional formats, the header and the slip column.
import { PLAUSIBLE_SERIALS } from '../cells';

/** A cell that holds a date core can read: a number whose day lies in PLAUSIBLE_DATES. */
export function readableDate(ref: string): string {
  return `AND(ISNUMBER(${ref}),${ref}>=${PLAUSIBLE_SERIALS.first},${ref}<${PLAUSIBLE_SERIALS.last + 1})`;
}

/** Non-blank as core's isBlankCell sees it: whitespace alone is blank. */
export function filled(ref: string): string {
  return `LEN(TRIM(${ref}))>0`;
}

/** Sheets compares text ignoring case; TRIM matches core trimming the status it reads. */
export function statusIs(ref: string, status: string): string {
  return `TRIM(${ref})="${status}"`;
}

/** Not Done and not Skipped, as AND() arguments. */
export function isOpen(ref: string): string {
  return `TRIM(${ref})<>"Done",TRIM(${ref})<>"Skipped"`;
}
