// refreshFormatting: put back what the add-on owns on the plan tab, idempotently,
// wherever the table has moved: our conditional-format rules (the user's own are kept) and the
// live header formulas, both down to ten rows under the last step (core's liveRowsEnd: rows
// past the table's end are no steps), the column formats and validation, the slip formula on
// every step row and the colour key. A fixed number of calls however long the plan is.
import { legendPlace, liveRowsEnd, tableEndIn } from '../../core/plan';
import { slipFormula } from '../../core/plan';
import { buyerWordIn, stepColumnFormats } from '../../core/plan';
import { columnLetter } from '../../core/plan';
import type { PlanStatusResult } from '../../shared/api';
import { documentProperties } from '../platform/properties';
import { withDocumentLock } from '../platform/lock';
import { activeSpreadsheet, applyTableFormat } from '../platform/sheets';
import { NO_PLAN } from './find-plan';
import { readPlan, type PlanReading } from './read-plan';
import { applyStepRules } from './format-rules';
import { publishReading } from '../portfolio/plan-hooks';
import { writeLegend } from './legend';
import { writeLiveFormulas } from './live-ranges';

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
  const { sheet, table, values } = reading.plan;
  const maxRows = sheet.getMaxRows();
  const liveLastRow = Math.min(liveRowsEnd(tableEndIn(values, table)), maxRows);
  applyStepRules(sheet, table, liveLastRow);
  applyTableFormat(
    sheet,
    {
      headerRow: table.headerRow,
      firstDataRow: table.firstDataRow,
      frozenRows: 0,
      // A plan written with "Prospect" keeps that word in its Side dropdown.
      columns: stepColumnFormats(table.column, buyerWordIn(sideTexts(reading))),
    },
    { maxRows },
  );

  writeLiveFormulas(sheet, table, liveLastRow, reading.headerCells);

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
