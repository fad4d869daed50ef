// Who may change which cells. A protection whose editor list was never narrowed mirrors the
// spreadsheet's own sharing (everyone who can edit the file); the owner can always edit.
import type { GridRange } from './a1';
import type { ProtectionRecord } from './models';
import { contains, intersects } from './range-shift';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function canEditProtection(book: Workbook, p: ProtectionRecord, user: string): boolean {
  const u = user.toLowerCase();
  if (u === book.owner) return true;
  if (p.editors === null) return true;
  if (p.editors.includes(u)) return true;
  return p.domainEdit && domainOf(u) === domainOf(book.owner);
}

/** The editors a protection answers with (getEditors): the owner first. */
export function protectionEditors(book: Workbook, p: ProtectionRecord): string[] {
  const list = p.editors ?? book.editors;
  return [book.owner, ...list.filter((e) => e !== book.owner)];
}

/** Does `p` cover any cell of `r`? */
export function protectionCovers(p: ProtectionRecord, r: GridRange): boolean {
  if (p.type === 'RANGE') return p.range !== undefined && intersects(p.range, r);
  // A sheet protection covers every cell not inside one of its unprotected ranges.
  for (let row = r.row; row < r.row + r.numRows; row++) {
    for (let col = r.column; col < r.column + r.numColumns; col++) {
      if (!p.unprotectedRanges.some((u) => contains(u, row, col))) return true;
    }
  }
  return false;
}

/** Protections over `r` that `user` is not an editor of. */
export function protectionsAgainst(
  book: Workbook,
  sheet: SheetModel,
  r: GridRange,
  user: string,
): ProtectionRecord[] {
  return sheet.protections.filter(
    (p) => protectionCovers(p, r) && !canEditProtection(book, p, user),
  );
}

/**
 * Throws Sheets' error when `user` may not change `r`; protections in warning-only mode do not
 * stop a script (their warning is a dialog for people at the keyboard).
 */
export function assertCanEdit(book: Workbook, sheet: SheetModel, r: GridRange, user: string) {
  if (protectionsAgainst(book, sheet, r, user).some((p) => !p.warningOnly)) {
    throw new Error(PROTECTED_MESSAGE);
  }
}
