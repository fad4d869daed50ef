// The rows the sheet's live formatting reaches: our conditional-format rules and the header's
// Progress and Plan status formulas end ten blank rows under the last step (core's liveRowsEnd),
// so a step appended under the table is painted and counted with no script running, and rows
// past the table's end are neither. When an edit moves the table's end, the edit trigger moves
// these with it: one read of the rules, then (only when they are off) one write of the rules and
// one of the header formulas.
import { headerFormulas, liveRowsEnd, stepLetters, type HeaderRead } from '../../core/plan';
import { applyStepRules, ourRulesArea, type RuleTable } from './format-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the header's live cells are, as readHeader found them. */
export type LiveCells = Pick<HeaderRead['cells'], 'progress' | 'planStatus'>;

/**
 * Writes the header's live formulas counting rows firstDataRow..lastRow: one call when the two
 * cells sit one above the other (as createPlan lays them out), one each otherwise.
 */
export function writeLiveFormulas(
  sheet: Sheet,
  table: RuleTable,
  lastRow: number,
  cells: LiveCells,
): void {
  const live = headerFormulas(stepLetters(table), table.firstDataRow, lastRow);
  const { progress, planStatus } = cells;
  if (
    progress &&
    planStatus &&
    progress.column === planStatus.column &&
    planStatus.row === progress.row + 1
  ) {
    sheet
      .getRange(progress.row, progress.column, 2, 1)
      .setFormulas([[live.progress], [live.status]]);
    return;
  }
  if (progress) sheet.getRange(progress.row, progress.column).setFormula(live.progress);
  if (planStatus) sheet.getRange(planStatus.row, planStatus.column).setFormula(live.status);
}

export interface TableEndSeen {
  table: RuleTable;
  /** The table's last step row, as the edit's read saw it. */
  end: number;
  /** The header's live cells, when the read reached them. */
  cells: LiveCells;
  /** Rows the read showed to exist: the ranges may reach this far without asking the sheet. */
  rowsKnown: number;
}

/**
 * Moves our rules and the header formulas to end at liveRowsEnd(end). Nothing is written when
 * they already do, or when the sheet holds none of our rules (refreshFormatting puts them back).
 */
export function fitLiveRanges(sheet: Sheet, seen: TableEndSeen): void {
  const rules = sheet.getConditionalFormatRules();
  const area = ourRulesArea(rules);
  if (!area) return;
  let lastRow = liveRowsEnd(seen.end);
  if (lastRow > seen.rowsKnown) lastRow = Math.min(lastRow, sheet.getMaxRows());
  if (area.row === seen.table.firstDataRow && area.row + area.numRows - 1 === lastRow) return;
  applyStepRules(sheet, seen.table, lastRow, rules);
  writeLiveFormulas(sheet, seen.table, lastRow, seen.cells);
}
