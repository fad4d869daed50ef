import type { StepColumnKey } from '../../core/plan';
import { readJson, writeJson } from '../platform/properties';
import {
  DEFAULT_SCAN_ROWS,
  type TableNotFound,
  locateStepTable,
  type StepTable,
} from '../../core/plan';
import { planEvidenceIn, signatureCellIn, isStepMarker, type StepMarker } from '../../core/plan';
import { sheetById } from '../platform/sheets';
import { isOurs } from './format-rules';

// Messages more than one public function gives.
export const NO_PLAN = 'This spreadsheet has no plan yet: create one from the sidebar.';
export const NO_STAKEHOLDERS_TAB =
  'The Stakeholders tab is missing, so nobody can receive the weekly email: add a tab with the headings Name, Email, Side, Role and Weekly email.';

// Where the plan is, remembered in the document's properties (shared by every user of the
// add-on in this file). Sheet ids, not names: a renamed or moved tab keeps its id.

export const PLAN_RECORD_KEY = 'map.plan';

/**
 * Where the step table was last seen. The edit handler uses it to dismiss edits elsewhere in
 * O(1) calls, and checks it against the heading row before trusting it for an edit inside.
 */
export interface TableHint {
  headerRow: number;
  /** 1-based sheet column of each column found. */
  columns: Partial<Record<StepColumnKey, number>>;
}

/** A cell of the plan tab, 1-based. */
export interface CellAt {
  row: number;
  column: number;
}

export interface PlanRecord {
  sheetId: number;
  stakeholdersSheetId: number | null;
  historySheetId: number | null;
  table: TableHint | null;
  /** When the edit trigger last published the plan to its owner's deals (epoch ms). */
  publishedAt?: number;
  /**
   * Where the header's Target signature value was last seen: an edit there moves the Signature
   * step. Absent in records written before it was kept, or when the header has no such label.
   */
  signatureCell?: CellAt | null;
  /** What only the add-on knows of each step (core's StepMarker), fixed at creation. */
  steps?: StepMarker[];
}

export function isPlanRecord(value: unknown): value is PlanRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Number.isInteger(r.sheetId) &&
    isIdOrNull(r.stakeholdersSheetId) &&
    isIdOrNull(r.historySheetId) &&
    (r.table === null || isTableHint(r.table)) &&
    (r.signatureCell === undefined || r.signatureCell === null || isCellAt(r.signatureCell)) &&
    (r.steps === undefined || (Array.isArray(r.steps) && r.steps.every(isStepMarker)))
  );
}

function isCellAt(value: unknown): value is CellAt {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return Number.isInteger(c.row) && Number.isInteger(c.column);
}

function isIdOrNull(value: unknown): boolean {
  return value === null || Number.isInteger(value);
}

function isTableHint(value: unknown): value is TableHint {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    Number.isInteger(t.headerRow) &&
    typeof t.columns === 'object' &&
    t.columns !== null &&
    Object.values(t.columns).every((c) => Number.isInteger(c))
  );
}

type Properties = GoogleAppsScript.Properties.Properties;

export function readPlanRecord(props: Properties): PlanRecord | null {
  return readJson(props, PLAN_RECORD_KEY, isPlanRecord);
}

export function writePlanRecord(props: Properties, record: PlanRecord): void {
  writeJson(props, PLAN_RECORD_KEY, record);
}

export function sameHint(a: TableHint | null, b: TableHint | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameCell(a: CellAt | null | undefined, b: CellAt | null | undefined): boolean {
  return (a?.row ?? 0) === (b?.row ?? 0) && (a?.column ?? 0) === (b?.column ?? 0);
}

// Finding the plan again: by the sheet id we stored first, then by scanning every tab for the
// step table's headings (core's locator), which survives rows inserted above, columns reordered
// or added, sorting and renaming. Headings alone are common words, so a tab found by them is
// taken for the plan only with a sign the add-on wrote it (core's planEvidenceIn, else our
// marked conditional-format rules): a user's own task list is never adopted, blocked on or
// written to. A plan whose table lost a required column is reported in the locator's words,
// naming the tab.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FoundPlan {
  sheet: Sheet;
  /** The whole plan tab, from A1: getDataRange().getValues(). */
  values: unknown[][];
  table: StepTable;
  record: PlanRecord;
}

export type PlanLookup =
  | { kind: 'found'; plan: FoundPlan }
  /** A tab that is (or was) the plan, whose table cannot be read any more. */
  | { kind: 'broken'; sheet: Sheet; message: string }
  | { kind: 'none' };

