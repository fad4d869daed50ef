// The plan through the emulator's command line: the owner creates it in one run, a prospect
// edits it in the next (the saved state carries over), and the owner's trigger does its work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';

const ROOT = resolve(__dirname, '..', '..', '..');

function emulate(...args: string[]): { calls: number; failedExecutions: string[] } {
  const run = spawnSync('npm', ['run', '--silent', 'emulate', '--', ...args, '--summary'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`emulate failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function tab(state: EmulatorState, name: string): SheetState {
  const sheets = (state.spreadsheet as unknown as { sheets: SheetState[] }).sheets;
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

describe('npm run emulate: a prospect edits the plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'map-cli-'));
  const created = join(dir, 'created.json');
  const edited = join(dir, 'edited.json');
  const options = {
    template: 'velocity',
    customer: 'Acme',
    vendor: 'Globex',
    signatureDate: '2026-12-15',
  };

  it('stamps the Done date and records the slip', () => {
    emulate(
      '--tz',
      'Pacific/Auckland',
      '--now',
      '2026-11-02T09:00:00',
      '--call',
      'createPlan',
      '--args',
      JSON.stringify([options]),
      '--out',
      created,
    );
    const before = JSON.parse(readFileSync(created, 'utf8')) as EmulatorState;
    const demo = tab(before, 'MAP – Acme').values[8];
    expect(demo[2]).toBe('Demo');

    const summary = emulate(
      '--workbook',
      created,
      '--as',
      'prospect@customer.example',
      '--edit',
      'MAP – Acme!H8=Done',
      '--edit',
      'MAP – Acme!G9=2026-12-04',
      '--out',
      edited,
    );
    expect(summary.failedExecutions).toEqual([]);
    const after = JSON.parse(readFileSync(edited, 'utf8')) as EmulatorState;
    const map = tab(after, 'MAP – Acme');
    expect(map.values[7][7]).toBe('Done');
    expect(map.values[7][8]).toEqual({ date: '2026-11-02' });
    expect(map.values[8][6]).toEqual({ date: '2026-12-04' });
    expect(map.values[8][9]).toEqual(demo[9]); // the baseline did not move
    expect(tab(after, 'Slip history').values[1]).toEqual([
      { date: '2026-11-02T09:00:00' },
      'Demo',
      demo[6],
      { date: '2026-12-04' },
      'a collaborator (address hidden by Google)',
    ]);
    const runs = after.executions.filter((e) => e.functionName === 'onPlanEdit');
    expect(runs.map((e) => [e.ok, e.effectiveUser, e.activeUser])).toEqual([
      [true, 'owner@vendor.example', 'prospect@customer.example'],
      [true, 'owner@vendor.example', 'prospect@customer.example'],
    ]);
  });
});
