// The emulator's command line as a newcomer would script it (dev/emulator/README.md): the owner
// creates the plan in Kathmandu (+05:45, script zone far away) and turns the weekly email on;
// in a second run the prospect edits the plan and the Stakeholders tab; in a third a week
// passes. Each run's state JSON is checked: values with {"date": ...}, effective backgrounds,
// the outbox, and a failed call's message in lastCall with the run carrying on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';
import { FILL, headingRow, OWNER, PROSPECT, stepRows } from '../../support/world';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'map-acceptance-'));
const file = (name: string) => join(dir, name);

/** One CLI run; its state is written to `out` (the next run's --workbook) and returned. */
function emulate(out: string, ...args: string[]): EmulatorState {
  const run = spawnSync('npm', ['run', '--silent', 'emulate', '--', ...args, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`emulate exited ${run.status}: ${run.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as EmulatorState;
}

function sheets(state: EmulatorState): SheetState[] {
  return (state.spreadsheet as unknown as { sheets: SheetState[] }).sheets;
}

function tabOf(state: EmulatorState, name: string): SheetState {
  const found = sheets(state).find((s) => s.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

const CUSTOMER = '=IMPORTXML("http://x","//a")';
const MAP = 'MAP – =IMPORTXML("http x"," a")';
const QUOTED = `'${MAP}'`;

describe('npm run emulate, three runs', () => {
  const created = file('created.json');
  const edited = file('edited.json');
  let day1: EmulatorState;
  let day2: EmulatorState;
  let week1: EmulatorState;

  beforeAll(() => {
    day1 = emulate(
      created,
      '--tz',
      'Asia/Kathmandu',
      '--script-tz',
      'Pacific/Pago_Pago',
      '--now',
      '2026-11-02T23:50',
      '--call',
      'createPlan',
      '--args',
      JSON.stringify([
        {
          template: 'velocity',
          customer: CUSTOMER,
          vendor: 'Globex',
          signatureDate: '2026-12-15',
          sellers: [{ name: 'Olivia', email: OWNER }],
        },
      ]),
      '--call',
      'configureWeeklyDigest',
      '--args',
      JSON.stringify([
        { enabled: true, weekday: 'TUESDAY', hour: 0, approvedDomains: ['vendor.example'] },
      ]),
    );
    day2 = emulate(
      edited,
      '--workbook',
      created,
      '--as',
      PROSPECT,
      '--edit',
      `${QUOTED}!H8=Done`,
      '--edit',
      `${QUOTED}!G9=next week`,
      '--edit',
      `${QUOTED}!G10=2026-11-01`,
      '--edit',
      'Stakeholders!A20=Eve Outsider',
      '--edit',
      'Stakeholders!B20=eve@outsider.example',
      '--edit',
      'Stakeholders!E20=TRUE',
    );
    week1 = emulate(
      file('week1.json'),
      '--workbook',
      edited,
      '--advance',
      '7d',
      '--call',
      'getPlanStatus',
    );
  });

  it('run 1: the plan is written with the customer as text, and the schedule is on', () => {
    expect(sheets(day1).map((s) => s.name)).toEqual([
      MAP,
      'Stakeholders',
      'Slip history',
      'Sheet1',
    ]);
    const map = tabOf(day1, MAP);
    expect(map.values[1][2]).toBe(CUSTOMER);
    expect(map.formulas?.[1]?.[2] ?? '').toBe('');
    expect(day1.lastCall).toMatchObject({ name: 'configureWeeklyDigest', ok: true });
    expect(day1.triggers.map((t) => t.handler).sort()).toEqual(['onPlanEdit', 'weeklyDigestTick']);
  });

  it('run 2: the prospect’s edits stamp Done on with the spreadsheet’s date and colour the rows', () => {
    const map = tabOf(day2, MAP);
    const head = headingRow(map);
    const row = (n: number) => map.values[n - 1];
    expect(head).toBe(7);
    expect(row(8)[7]).toBe('Done');
    // 23:50 on 2 Nov in Kathmandu is still 2 Nov there (and 1 Nov in the script's Pago Pago).
    expect(row(8)[8]).toEqual({ date: '2026-11-02' });
    expect(row(9)[6]).toBe('next week');
    expect(row(10)[6]).toEqual({ date: '2026-11-01' });
    const colours = Object.fromEntries(stepRows(map).map((s) => [s.row, s.background]));
    expect([colours[8], colours[9], colours[10]]).toEqual([FILL.done, FILL.unreadable, FILL.late]);
    // Every edit (the Stakeholders ones too) ran the owner's trigger, and none failed.
    const edits = day2.executions.filter((e) => e.functionName === 'onPlanEdit');
    expect(edits.map((e) => [e.ok, e.effectiveUser, e.activeUser])).toEqual(
      Array.from({ length: 6 }, () => [true, OWNER, PROSPECT]),
    );
    // The edit of the Target date (a single cell, old value known) is in the slip history.
    const history = tabOf(day2, 'Slip history').values.slice(1);
    expect(history.map((r) => r[3])).toContainEqual({ date: '2026-11-01' });
  });

  it('run 3: a week later the owner got one email at Tuesday 00:xx local; the outsider none', () => {
    const mail = week1.mail.outbox;
    expect(mail.map((m) => m.to)).toEqual([[OWNER]]);
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Kathmandu',
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(mail[0].sentAt));
    expect(local).toMatch(/^Tuesday, 2026-11-03, 00$/);
    expect(mail[0].subject).toContain('1 step behind');
    expect(mail[0].htmlBody).not.toContain('<img');
    // The outsider the prospect added is only named in the owner's copy, as waiting for approval.
    expect(mail[0].body).toMatch(/WAITING FOR YOUR APPROVAL \(1\)\n- eve@outsider\.example/);
  });

  it('run 3: getPlanStatus in lastCall reports the unreadable date and a late step', () => {
    expect(week1.lastCall).toMatchObject({ name: 'getPlanStatus', ok: true });
    const result = week1.lastCall?.result as {
      today: string;
      warnings: { row: number; message: string }[];
      late: { row: number; daysLate: number }[];
    };
    expect(result.today).toBe('2026-11-09');
    expect(result.warnings).toEqual([{ row: 9, message: "Target date 'next week' is not a date" }]);
    expect(result.late.map((s) => [s.row, s.daysLate])).toEqual([[10, 8]]);
  });

  it('bad input to any call is in lastCall with its message, and the run carries on', () => {
    const state = emulate(
      file('bad.json'),
      '--workbook',
      edited,
      '--call',
      'configureWeeklyDigest',
      '--args',
      JSON.stringify([{ enabled: true, weekday: 'Funday', hour: 9 }]),
      '--call',
      'createPlan',
      '--args',
      JSON.stringify([{ template: 'nope', signatureDate: '2026-13-01' }]),
    );
    expect(state.lastCall).toMatchObject({ name: 'createPlan', ok: false });
    const message = (state.lastCall as { error: { message: string } }).error.message;
    expect(message).toBe(
      "Customer is required. Vendor is required. Target signature date '2026-13-01' is not a date; use yyyy-MM-dd, e.g. 2026-12-10.",
    );
    const failed = state.executions.filter((e) => !e.ok).map((e) => e.error);
    expect(failed).toEqual([
      '"weekday" must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY.',
      message,
    ]);
    // Nothing was lost: the plan and the schedule are as run 2 left them.
    expect(tabOf(state, MAP).values).toEqual(tabOf(day2, MAP).values);
    expect(state.triggers.length).toBe(day2.triggers.length);
  });

  it('an edit the dropdown refuses is reported and the run carries on; "done" in any case is taken', () => {
    const out = file('refused.json');
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'emulate',
        '--',
        '--workbook',
        edited,
        '--as',
        PROSPECT,
        '--edit',
        `${QUOTED}!H9=Finished`,
        '--edit',
        `${QUOTED}!H10=done`,
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('H9 rejected:');
    const map = tabOf(JSON.parse(readFileSync(out, 'utf8')) as EmulatorState, MAP);
    expect(map.values[8][7]).toBe(tabOf(day2, MAP).values[8][7]);
    expect(map.values[9][7]).toBe('done');
    expect(map.values[9][8]).toEqual({ date: '2026-11-02' });
  });
});
