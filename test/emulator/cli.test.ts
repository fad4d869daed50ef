// The CLI as a newcomer uses it: steps in order, JSON out, one run's --out the next run's --workbook.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf } from './helpers';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'dev', 'cli.ts');

function emulate(...args: string[]) {
  const out = execFileSync(tsx, [cli, '--code', codeOf('services'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('npm run emulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'map-emulate-'));
  const first = join(dir, 'first.json');

  it('runs the steps in order and prints the state', () => {
    const state = emulate(
      '--tz',
      'America/New_York',
      '--now',
      '2024-03-04T09:00',
      '--call',
      'installEditTrigger',
      '--call',
      'installWeekly',
      '--args',
      '[9, "America/New_York"]',
      '--edit',
      'Sheet1!B2=2024-03-15',
      '--call',
      'sendTo',
      '--args',
      '["a@customer.example"]',
      '--out',
      first,
    );
    expect(state.clock).toBe('2024-03-04T14:00:00.000Z');
    expect(state.lastCall).toMatchObject({ name: 'sendTo', ok: true, result: 99 });
    expect(state.triggers.map((t: { handler: string }) => t.handler)).toEqual([
      'recordEdit',
      'weekly',
    ]);
    expect(state.spreadsheet.sheets[0].values[1][1]).toEqual({ date: '2024-03-15' });
    expect(JSON.parse(state.properties.document[state.spreadsheet.id].edits)[0]).toMatchObject({
      a1: 'B2',
      user: 'owner@vendor.example',
    });
    expect(state.mail.outbox).toHaveLength(1);
    expect(state.counts['MailApp.sendEmail']).toBe(1);
    expect(JSON.parse(readFileSync(first, 'utf8'))).toEqual(state);
  });

  it('continues from --workbook: advance fires the saved trigger, as its owner', () => {
    const state = emulate(
      '--workbook',
      first,
      '--as',
      'champion@corp.example',
      '--advance',
      '7d',
      '--quota',
      '0',
    );
    expect(state.clock).toBe('2024-03-11T14:00:00.000Z');
    expect(
      state.mail.outbox.map((m: { subject: string; from: string }) => [m.subject, m.from]),
    ).toEqual([
      ['Hello', 'owner@vendor.example'],
      ['Weekly', 'owner@vendor.example'],
    ]);
    expect(state.mail.quotas['champion@corp.example'].remaining).toBe(0);
    expect(state.user).toBe('champion@corp.example');
  });

  it('records a failing call with its message and stack, and prints a summary', () => {
    const summary = emulate('--now', '2024-03-04T09:00Z', '--call', 'throwIt', '--summary');
    expect(summary.lastCall).toEqual({ name: 'throwIt', ok: false, error: 'boom' });
    expect(summary.failedExecutions).toEqual(['throwIt: boom']);
    const full = emulate('--call', 'throwIt');
    expect(full.lastCall.error.stack).toMatch(/throwIt/);
  });

  it('rejects bad arguments with usage on stderr and exit code 2', () => {
    const r = spawnSync(tsx, [cli, '--advance'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--advance needs a value');
    expect(r.stdout).toBe('');
  });
});
