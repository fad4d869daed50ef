// The CLI as a newcomer uses it, run in-process: steps in order, JSON out, one run's --out the
// next run's --workbook. bin.test.ts runs it once as a real process.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, runCli } from '../test/helpers';

function emulate(...args: string[]) {
  const run = runCli(['--code', codeOf('services'), ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
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

  it('--spreadsheet switches to a spreadsheet, creating it; --out and --workbook keep them all', () => {
    const files = ['--code', codeOf('files')];
    const saved = join(dir, 'files.json');
    const one = runCli([
      ...files,
      '--tz',
      'Europe/Paris',
      '--call',
      'remember',
      '--args',
      '["deal", "first"]',
      '--spreadsheet',
      'Globex',
      '--call',
      'remember',
      '--args',
      '["deal", "globex"]',
      '--out',
      saved,
      '--summary',
    ]);
    expect(one.stderr).toBe('');
    const first = JSON.parse(one.stdout);
    expect(first.spreadsheet).toMatchObject({ name: 'Globex', timeZone: 'Europe/Paris' });
    expect(first.spreadsheets.map((s: { name: string }) => s.name)).toEqual([
      'Globex',
      'Untitled spreadsheet',
    ]);

    const two = runCli([
      ...files,
      '--workbook',
      saved,
      '--spreadsheet',
      'Untitled spreadsheet',
      '--call',
      'recall',
      '--args',
      '["deal"]',
      '--spreadsheet',
      'Initech',
      '--summary',
    ]);
    expect(two.stderr).toBe('');
    const second = JSON.parse(two.stdout);
    expect(second.lastCall.result).toMatchObject({
      spreadsheet: 'Untitled spreadsheet',
      zone: 'Europe/Paris',
      document: 'first',
      user: 'globex',
    });
    // The current one first, then the others by name.
    expect(second.spreadsheets).toEqual([
      { id: expect.any(String), name: 'Initech', timeZone: 'America/New_York' },
      { id: first.spreadsheets[0].id, name: 'Globex', timeZone: 'Europe/Paris' },
      { id: first.spreadsheets[1].id, name: 'Untitled spreadsheet', timeZone: 'Europe/Paris' },
    ]);
  });

  it('a later --tz zones the spreadsheets created after it; switching back keeps their own zone', () => {
    const summary = emulate(
      ...['--code', codeOf('files'), '--tz', 'Asia/Kathmandu', '--now', '2024-12-31T23:30'],
      ...['--spreadsheet', 'Yeti', '--call', 'remember', '--args', '["deal", "yeti"]'],
      ...[
        '--tz',
        'Pacific/Chatham',
        '--spreadsheet',
        'Kiwi',
        '--call',
        'recall',
        '--args',
        '["deal"]',
      ],
      ...['--spreadsheet', 'Yeti', '--call', 'recall', '--args', '["deal"]'],
      ...['--call', 'nothingByThatName', '--summary'],
    );
    // The first --tz is the setup zone: the clock was read as Kathmandu's wall time.
    expect(summary.clock).toBe('2024-12-31T17:45:00.000Z');
    expect(summary.spreadsheets).toEqual([
      { id: expect.any(String), name: 'Yeti', timeZone: 'Asia/Kathmandu' },
      { id: expect.any(String), name: 'Kiwi', timeZone: 'Pacific/Chatham' },
      { id: expect.any(String), name: 'Untitled spreadsheet', timeZone: 'Asia/Kathmandu' },
    ]);
    // Every call of the run, in order, with where it ran and what it came to.
    expect(summary.results).toEqual([
      {
        name: 'remember',
        spreadsheet: 'Yeti',
        user: 'owner@vendor.example',
        ok: true,
        result: null,
      },
      {
        name: 'recall',
        spreadsheet: 'Kiwi',
        user: 'owner@vendor.example',
        ok: true,
        result: expect.objectContaining({ zone: 'Pacific/Chatham', document: null, user: 'yeti' }),
      },
      {
        name: 'recall',
        spreadsheet: 'Yeti',
        user: 'owner@vendor.example',
        ok: true,
        result: expect.objectContaining({ zone: 'Asia/Kathmandu', document: 'yeti' }),
      },
      {
        name: 'nothingByThatName',
        spreadsheet: 'Yeti',
        user: 'owner@vendor.example',
        ok: false,
        error: expect.stringMatching(/nothingByThatName/),
      },
    ]);
  });

  it('--clock-without-document runs time-driven triggers with no active spreadsheet', () => {
    const summary = emulate(
      '--clock-without-document',
      '--call',
      'installUiTick',
      '--advance',
      '1h',
      '--summary',
    );
    // uiTick writes to document properties, which a run without a document does not have.
    expect(summary.failedExecutions).toEqual([
      "uiTick: Cannot read properties of null (reading 'setProperty')",
    ]);
  });

  it('resolves relative paths from its working directory', () => {
    const run = runCli(['--code', codeOf('services'), '--out', 'relative.json'], dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'relative.json'), 'utf8'))).toEqual(
      JSON.parse(run.stdout),
    );
  });

  it('looks for ./dist/Code.js in its working directory when --code is not given', () => {
    const run = runCli(['--summary'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `emulate: ${join(dir, 'dist', 'Code.js')} does not exist: build the add-on first\n`,
    );
  });

  it('rejects bad arguments with usage on stderr and exit code 2', () => {
    const run = runCli(['--advance']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--advance needs a value');
    expect(run.stderr).toContain('Usage: npm run --silent emulate');
    expect(run.stdout).toBe('');
  });

  it('prints the usage for --help', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('./dist/Code.js in the current directory');
  });
});
