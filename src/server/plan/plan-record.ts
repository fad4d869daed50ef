// Where the plan is, remembered in the document's properties (shared by every user of the
// add-on in this file). Sheet ids, not names: a renamed or moved tab keeps its id.
import type { StepColumnKey } from '../../core/model';
import { readJson, writeJson } from '../platform/document-properties';

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

export interface PlanRecord {
  sheetId: number;
  stakeholdersSheetId: number | null;
  historySheetId: number | null;
  table: TableHint | null;
}

export function isPlanRecord(value: unknown): value is PlanRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Number.isInteger(r.sheetId) &&
    isIdOrNull(r.stakeholdersSheetId) &&
    isIdOrNull(r.historySheetId) &&
    (r.table === null || isTableHint(r.table))
  );
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
