// Reading the plan for the sidebar, the refresh and the weekly email: one read of the plan tab
// (getDataRange().getValues()), then core parses and summarizes.
import { readHeader, type HeaderRead } from '../../core/plan';
import type { DateKey } from '../../core/dates';
import type { PlanHeader, RowWarning, Stakeholder, ParsedStep } from '../../core/plan';
import { signatureStepIn, signatureWarnings, summarizePlan } from '../../core/plan';
import { parseSteps } from '../../core/plan';
import { locateStakeholderTable } from '../../core/plan';
import { sortedHeadingWarning } from '../../core/plan';
import type { PlanStatusResult } from '../../shared/api';
import { sheetById, todayIn } from '../platform/sheets';
import { findPlan, type FoundPlan, type PlanRecord } from './find-plan';
import { parseStakeholders } from '../../core/plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export interface PlanReading {
  plan: FoundPlan;
  sheetName: string;
  timeZone: string;
  today: DateKey;
  steps: ParsedStep[];
  header: PlanHeader;
  /** Where each header value is on the sheet (for the live formulas). */
  headerCells: HeaderRead['cells'];
  /** Every row that could not be read: header block and steps, in sheet order. */
  warnings: RowWarning[];
  status: PlanStatusResult;
}

/** The plan read and summarized; null when the spreadsheet has none; throws when it is damaged. */
export function readPlan(
  ss: Spreadsheet,
  props: Properties,
  now: Date = new Date(),
): PlanReading | null {
  const lookup = findPlan(ss, props);
  if (lookup.kind === 'none') return null;
  if (lookup.kind === 'broken') throw new Error(lookup.message);
  return summarize(lookup.plan, ss.getSpreadsheetTimeZone(), now);
}

export function summarize(plan: FoundPlan, timeZone: string, now: Date): PlanReading {
  const today = todayIn(timeZone, now);
  const parsed = parseSteps(plan.values, plan.table, { timeZone });
  const head = readHeader(plan.values, timeZone, { beforeRow: plan.table.headerRow });
  // Steps stranded above a sorted heading row are read by nothing else, so they are named here.
  const stranded = sortedHeadingWarning(plan.values, plan.table, { timeZone });
  const late = signatureWarnings(parsed.steps, plan.record.steps, head.header.signatureDate, today);
  const warnings = [
    ...head.warnings,
    ...(stranded ? [stranded] : []),
    ...parsed.warnings,
    ...late,
  ].sort((a, b) => a.row - b.row);
  const sheetName = plan.sheet.getName();
  // signatureWarnings names the Signature step's row only when it disagrees with the header;
  // every other row it names is a step dated after the signature it must come before.
  const signatureRow = signatureStepIn(parsed.steps, plan.record.steps)?.row;
  const afterSignature = late.filter((w) => w.row !== signatureRow).length;
  const summary = summarizePlan({
    steps: parsed.steps,
    warnings,
    header: head.header,
    today,
    sheetName,
    timeZone,
  });
  const status = afterSignature > 0 ? { ...summary, datedAfterSignature: afterSignature } : summary;
  return {
    plan,
    sheetName,
    timeZone,
    today,
    steps: parsed.steps,
    header: head.header,
    headerCells: head.cells,
    warnings,
    status,
  };
}

export interface StakeholdersReading {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  stakeholders: Stakeholder[];
  warnings: RowWarning[];
}

/**
 * The Stakeholders tab: by the id createPlan stored, else the first tab whose headings match.
 * Null when there is none; throws when the stored tab lost a column the add-on needs, or all
 * its headings with no other tab holding the people.
 */
export function readStakeholders(
  ss: Spreadsheet,
  record: PlanRecord | null,
): StakeholdersReading | null {
  const stored = sheetById(ss, record?.stakeholdersSheetId);
  let storedProblem: string | null = null;
  if (stored) {
    const values = stored.getDataRange().getValues();
    const table = locateStakeholderTable(values);
    if (table.ok) return { sheet: stored, ...parseStakeholders(values, table) };
    const name = stored.getName();
    // Some headings left: it is still the people tab, damaged. None: maybe reused, so the
    // people may have moved to another tab; say what happened only when they are nowhere.
    if (table.headerRow !== null) {
      throw new Error(table.message.replace(/^The Stakeholders tab/, `The tab '${name}'`));
    }
    storedProblem = `The tab '${name}' no longer has the Stakeholders headings, so nobody can receive the weekly email: put Name, Email, Side, Role and Weekly email back in the row above the people.`;
  }
  for (const sheet of ss.getSheets()) {
    const id = sheet.getSheetId();
    if (id === record?.sheetId || (stored && id === stored.getSheetId())) continue;
    const values = sheet.getDataRange().getValues();
    const table = locateStakeholderTable(values);
    if (table.ok) return { sheet, ...parseStakeholders(values, table) };
  }
  if (storedProblem) throw new Error(storedProblem);
  return null;
}
