// createPlan: validate, schedule with core from TODAY in the spreadsheet's zone,
// then write the MAP, Stakeholders and Slip history tabs with a fixed number of calls whatever
// the number of steps (one setValues per tab, formats by whole column ranges, one
// setConditionalFormatRules), install the edit trigger and remember where the plan is.
//
// A spreadsheet holds ONE plan: when one exists (found by its stored id, or by its headings on a
// tab that carries our slip columns, header block or rules, even damaged), createPlan refuses,
// writes nothing and says where the plan is. Two
// plans side by side would make every later call (status, refresh, the weekly email, the edit
// handler) ambiguous; a second deal belongs in its own spreadsheet.
import { formatDateKey } from '../../core/dates';
import { LEGEND_ORIGIN, MAP_TABLE_HEADER_ROW, mapSheetLayout } from '../../core/plan';
import { DATE_FORMAT } from '../../core/plan';
import { STAKEHOLDERS_FORMAT, stakeholderGrid, stakeholderSeeds } from '../../core/plan';
import {
  refusedPreviewOf,
  schedulePreviewOf,
  scheduleTemplate,
  type ScheduleResult,
} from '../../core/plan';
import { locateStepTable } from '../../core/plan';
import { getTemplate, stakeholderRoles, stepMarkersOf } from '../../core/plan';
import type { CreatePlanResult, SchedulePreview } from '../../shared/api';
import {
  rangesOf,
  writeBlock,
  activeSpreadsheet,
  cleanSheetName,
  uniqueSheetName,
  applyTableFormat,
  writeBoldCells,
  writeTable,
  todayIn,
} from '../platform/sheets';
import { documentProperties } from '../platform/properties';
import { withDocumentLock } from '../platform/lock';
import { effectiveUserEmail } from '../platform/session';
import { ensureEditTrigger } from '../platform/triggers';
import {
  publishCreatedPlan,
  requireRoomForPlan,
  triggerLimitErrorOf,
} from '../portfolio/plan-hooks';
import { findPlan, tableHint, type CellAt, type PlanLookup, type TableHint } from './find-plan';
import { writeNewPlanStore } from './plan-store';
import {
  InvalidOptionsError,
  readPlanOptions,
  readScheduleOptions,
  type PlanOptions,
  type ScheduleOptions,
} from './plan-options';
import { createSlipHistorySheet, SLIP_HISTORY_TAB } from './slip-history';
import { applyStepRules } from './format-rules';
import { writeLegend } from './legend';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_PLAN_TAB = 'Mutual Action Plan';
export const STAKEHOLDERS_TAB = 'Stakeholders';
/** Empty rows kept below the steps of a new plan, for steps added later. */
const ROOM_BELOW = 100;

export function createPlan(input: unknown): CreatePlanResult {
  const ss = activeSpreadsheet();
  // Dates are judged by the spreadsheet's today: a signature date already past is refused.
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const options = readPlanOptions(input, { today, timeZone });
  const template = getTemplate(options.template);
  return withDocumentLock(() => {
    const props = documentProperties();
    const existing = findPlan(ss, props);
    if (existing.kind !== 'none') return refused(existing);
    // Before anything is written: a plan without its edit trigger would silently stop stamping.
    requireRoomForPlan(ss);

    const schedule = scheduleTemplate({
      template,
      signatureDate: options.signatureDate,
      goLiveDate: options.goLiveDate,
      today,
      holidays: options.holidays,
      compress: options.compress,
    });
    const owner = effectiveUserEmail();
    const taken = ss.getSheets().map((s) => s.getName());
    const name = (wanted: string): string => {
      const unique = uniqueSheetName(cleanSheetName(wanted) || DEFAULT_PLAN_TAB, taken);
      taken.push(unique);
      return unique;
    };

    // A plan is written whole or not at all: a half-written tab would block the retry (it looks
    // like a plan) or leave debris, so whatever this run inserted goes if any step fails.
    const warnings = [...(options.notes ?? []), ...schedule.warnings];
    if (schedule.startsInPast) warnings.push(schedule.startsInPast.message);
    const inserted: Sheet[] = [];
    const insert = (sheet: Sheet): Sheet => {
      inserted.push(sheet);
      return sheet;
    };
    // Names as given to insertSheet, which takes them as they are: no need to ask again.
    const mapName = name(`MAP – ${options.customer}`);
    const peopleName = name(STAKEHOLDERS_TAB);
    let map: Sheet;
    let people: Sheet;
    try {
      map = insert(ss.insertSheet(mapName, 0));
      const written = writeMapSheet(map, options, schedule, owner, timeZone);
      people = insert(ss.insertSheet(peopleName, 1));
      writeTable(
        people,
        stakeholderGrid(stakeholderSeeds(stakeholderRoles(template), options.sellers)),
        STAKEHOLDERS_FORMAT,
        timeZone,
      );
      const history = insert(createSlipHistorySheet(ss, name(SLIP_HISTORY_TAB), 2, timeZone));

      writeNewPlanStore(props, {
        record: {
          sheetId: map.getSheetId(),
          stakeholdersSheetId: people.getSheetId(),
          historySheetId: history.getSheetId(),
          table: written.table,
          signatureCell: written.signatureCell,
          steps: stepMarkersOf(schedule.steps),
          publishedAt: Date.now(),
        },
        holidays: schedule.holidays,
      });
      warnings.push(...installTrigger(ss));
      ss.setActiveSheet(map);
    } catch (error) {
      for (const sheet of inserted.reverse()) {
        try {
          ss.deleteSheet(sheet);
        } catch {
          // Best effort: the original error is what the user needs to see.
        }
      }
      const limit = triggerLimitErrorOf(error);
      if (limit) throw limit;
      throw new Error(
        `The plan could not be created: ${sentence((error as Error).message)} Nothing was left behind; please try again.`,
      );
    }
    warnings.push(...publishCreatedPlan(ss, props, new Date()));

    return {
      sheetName: mapName,
      stakeholdersSheetName: peopleName,
      stepCount: schedule.steps.length,
      firstDate: schedule.firstDate,
      signatureDate: schedule.signatureDate,
      goLiveDate: schedule.goLiveDate,
      outcome: 'created',
      holidays: schedule.holidays,
      message: `Created the plan on the tab '${mapName}': ${schedule.steps.length} steps, ${formatDateKey(schedule.firstDate, { year: today })} to ${formatDateKey(schedule.goLiveDate ?? schedule.signatureDate, { year: today })}.`,
      warnings,
    };
  });
}

