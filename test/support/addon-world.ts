// The deal every emulator-backed browser test plays: an SE at Vendorly selling to Acme Corp, a
// spreadsheet in Berlin (the browser runs in Los Angeles, so a zone mix-up shows), and readers
// of what the emulated spreadsheet holds. Each test builds its own world: the emulator is cheap
// and a shared one would make tests depend on their order.
import { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { formatCellValue } from '../../dev/emulator/spreadsheet/number-format';
import type { CreatePlanOptions, CreatePlanResult, DigestSettings } from '../../src/shared/api';

export const OWNER = 'sam@vendorly.example';
export const PROSPECT = 'pat@acme.example';
export const COLLEAGUE = 'alex@vendorly.example';
export const TIME_ZONE = 'Europe/Berlin';
/** A Monday morning, wall time in the spreadsheet's zone. */
export const START = '2026-11-02T09:00';
export const STAKEHOLDERS = 'Stakeholders';

export const PLAN: CreatePlanOptions = {
  template: 'poc',
  customer: 'Acme Corp',
  vendor: 'Vendorly',
  signatureDate: '2027-01-29',
  goal: 'Replace the legacy tool before the Q2 audit',
  sellers: [{ name: 'Sam Lee', email: OWNER }],
};

export const MAP_TAB = `MAP – ${PLAN.customer}`;

export const WEEKLY: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendorly.example'],
};

export function newEmulator(now: string = START): Emulator {
  return new Emulator({
    codePath: ADDON_CODE_PATH,
    timeZone: TIME_ZONE,
    now,
    user: OWNER,
    editors: [PROSPECT, COLLEAGUE],
    authorizedUsers: [OWNER, COLLEAGUE],
  }).load();
}

/** The SE created the plan earlier (tests of other screens start from here). */
export function withPlan(emu: Emulator, options: Partial<CreatePlanOptions> = {}): string {
  const result = emu.callAs(OWNER, 'createPlan', { ...PLAN, ...options }) as CreatePlanResult;
  if (result.outcome !== 'created') throw new Error(result.message);
  return result.sheetName;
}

/** What a cell shows, as a user sees it. */
export function shown(emu: Emulator, sheet: string, row: number, column: number): string {
  const block = emu.workbook.requireSheet(sheet).read({ row, column, numRows: 1, numColumns: 1 });
  return formatCellValue(block.values[0][0], block.formats[0][0]);
}

/** What a column shows from `from` down to the sheet's last row. */
export function shownColumn(emu: Emulator, sheet: string, column: number, from: number): string[] {
  const model = emu.workbook.requireSheet(sheet);
  const out: string[] = [];
  for (let row = from; row <= model.lastRow(); row += 1) out.push(shown(emu, sheet, row, column));
  return out;
}

/** `user` types a stakeholder into the first empty row, with Weekly email ticked. */
export function addStakeholder(emu: Emulator, user: string, cells: string[]): number {
  const row = emu.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
  const previous = emu.currentUser;
  emu.as(user).paste(`${STAKEHOLDERS}!A${row}`, [[...cells, 'TRUE']]);
  emu.as(previous);
  return row;
}

/** The selection of whoever is at the keyboard, as sheet name and 1-based row span. */
export function selection(emu: Emulator): { sheet: string; row: number; numRows: number } | null {
  const active = emu.workbook.activeRange;
  if (!active) return null;
  const sheet = emu.workbook.getSheetById(active.sheetId);
  return { sheet: sheet?.name ?? '?', row: active.range.row, numRows: active.range.numRows };
}
