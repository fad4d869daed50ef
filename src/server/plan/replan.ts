// replan and previewReplan: the target signature moved, and the open steps move with it. One
// read of the plan tab, core decides every move, then the writes: the Target date column (one
// write from the first moved row to the last), the header's Target signature, and one Slip
// history row per moved date, appended together. Baselines are never written, so the slip
// stays visible.
import {
  replanSteps,
  slipHistoryEntry,
  type Replan,
  type ReplanMode,
  type ReplanOutcome,
} from '../../core/plan';
import { requireDateKey, type DateKey } from '../../core/dates';
import type { PlanStatusResult, ReplanPreviewJson, ReplanRequest } from '../../shared/api';
import { documentProperties } from '../platform/properties';
import { activeSpreadsheet, dateCell, textValue, writeBlock } from '../platform/sheets';
import { withDocumentLock } from '../platform/lock';
import { effectiveUserEmail } from '../platform/session';
import { NO_PLAN } from './find-plan';
import { readPlan, summarize, type PlanReading } from './read-plan';
import { readPlanHolidays } from './plan-store';
import { appendSlipHistoryRows } from './slip-history';
import { publishReading } from '../portfolio/plan-hooks';

type Properties = GoogleAppsScript.Properties.Properties;

const MODES: readonly ReplanMode[] = ['shift', 'fit'];

function requestOf(request: ReplanRequest): { signatureDate: DateKey; mode: ReplanMode } {
  if (typeof request !== 'object' || request === null) {
    throw new Error('Re-planning needs a new target signature date and a mode (shift or fit).');
  }
  const mode = request.mode;
  if (!MODES.includes(mode)) {
    throw new Error(`Choose how to re-plan: "shift" or "fit" (got ${JSON.stringify(mode)}).`);
  }
  return { signatureDate: requireDateKey(request.signatureDate, 'New target signature'), mode };
}

function decide(reading: PlanReading, props: Properties, request: ReplanRequest): ReplanOutcome {
  const { signatureDate, mode } = requestOf(request);
  return replanSteps({
    steps: reading.steps,
    markers: reading.plan.record.steps,
    signatureDate: reading.header.signatureDate,
    newSignatureDate: signatureDate,
    mode,
    today: reading.today,
    holidays: readPlanHolidays(props),
  });
}

/** Every step's old and new date for a new target signature, written nowhere. */
export function previewReplan(request: ReplanRequest): ReplanPreviewJson {
  const props = documentProperties();
  const reading = readPlan(activeSpreadsheet(), props);
  if (!reading) throw new Error(NO_PLAN);
  const outcome = decide(reading, props, request);
  return outcome.ok ? { ok: true, ...outcome.replan } : { ok: false, problem: outcome.problem };
}

/** Moves the open steps to a new target signature; returns the plan's status afterwards. */
export function replan(request: ReplanRequest): PlanStatusResult {
  requestOf(request);
  const ss = activeSpreadsheet();
  const props = documentProperties();
  return withDocumentLock(() => {
    const reading = readPlan(ss, props);
    if (!reading) throw new Error(NO_PLAN);
    const outcome = decide(reading, props, request);
    if (!outcome.ok) throw new Error(outcome.problem);
    const after = write(reading, props, outcome.replan);
    publishReading(ss, after);
    return after.status;
  });
}

/** Writes the moves and returns the plan as it now reads, from the values already in hand. */
function write(reading: PlanReading, props: Properties, plan: Replan): PlanReading {
  const { sheet, table, values } = reading.plan;
  const tz = reading.timeZone;
  const column = table.column.targetDate as number;
  const patched = values.map((row) => [...row]);
  if (plan.moves.length > 0) {
    writeTargetColumn(sheet, column, plan, values, tz);
    for (const m of plan.moves) patched[m.row - 1][column - 1] = dateCell(m.to, tz);
  }
  const header = reading.headerCells.signatureDate;
  if (header && reading.header.signatureDate !== plan.signature.to) {
    writeBlock(sheet, header.row, header.column, [[{ date: plan.signature.to }]], tz);
    patched[header.row - 1][header.column - 1] = dateCell(plan.signature.to, tz);
  }
  const who = `${effectiveUserEmail() || 'the seller'} (re-plan)`;
  const when = Date.now();
  // The Signature step's own row records the signature's move; the header is not a step.
  const entries = plan.moves.map((m) =>
    slipHistoryEntry({ when, step: m.step, oldDate: m.from, newDate: m.to, who }),
  );
  appendSlipHistoryRows(sheet.getParent(), props, reading.plan.record, entries, tz);
  return summarize({ ...reading.plan, values: patched }, tz, new Date(when));
}

/**
 * One write of the Target date column from the first moved row to the last. The rows between
 * that do not move get back what they hold: the value as read (text kept literal, so '1/2'
 * stays text) or, where a cell holds a formula, the formula, read for that block alone.
 */
function writeTargetColumn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  plan: Replan,
  values: unknown[][],
  timeZone: string,
): void {
  const rows = plan.moves.map((m) => m.row);
  const first = Math.min(...rows);
  const height = Math.max(...rows) - first + 1;
  const range = sheet.getRange(first, column, height, 1);
  const formulas = height > 1 ? range.getFormulas() : [['']];
  const moved = new Map(plan.moves.map((m) => [m.row, m.to]));
  const block = Array.from({ length: height }, (_, i) => {
    const to = moved.get(first + i);
    if (to !== undefined) return [dateCell(to, timeZone)];
    if (formulas[i][0] !== '') return [formulas[i][0]];
    return [keptValue(values[first + i - 1]?.[column - 1])];
  });
  range.setValues(block);
}

function keptValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? textValue(value) : value;
}
