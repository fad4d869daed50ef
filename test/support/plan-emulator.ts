// Shared set-up for the plan scenarios: the built bundle in the emulator, a spreadsheet shared
// with a prospect, and small readers of what the sheet shows.
import { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import type { SheetState } from '../../dev/emulator/spreadsheet';
import { formatCellValue } from '../../dev/emulator/spreadsheet/number-format';
import type { CreatePlanOptions, CreatePlanResult, PlanStatusResult } from '../../src/shared/api';

export const OWNER = 'owner@vendor.example';
export const PROSPECT = 'prospect@customer.example';

export interface PlanEmulatorOptions {
  timeZone?: string;
  scriptTimeZone?: string;
  now?: string;
}

export function planEmulator(options: PlanEmulatorOptions = {}): Emulator {
  return new Emulator({
    codePath: ADDON_CODE_PATH,
    timeZone: options.timeZone ?? 'America/New_York',
    scriptTimeZone: options.scriptTimeZone,
    now: options.now ?? '2026-11-02T09:00:00',
    user: OWNER,
    editors: [PROSPECT],
  }).load();
}

export const ACME: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  goal: 'Live before the Q2 board meeting',
  sellers: [{ name: 'Ana Seller', email: 'ana@vendor.example' }],
};

export function createPlan(
  em: Emulator,
  options: Partial<CreatePlanOptions> = {},
): CreatePlanResult {
  return em.call('createPlan', { ...ACME, ...options }) as CreatePlanResult;
}

export function status(em: Emulator): PlanStatusResult {
  return em.call('getPlanStatus') as PlanStatusResult;
}

export function sheetState(em: Emulator, name: string): SheetState {
  const sheet = em.workbook.toJSON().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab named ${name}`);
  return sheet;
}

/** 1-based row/column of an A1 cell. */
export function at(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** What a cell shows, as the user sees it. */
export function shown(em: Emulator, sheetName: string, a1: string): string {
  const { row, column } = at(a1);
  const block = em.workbook
    .requireSheet(sheetName)
    .read({ row, column, numRows: 1, numColumns: 1 });
  return formatCellValue(block.values[0][0], block.formats[0][0]);
}

/** What a block of cells shows, e.g. shownRows(em, 'MAP', 8, 25). Rows are 1-based, inclusive. */
export function shownRows(
  em: Emulator,
  sheetName: string,
  from: number,
  to: number,
  width = 12,
): string[][] {
  const block = em.workbook
    .requireSheet(sheetName)
    .read({ row: from, column: 1, numRows: to - from + 1, numColumns: width });
  return block.values.map((row, i) => row.map((v, j) => formatCellValue(v, block.formats[i][j])));
}

/** Formula text of a cell, '' when it holds none. */
export function formulaAt(em: Emulator, sheetName: string, a1: string): string {
  const { row, column } = at(a1);
  return em.workbook
    .requireSheet(sheetName)
    .readFormulas({ row, column, numRows: 1, numColumns: 1 })[0][0];
}

/** Raw value of a cell (dates as serial numbers, text as text). */
export function valueAt(em: Emulator, sheetName: string, a1: string): unknown {
  const { row, column } = at(a1);
  return em.workbook.requireSheet(sheetName).read({ row, column, numRows: 1, numColumns: 1 })
    .values[0][0];
}

/** Total service calls since the last resetCounts(). */
export function totalCalls(em: Emulator): number {
  return Object.values(em.counts()).reduce((a, b) => a + b, 0);
}
