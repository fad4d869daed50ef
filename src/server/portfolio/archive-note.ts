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

export function isArchiveNote(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export interface NoteCell {
  row: number;
  column: number;
}

/**
 * Where the note goes: column A of the row just above the heading row, when that cell is blank
 * or holds an earlier note. Null when there is no such room (the heading row is row 1, or the
 * user put something there): the registry still knows, and no cell of the user's is overwritten.
 */
export function archiveNoteCell(
  values: readonly (readonly unknown[])[],
  headerRow: number,
): NoteCell | null {
  const row = headerRow - 1;
  if (row < 1) return null;
  const current = values[row - 1]?.[0];
  if (current === undefined || current === null || current === '' || isArchiveNote(current)) {
    return { row, column: 1 };
  }
  return null;
}