/** The MAP tab: one setValues for everything, then formats and rules by whole columns. */
function writeMapSheet(
  sheet: Sheet,
  options: PlanOptions,
  schedule: ScheduleResult,
  owner: string,
  timeZone: string,
): { table: TableHint; signatureCell: CellAt } {
  const maxRows = sheet.getMaxRows();
  // Room below the last step for rows added later; a new tab has plenty already.
  const rows = Math.max(maxRows, MAP_TABLE_HEADER_ROW + schedule.steps.length + ROOM_BELOW);
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const layout = mapSheetLayout({
    customer: options.customer,
    vendor: options.vendor,
    goal: options.goal,
    signatureDate: schedule.signatureDate,
    goLiveDate: schedule.goLiveDate,
    owner,
    sellers: options.sellers,
    steps: schedule.steps,
  });
  writeBlock(sheet, 1, 1, layout.grid, timeZone);

  const { header } = layout;
  // The title and the header's labels bold in one write over the (new, plain) header block.
  writeBoldCells(sheet, [layout.title, ...Object.values(header).map((f) => f.label)]);
  const dates = [header.signatureDate, header.baselineSignatureDate, header.goLiveDate];
  for (const range of rangesOf(
    sheet,
    dates.map((f) => f.value),
  ))
    range.setNumberFormat(DATE_FORMAT);

  applyTableFormat(sheet, layout.table, { setWidths: true, styleHeader: true, maxRows: rows });
  const located = locateStepTable([layout.grid[layout.table.headerRow - 1]], {
    row: layout.table.headerRow,
    column: 1,
  });
  // The layout and the locator share STEP_COLUMNS, so this only fails if one of them is broken.
  if (!located.ok) throw new Error(`The new plan's table cannot be read back: ${located.message}`);
  applyStepRules(sheet, located, layout.liveLastRow);
  writeLegend(sheet, LEGEND_ORIGIN);
  return { table: tableHint(located), signatureCell: { ...header.signatureDate.value } };
}

/** The edit trigger is what stamps Done dates; the plan is still useful without it, so say so. */
function installTrigger(ss: Spreadsheet): string[] {
  try {
    ensureEditTrigger(ss);
    return [];
  } catch (error) {
    // Out of triggers: the whole plan is undone and the seller told which deals hold them.
    if (triggerLimitErrorOf(error)) throw error;
    console.warn(`createPlan: edit trigger not installed: ${String(error)}`);
    return [
      `Done dates and slip history will not be recorded: the edit trigger could not be installed (${errorMessage(error)}).`,
    ];
  }
}

function refused(existing: Exclude<PlanLookup, { kind: 'none' }>): CreatePlanResult {
  const sheetName =
    existing.kind === 'found' ? existing.plan.sheet.getName() : existing.sheet.getName();
  return {
    sheetName,
    stakeholdersSheetName: '',
    stepCount: 0,
    firstDate: '',
    signatureDate: '',
    goLiveDate: null,
    outcome: 'refused',
    holidays: [],
    message: `This spreadsheet already has a plan, on the tab '${sheetName}'. Nothing was changed: a spreadsheet holds one plan, so start a new deal in a new spreadsheet.`,
    warnings: existing.kind === 'broken' ? [existing.message] : [],
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// previewSchedule: the create form's live preview, worked back from TODAY in the spreadsheet's
// time zone exactly as createPlan will. Writes nothing.

export function previewSchedule(input: unknown): SchedulePreview {
  const timeZone = activeSpreadsheet().getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  let options: ScheduleOptions;
  try {
    options = readScheduleOptions(input, { today, timeZone });
  } catch (error) {
    // The form shows each problem under its field; nothing is worked out from such dates.
    if (!(error instanceof InvalidOptionsError)) throw error;
    const template = (input as { template?: unknown } | null)?.template;
    return refusedPreviewOf(typeof template === 'string' ? template : '', today, error.fields);
  }
  return schedulePreviewOf(scheduleTemplate({ ...options, today }), today);
}

/** A message as one sentence, whatever punctuation the service ended it with. */
function sentence(message: string): string {
  const text = message.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
