// A benchmark world: the built add-on in the emulator with a plan grown to N steps and S
// stakeholders, the weekly email switched on, and the clock just before its first due hour.
// Rows are written through the emulator's model the way a user's paste lands in the sheet, so
// the add-on reads a real N-row table, not a stub.
import { Emulator } from '../emulator';
import { ADDON_CODE_PATH } from '../addon-bundle';
import type { CreatePlanOptions, CreatePlanResult, DigestSettings } from '../../src/shared/api';
import { noteCell, people, stakeholderCells, stepCells, type Person } from './rows';

export const OWNER = 'owner@vendor.example';
export const PROSPECT = 'prospect@customer.example';
export const TIME_ZONE = 'America/New_York';
/** A Monday morning, wall time in the spreadsheet's zone; the digest is due at 09:00. */
export const START = '2026-11-02T08:00:00';
export const TODAY = '2026-11-02';
export const DUE = '2026-11-02T09:10:00';
/** Tuesday at the same hour: no weekly email owed, step-owner reminders due. */
export const NEXT_DAY_DUE = '2026-11-03T09:10:00';
export const REMINDERS = { enabled: true, daysBefore: 2 };
/** Thursday: two business days after NEXT_DAY_DUE, so a step dated then is reminded. */
export const REMINDED_DATE = '2026-11-05';

export const PLAN: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  goal: 'Live before the Q2 board meeting',
};

export const WEEKLY: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendor.example', 'customer.example'],
};

export interface World {
  em: Emulator;
  planSheet: string;
  stakeholdersSheet: string;
  headerRow: number;
  steps: number;
  team: Person[];
}

export interface WorldOptions {
  steps: number;
  stakeholders: number;
  latencyMs: number;
  codePath?: string;
}

export function newEmulator(latencyMs: number, codePath?: string): Emulator {
  return new Emulator({
    timeZone: TIME_ZONE,
    now: START,
    user: OWNER,
    editors: [PROSPECT],
    latencyMs,
    codePath: codePath ?? ADDON_CODE_PATH,
    // A 5,000-row read in the emulator (HyperFormula behind it) is slow in real time, not in
    // Apps Script time; the benchmark measures, it does not police the emulator's own speed.
    timeoutMs: 600_000,
  }).load();
}

/** The 1-based row holding the step table's header ('#', 'Step', 'Status'...). */
export function findHeaderRow(em: Emulator, sheetName: string): number {
  const sheet = em.workbook.requireSheet(sheetName);
  const rows = Math.min(sheet.lastRow(), 40);
  const block = sheet.read({ row: 1, column: 1, numRows: rows, numColumns: sheet.lastColumn() });
  const at = block.values.findIndex((r) => r.includes('Step') && r.includes('Status'));
  if (at < 0) throw new Error(`no step table header on ${sheetName}`);
  return at + 1;
}

/** Makes the rows below `from` exactly `count` long by deleting or appending sheet rows. */
function fitRows(em: Emulator, sheetName: string, from: number, have: number, want: number): void {
  const book = em.workbook;
  const sheet = book.requireSheet(sheetName);
  if (want < have) book.userDeleteRows(sheetName, from + want, have - want);
  const lastNeeded = from + want - 1;
  if (lastNeeded > sheet.maxRows)
    book.userInsertRows(sheetName, sheet.maxRows + 1, lastNeeded - sheet.maxRows);
}

/** Writes `steps` step rows under the header, replacing the template's rows. */
export function growTable(em: Emulator, world: Omit<World, 'em'>): void {
  const { planSheet, headerRow, steps, team } = world;
  const sheet = em.workbook.requireSheet(planSheet);
  const templateRows = sheet.lastRow() - headerRow;
  const first = headerRow + 1;
  fitRows(em, planSheet, first, templateRows, steps);
  const cells = Array.from({ length: steps }, (_, i) => stepCells(i, TODAY, team));
  const notes = Array.from({ length: steps }, (_, i) => [noteCell(i)]);
  em.workbook.userPaste(OWNER, planSheet, `A${first}`, cells);
  em.workbook.userPaste(OWNER, planSheet, `L${first}`, notes);
}

/** Replaces the Stakeholders tab's rows with `team`, everyone ticked for the weekly email. */
export function writeTeam(em: Emulator, sheetName: string, team: readonly Person[]): void {
  const sheet = em.workbook.requireSheet(sheetName);
  fitRows(em, sheetName, 2, sheet.lastRow() - 1, team.length);
  em.workbook.userPaste(OWNER, sheetName, 'A2', team.map(stakeholderCells));
}

/** Our add-on: createPlan, grow, switch the weekly email on. Counts are reset at the end. */
export function buildWorld(options: WorldOptions): World {
  const em = newEmulator(options.latencyMs, options.codePath);
  const created = em.call('createPlan', PLAN) as CreatePlanResult;
  if (created.outcome !== 'created') throw new Error(`createPlan: ${created.message}`);
  const team = people(options.stakeholders, OWNER);
  const shape = {
    planSheet: created.sheetName,
    stakeholdersSheet: created.stakeholdersSheetName,
    headerRow: findHeaderRow(em, created.sheetName),
    steps: options.steps,
    team,
  };
  growTable(em, shape);
  writeTeam(em, shape.stakeholdersSheet, team);
  em.call('configureWeeklyDigest', WEEKLY);
  em.resetCounts();
  return { em, ...shape };
}

/** The same spreadsheet, properties and triggers, run by another bundle (a reference script). */
export function sameWorldWith(world: World, codePath: string, latencyMs: number): World {
  const em = Emulator.fromState(world.em.toState(), {
    codePath,
    latencyMs,
    timeoutMs: 600_000,
  }).load();
  em.resetCounts();
  return { ...world, em };
}
