// Access to the spreadsheet the add-on is running in.
import { cleanLine } from '../../core/digest/clean-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The active spreadsheet, or a message the user can act on when the add-on has none. */
export function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Open the spreadsheet that holds the plan, then try again.');
  return ss;
}

/**
 * The sheet with this id, or null. A stored id survives renames and reordering, which is why
 * the add-on remembers ids rather than names.
 */
export function sheetById(ss: Spreadsheet, id: number | null | undefined): Sheet | null {
  if (id == null || !Number.isInteger(id)) return null;
  return ss.getSheetById(id);
}

/** Sheet names Sheets refuses or that break A1 references, replaced; trimmed to a readable length. */
export function cleanSheetName(name: string, maxLength = 90): string {
  const cleaned = cleanLine(name.replace(/[[\]*?:/\\]/g, ' '));
  if (cleaned.length <= maxLength) return cleaned;
  return `${cleaned.slice(0, maxLength - 1).trimEnd()}…`;
}

/** `base`, or `base (2)`, `base (3)`... whichever no sheet in `taken` uses (case-insensitively, as Sheets compares). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
