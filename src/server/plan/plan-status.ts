// getPlanStatus and selectStepRow: the sidebar's view of the plan and its links into the sheet.
import type { PlanStatusResult } from '../../shared/api';
import { documentProperties } from '../platform/properties';
import { activeSpreadsheet, sheetById } from '../platform/sheets';
import { requirePlan, NO_PLAN, readPlanRecord } from './find-plan';
import { readPlan } from './read-plan';
import { publishReading } from '../portfolio/plan-hooks';

/** JSON only (dates as yyyy-MM-dd): google.script.run cannot carry Date objects. */
export function getPlanStatus(): PlanStatusResult {
  const ss = activeSpreadsheet();
  const reading = readPlan(ss, documentProperties());
  if (!reading) throw new Error(NO_PLAN);
  publishReading(ss, reading);
  return reading.status;
}

/** Selects a row of the plan tab (the sidebar's links to late or uncommitted steps). */
export function selectStepRow(row: number): void {
  if (!Number.isInteger(row) || row < 1) throw new Error(`Row ${String(row)} is not a sheet row.`);
  const ss = activeSpreadsheet();
  const props = documentProperties();
  // The stored id is enough to select a row; the table is read only when it is missing.
  const sheet = sheetById(ss, readPlanRecord(props)?.sheetId) ?? requirePlan(ss, props).sheet;
  if (row > sheet.getMaxRows()) throw new Error(`Row ${row} is past the end of the plan.`);
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
