// refreshFormatting: put back what the add-on owns on the plan tab, idempotently,
// wherever the table has moved: our conditional-format rules (the user's own are kept), the
// column formats and validation, the live header formulas (ranges sized to the sheet, so rows
// added later count), the slip formula on every step row and the colour key. A fixed number of calls however
// long the plan is.
import { headerFormulas, legendPlace } from '../../core/plan';
import { slipFormula } from '../../core/plan';
import { buyerWordIn, stepColumnFormats } from '../../core/plan';
import { columnLetter, stepLetters } from '../../core/plan';
import type { PlanStatusResult } from '../../shared/api';
import { documentProperties } from '../platform/properties';
import { withDocumentLock } from '../platform/lock';
import { activeSpreadsheet, applyTableFormat } from '../platform/sheets';
import { NO_PLAN } from './find-plan';
import { readPlan, type PlanReading } from './read-plan';
import { applyStepRules } from './format-rules';
import { publishReading } from '../portfolio/plan-hooks';
import { writeLegend } from './legend';

export function refreshFormatting(): PlanStatusResult {
  const ss = activeSpreadsheet();
  return withDocumentLock(() => {
    const reading = readPlan(ss, documentProperties());
    if (!reading) throw new Error(NO_PLAN);
    reapply(reading);
    publishReading(ss, reading);
    return reading.status;
  });
}

function reapply(reading: PlanReading): void {
  const { sheet, table } = reading.plan;
  const maxRows = sheet.getMaxRows();
  applyStepRules(sheet, table, maxRows);
  applyTableFormat(sheet, {
    headerRow: table.headerRow,
    firstDataRow: table.firstDataRow,
    frozenRows: 0,
    // A plan written with "Prospect" keeps that word in its Side dropdown.
    columns: stepColumnFormats(table.column, buyerWordIn(sideTexts(reading))),
  });

  const live = headerFormulas(stepLetters(table), table.firstDataRow, maxRows);
  const { progress, planStatus } = reading.headerCells;
  if (progress) sheet.getRange(progress.row, progress.column).setFormula(live.progress);
  if (planStatus) sheet.getRange(planStatus.row, planStatus.column).setFormula(live.status);

  // The colour key, where it is (found by its title) or where there is room above the table.
  const key = legendPlace(reading.plan.values, table.headerRow);
  if (key) writeLegend(sheet, key);

  const slipColumn = table.column.slipDays;
  const target = table.column.targetDate;
  const baseline = table.column.baselineDate;
  if (slipColumn !== undefined && target !== undefined && baseline !== undefined) {
    const rows = Math.max(1, table.lastDataRow - table.firstDataRow + 1);
    const letters = { targetDate: columnLetter(target), baselineDate: columnLetter(baseline) };
    const formulas = Array.from({ length: rows }, (_, i) => [
      slipFormula(letters, table.firstDataRow + i),
    ]);
    sheet.getRange(table.firstDataRow, slipColumn, rows, 1).setFormulas(formulas);
  }
}

/** The Side column's cells under the headings, as read. */
function* sideTexts(reading: PlanReading): Iterable<unknown> {
  const { values, table } = reading.plan;
  const column = table.column.side;
  if (column === undefined) return;
  for (let r = table.firstDataRow - 1; r < values.length; r++) yield values[r]?.[column - 1];
}
