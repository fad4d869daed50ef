// Probe: the emulator's command line as a checker scripts it (dev/emulator/README.md), with the
// spreadsheet in Pacific/Apia (+13) and the script in Africa/Casablanca (+1, twelve hours
// behind). Run 1, one minute before local New Year: the owner creates a
// plan for an RTL-and-emoji customer and the prospect types dates the en_US way, as words and as
// a failing formula. Run 2, thirty seconds into the new year (still 31 Dec in the script's
// zone): the step due yesterday is late by one day, and Done on takes the spreadsheet's date.
// The state JSON's values, effective backgrounds and lastCall must say the same thing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';
import type { PlanStatusResult } from '../../../src/shared/api';
import { expectedState, FILL, headerValue, PROSPECT, stepRows } from '../../support/world';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'map-probe-cli-'));
const CUSTOMER = '🚀 شركة أكمي';
const MAP = `MAP – ${CUSTOMER}`;
const at = (cell: string) => `'${MAP}'!${cell}`;

function emulate(out: string, ...args: string[]): EmulatorState {
  const run = spawnSync('npm', ['run', '--silent', 'emulate', '--', ...args, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`emulate exited ${run.status}: ${run.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as EmulatorState;
}

function planTab(state: EmulatorState): SheetState {
  const sheets = (state.spreadsheet as unknown as { sheets: SheetState[] }).sheets;
  const found = sheets.find((s) => s.name === MAP);
  if (!found) throw new Error(`no tab ${MAP}`);
  return found;
}

function statusOf(state: EmulatorState): PlanStatusResult {
  const last = state.lastCall as { name: string; ok: boolean; result: PlanStatusResult };
  expect([last.name, last.ok]).toEqual(['getPlanStatus', true]);
  return last.result;
}

/** Every step's effective background is the one the oracle gives for the status's today. */
function expectColoursAgree(state: EmulatorState): void {
  const today = statusOf(state).today;
  for (const s of stepRows(planTab(state))) {
    expect([s.row, s.background]).toEqual([s.row, FILL[expectedState(s, today)]]);
  }
}

describe('npm run emulate across New Year in Apia, script in Casablanca', () => {
  const first = join(dir, 'eve.json');
  let eve: EmulatorState;
  let day: EmulatorState;

  beforeAll(() => {
    eve = emulate(
      first,
      '--tz',
      'Pacific/Apia',
      '--script-tz',
      'Africa/Casablanca',
      '--now',
      '2026-12-31T23:59',
      '--call',
      'createPlan',
      '--args',
      JSON.stringify([
        { template: 'velocity', customer: CUSTOMER, vendor: 'Globex', signatureDate: '2027-01-29' },
      ]),
      '--as',
      PROSPECT,
      '--edit',
      `${at('E8')}=Pat`,
      '--edit',
      `${at('G8')}=12/31/2026`,
      '--edit',
      `${at('G9')}=next week`,
      '--edit',
      `${at('G11')}==1/0`,
      '--edit',
      `${at('H10')}=Done`,
      '--call',
      'getPlanStatus',
    );
    day = emulate(
      join(dir, 'new-year.json'),
      '--workbook',
      first,
      '--now',
      '2027-01-01T00:00:30',
      '--as',
      PROSPECT,
      '--edit',
      `${at('H12')}=Done`,
      '--call',
      'getPlanStatus',
    );
  });

  it('run 1: reads the typed date as Dec 31, due today and not late', () => {
    const api = statusOf(eve);
    expect(api.today).toBe('2026-12-31');
    expect(api.late).toEqual([]);
    expect(api.dueSoon.map((s) => [s.row, s.targetDate])).toEqual([[8, '2026-12-31']]);
    expect(planTab(eve).values[7][6]).toEqual({ date: '2026-12-31' });
  });

  it('run 1: reports the word and the failed formula by row and reason', () => {
    expect(statusOf(eve).warnings).toEqual([
      { row: 9, message: "Target date 'next week' is not a date" },
      { row: 11, message: "Target date '#DIV/0!' is not a date" },
    ]);
  });

  it('run 1: stamps Done on with the spreadsheet’s Dec 31', () => {
    expect(planTab(eve).values[9][8]).toEqual({ date: '2026-12-31' });
  });

  it('run 1: keeps the customer as text in the header', () => {
    expect(headerValue(planTab(eve), 'Customer')).toBe(CUSTOMER);
    expect(planTab(eve).formulas?.[1]?.[2] ?? '').toBe('');
  });

  it('run 1: the colours are the ones getPlanStatus implies', () => {
    expectColoursAgree(eve);
    expect(stepRows(planTab(eve)).map((s) => s.background)).toEqual([
      FILL.due,
      FILL.unreadable,
      FILL.done,
      FILL.unreadable,
      FILL.uncommitted,
      FILL.uncommitted,
    ]);
  });

  it('run 2: the step due yesterday is late by one day, and the sheet says At risk', () => {
    const api = statusOf(day);
    expect(api.today).toBe('2027-01-01');
    expect(api.late.map((s) => [s.row, s.daysLate])).toEqual([[8, 1]]);
    expect(api.status).toBe('At risk');
    expect(headerValue(planTab(day), 'Plan status')).toBe('At risk');
    expectColoursAgree(day);
  });

  it('run 2: stamps Done on with Jan 1, though the script’s zone is still in Dec 31', () => {
    expect(planTab(day).values[11][8]).toEqual({ date: '2027-01-01' });
    expect(headerValue(planTab(day), 'Progress')).toBe('2 of 6 done (33%)');
    expect(day.executions.filter((e) => !e.ok)).toEqual([]);
  });
});