/** Widest slice of an unknown tab read while scanning: headings sit in the top-left. */
const SCAN_COLUMNS = 40;

export function findPlan(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): PlanLookup {
  const record = readPlanRecord(props);
  const stored = sheetById(ss, record?.sheetId);
  let firstBroken: PlanLookup | null = null;
  if (stored) {
    const values = stored.getDataRange().getValues();
    let table = locateStepTable(values);
    // A sort that took the heading row along can carry it far down our own tab (a long plan
    // sorted by date puts it last): look through the whole tab before calling the table gone.
    if (!table.ok && table.headerRow === null && values.length > DEFAULT_SCAN_ROWS) {
      table = locateStepTable(values, undefined, values.length);
    }
    if (table.ok) return found(props, stored, values, table, record);
    // A damaged table is still the plan; a tab emptied or reused is not, so look elsewhere.
    if (table.headerRow !== null) return broken(stored, table);
    firstBroken = broken(stored, table);
  }
  for (const sheet of ss.getSheets()) {
    if (stored && sheet.getSheetId() === record?.sheetId) continue;
    const top = readTop(sheet);
    if (top.length === 0) continue;
    const table = locateStepTable(top);
    if (table.headerRow === null) continue;
    // Only the first damaged plan is reported, so later near-misses need no closer look.
    if (!table.ok && firstBroken) continue;
    if (!madeByUs(sheet, top, table.headerRow)) continue;
    if (table.ok) {
      // The scan read only the top; the plan itself is read whole.
      const values = sheet.getDataRange().getValues();
      const full = locateStepTable(values);
      if (full.ok) return found(props, sheet, values, full, record);
    } else {
      firstBroken = broken(sheet, table);
    }
  }
  return firstBroken ?? { kind: 'none' };
}

/** The plan, or an Error whose message tells the user what to do. */
export function requirePlan(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): FoundPlan {
  const lookup = findPlan(ss, props);
  if (lookup.kind === 'found') return lookup.plan;
  if (lookup.kind === 'broken') throw new Error(lookup.message);
  throw new Error(NO_PLAN);
}

export function tableHint(table: StepTable): TableHint {
  return { headerRow: table.headerRow, columns: { ...table.column } };
}

function found(
  props: GoogleAppsScript.Properties.Properties,
  sheet: Sheet,
  values: unknown[][],
  table: StepTable,
  previous: PlanRecord | null,
): PlanLookup {
  const sheetId = sheet.getSheetId();
  const hint = tableHint(table);
  const signatureCell = signatureCellIn(values, table.headerRow);
  const record: PlanRecord = {
    sheetId,
    stakeholdersSheetId: previous?.stakeholdersSheetId ?? null,
    historySheetId: previous?.historySheetId ?? null,
    table: hint,
    ...(previous?.publishedAt !== undefined ? { publishedAt: previous.publishedAt } : {}),
    signatureCell,
  };
  if (previous?.steps) record.steps = previous.steps;
  // Written only when something moved, so reading the plan normally costs no write.
  if (
    !previous ||
    previous.sheetId !== sheetId ||
    !sameHint(previous.table, hint) ||
    !sameCell(previous.signatureCell, signatureCell)
  ) {
    writePlanRecord(props, record);
  }
  return { kind: 'found', plan: { sheet, values, table, record } };
}

function broken(sheet: Sheet, table: TableNotFound<StepColumnKey>): PlanLookup {
  return {
    kind: 'broken',
    sheet,
    message: table.message.replace(/^The plan/, `The plan on the tab '${sheet.getName()}'`),
  };
}

/**
 * Whether a tab found by its headings alone was written by the add-on. The signs in the values
 * cost nothing; only a tab without them is asked for its rules (one call, then the rules' own
 * getters), and ours come last in the list applyStepRules writes, so the search starts there.
 */
function madeByUs(sheet: Sheet, top: unknown[][], headerRow: number): boolean {
  if (planEvidenceIn(top, headerRow) !== null) return true;
  const rules = sheet.getConditionalFormatRules();
  for (let i = rules.length - 1; i >= 0; i--) {
    if (isOurs(rules[i])) return true;
  }
  return false;
}

function readTop(sheet: Sheet): unknown[][] {
  const rows = Math.min(sheet.getLastRow(), DEFAULT_SCAN_ROWS);
  const columns = Math.min(sheet.getLastColumn(), SCAN_COLUMNS);
  if (rows < 1 || columns < 1) return [];
  return sheet.getRange(1, 1, rows, columns).getValues();
}
