// The visible line an archived plan carries above its step table, so everyone who opens the
// sheet (the prospect too) sees the deal is closed and why the add-on stopped. Pure.
import { formatDateKey, type DateKey } from '../../core/dates';
import type { ArchiveOutcome } from '../../core/portfolio';

const PREFIX = 'Archived: ';

const OUTCOME_WORDS: Record<ArchiveOutcome, string> = {
  won: 'won',
  lost: 'lost',
  closed: 'closed',
};

export function archiveNote(outcome: ArchiveOutcome, day: DateKey): string {
  return `${PREFIX}deal ${OUTCOME_WORDS[outcome]} on ${formatDateKey(day, { year: true })}. The add-on no longer stamps Done dates or sends the weekly email for it; its owner can reopen it from Your deals.`;
}

/**
 * What reopening says when the weekly email archiving stopped could not be turned back on: the
 * budget's refusal already says the email stays off and why; any other reason is quoted.
 */
export function weeklyEmailNotResumed(
  deal: string,
  why: { budget: boolean; message: string },
): string {
  return why.budget
    ? `${deal} is reopened. ${why.message}`
    : `${deal} is reopened, but its weekly email was not turned back on: ${why.message}`;
}

export function isArchiveNote(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export interface NoteCell {
  row: number;
  column: number;
  /** A row is inserted here first (above the heading row): the row above holds the user's own text. */
  insertRow: boolean;
}

/**
 * Where the note goes: column A of the row just above the heading row when that cell is blank or
 * holds an earlier note; otherwise a new row inserted right above the heading row (the heading
 * row is row 1, or the user wrote there), so the note is always seen and no text is overwritten.
 */
export function archiveNoteCell(
  values: readonly (readonly unknown[])[],
  headerRow: number,
): NoteCell {
  const row = headerRow - 1;
  const current = row < 1 ? 'no row' : values[row - 1]?.[0];
  if (current === undefined || current === null || current === '' || isArchiveNote(current)) {
    return { row, column: 1, insertRow: false };
  }
  return { row: headerRow, column: 1, insertRow: true };
}

/** The rows above the heading row whose column A holds an archive note (reopening clears them). */
export function archiveNoteRows(
  values: readonly (readonly unknown[])[],
  headerRow: number,
): number[] {
  const rows: number[] = [];
  for (let row = 1; row < headerRow; row++) {
    if (isArchiveNote(values[row - 1]?.[0])) rows.push(row);
  }
  return rows;
}
