// The starting point of every hostile run: the BUILT add-on in the emulator, a plan created by
// the owner and shared with a prospect, the weekly email on (approving the vendor's domain and
// one named champion). It is built once per test file and restored from a saved state per run,
// so a property can afford dozens of runs.
import { existsSync } from 'node:fs';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { Emulator, type EmulatorState } from '../../dev/emulator';
import type { CreatePlanOptions, CreatePlanResult, DigestSettings } from '../../src/shared/api';

export const OWNER = 'owner@vendor.example';
export const SELLER = 'ana@vendor.example';
export const CHAMPION = 'chris@customer.example';
export const PROSPECT = 'prospect@customer.example';
export const TIME_ZONE = 'America/New_York';
/** A Monday, 08:00 in the spreadsheet's zone: the weekly email is due at 09:00. */
export const START = '2026-11-02T08:00:00';
export const TODAY = '2026-11-02';
export const STAKEHOLDERS = 'Stakeholders';

export const PLAN: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  sellers: [
    { name: 'Olivia Owner', email: OWNER },
    { name: 'Ana Seller', email: SELLER },
  ],
};

export const SETTINGS: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendor.example'],
  approvedEmails: [CHAMPION],
};

export interface HostileWorld {
  em: Emulator;
  planSheet: string;
  headerRow: number;
}

interface Snapshot {
  state: EmulatorState;
  planSheet: string;
  headerRow: number;
}

let snapshot: Snapshot | null = null;

/** The 1-based row of the step table's headings, read from the sheet as createPlan left it. */
function headerRowOf(em: Emulator, sheetName: string): number {
  const sheet = em.workbook.requireSheet(sheetName);
  const block = sheet.read({ row: 1, column: 1, numRows: 40, numColumns: sheet.lastColumn() });
  const at = block.values.findIndex((r) => r.includes('Step') && r.includes('Status'));
  if (at < 0) throw new Error(`createPlan left no step table on ${sheetName}`);
  return at + 1;
}

function build(): Snapshot {
  const em = new Emulator({
    codePath: ADDON_CODE_PATH,
    timeZone: TIME_ZONE,
    now: START,
    user: OWNER,
    editors: [PROSPECT],
    timeoutMs: 120_000,
  }).load();
  const created = em.call('createPlan', PLAN) as CreatePlanResult;
  if (created.outcome !== 'created') throw new Error(created.message);
  const row = em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
  em.paste(`${STAKEHOLDERS}!A${row}`, [
    ['Chris Champion', CHAMPION, 'Prospect', 'Champion', 'TRUE'],
  ]);
  em.call('configureWeeklyDigest', SETTINGS);
  return {
    state: em.toState(),
    planSheet: created.sheetName,
    headerRow: headerRowOf(em, created.sheetName),
  };
}

/**
 * A build running beside the tests empties dist/ for a moment; wait for the bundle and try
 * again rather than report a missing bundle as a failure of the add-on.
 */
function withBundle<T>(make: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    for (; !existsSync(ADDON_CODE_PATH) && attempt < 100; attempt++) {
      Atomics.wait(pause, 0, 0, 100);
    }
    try {
      return make();
    } catch (error) {
      const missing = error instanceof Error && error.message.includes('does not exist');
      if (!missing || attempt >= 100) throw error;
    }
  }
}

/** A fresh copy of the shared starting point. */
export function freshWorld(): HostileWorld {
  const saved = (snapshot ??= withBundle(build));
  const em = withBundle(() =>
    Emulator.fromState(structuredClone(saved.state), {
      codePath: ADDON_CODE_PATH,
      timeoutMs: 120_000,
    }).load(),
  );
  em.resetCounts();
  return { em, planSheet: saved.planSheet, headerRow: saved.headerRow };
}

/**
 * The prospect took the dropdowns and date checks off these cells (Data > Data validation >
 * Remove), as anyone with edit access can: from here on a cell holds whatever is typed.
 */
export function removeValidation(
  em: Emulator,
  sheetName: string,
  fromRow: number,
  rows: number,
  columns: number,
): void {
  const sheet = em.workbook.requireSheet(sheetName);
  for (let r = fromRow; r < fromRow + rows; r++) {
    for (let c = 1; c <= columns; c++) {
      if (sheet.getMeta(r, c)?.validation) sheet.patchMeta(r, c, { validation: undefined });
    }
  }
}

/** Makes sure the sheet has at least `lastRow` rows, as a user adding rows at the bottom. */
export function ensureRows(em: Emulator, sheetName: string, lastRow: number): void {
  const sheet = em.workbook.requireSheet(sheetName);
  if (lastRow > sheet.maxRows)
    em.workbook.userInsertRows(sheetName, sheet.maxRows + 1, lastRow - sheet.maxRows);
}
