// The emulator's command line as dev/emulator/README.md teaches it, one run's --out the next
// run's --workbook, each run's state JSON checked (values with {"date": ...}, effective
// backgrounds, the outbox, lastCall). In Kathmandu (+05:45, script far away) the owner creates
// the plan and turns the weekly email on, the prospect edits it, a week passes, and bad input is
// reported with the run carrying on. In Auckland a prospect's edits stamp Done on and record a
// slip. In Apia (+13, script in Casablanca) the runs straddle New Year: a date typed the en_US
// way, a word and a failing formula, then the first minute of the year.
import { readFileSync } from 'node:fs';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';
import type { PlanStatusResult } from '../../../src/shared/api';
import { emulate, emulateTo, stateDir, tabOf } from '../../support/cli';
import { expectedState, FILL } from '../../support/plan-oracle';
import { headerValue, headingRow, stepRows } from '../../support/sheet';
import { OWNER, PROSPECT } from '../../support/world';

const file = stateDir();

const tabNamesOf = (state: EmulatorState) =>
  (state.spreadsheet as unknown as { sheets: SheetState[] }).sheets.map((s) => s.name);

const RTL_CUSTOMER = '🚀 شركة أكمي';
const RTL_MAP = `MAP – ${RTL_CUSTOMER}`;
const rtl = (cell: string) => `'${RTL_MAP}'!${cell}`;

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
    day1 = emulateTo(
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
    day2 = emulateTo(
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
    week1 = emulateTo(
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
    expect(tabNamesOf(day1)).toEqual([MAP, 'Stakeholders', 'Slip history', 'Sheet1']);
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
    // The add-on's Done on stamp: the day at one second past midnight, unlike a typed date.
    expect(row(8)[8]).toEqual({ date: '2026-11-02T00:00:01' });
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
    const state = emulateTo(
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
    const run = emulate([
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
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('H9 rejected:');
    const map = tabOf(JSON.parse(readFileSync(out, 'utf8')) as EmulatorState, MAP);
    expect(map.values[8][7]).toBe(tabOf(day2, MAP).values[8][7]);
    expect(map.values[9][7]).toBe('done');
    // The add-on's Done on stamp: the day at one second past midnight, unlike a typed date.
    expect(map.values[9][8]).toEqual({ date: '2026-11-02T00:00:01' });
  });
});

function planTab(state: EmulatorState): SheetState {
  return tabOf(state, RTL_MAP);
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
  const first = file('eve.json');
  let eve: EmulatorState;
  let day: EmulatorState;

  beforeAll(() => {
    eve = emulateTo(
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
        {
          template: 'velocity',
          customer: RTL_CUSTOMER,
          vendor: 'Globex',
          signatureDate: '2027-01-29',
        },
      ]),
      '--as',
      PROSPECT,
      '--edit',
      `${rtl('E8')}=Pat`,
      '--edit',
      `${rtl('G8')}=12/31/2026`,
      '--edit',
      `${rtl('G9')}=next week`,
      '--edit',
      `${rtl('G11')}==1/0`,
      '--edit',
      `${rtl('H10')}=Done`,
      '--call',
      'getPlanStatus',
    );
    day = emulateTo(
      file('new-year.json'),
      '--workbook',
      first,
      '--now',
      '2027-01-01T00:00:30',
      '--as',
      PROSPECT,
      '--edit',
      `${rtl('H12')}=Done`,
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
    // The add-on's Done on stamp: the day at one second past midnight, unlike a typed date.
    expect(planTab(eve).values[9][8]).toEqual({ date: '2026-12-31T00:00:01' });
  });

  it('run 1: keeps the customer as text in the header', () => {
    expect(headerValue(planTab(eve), 'Customer')).toBe(RTL_CUSTOMER);
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
    // The add-on's Done on stamp: the day at one second past midnight, unlike a typed date.
    expect(planTab(day).values[11][8]).toEqual({ date: '2027-01-01T00:00:01' });
    expect(headerValue(planTab(day), 'Progress')).toBe('2 of 6 done (33%)');
    expect(day.executions.filter((e) => !e.ok)).toEqual([]);
  });
});

describe('npm run emulate: a prospect edits the plan', () => {
  const created = file('auckland.json');
  const edited = file('auckland-edited.json');
  const options = {
    template: 'velocity',
    customer: 'Acme',
    vendor: 'Globex',
    signatureDate: '2026-12-15',
  };

  it('stamps the Done date and records the slip', () => {
    const before = emulateTo(
      created,
      '--tz',
      'Pacific/Auckland',
      '--now',
      '2026-11-02T09:00:00',
      '--call',
      'createPlan',
      '--args',
      JSON.stringify([options]),
    );
    const demo = tabOf(before, 'MAP – Acme').values[8];
    expect(demo[2]).toBe('Demo');

    const after = emulateTo(
      edited,
      '--workbook',
      created,
      '--as',
      'prospect@customer.example',
      '--edit',
      'MAP – Acme!H8=Done',
      '--edit',
      'MAP – Acme!G9=2026-12-04',
    );
    expect(after.executions.filter((e) => !e.ok)).toEqual([]);
    const map = tabOf(after, 'MAP – Acme');
    expect(map.values[7][7]).toBe('Done');
    // The add-on's Done on stamp: the day at one second past midnight, unlike a typed date.
    expect(map.values[7][8]).toEqual({ date: '2026-11-02T00:00:01' });
    expect(map.values[8][6]).toEqual({ date: '2026-12-04' });
    expect(map.values[8][9]).toEqual(demo[9]); // the baseline did not move
    expect(tabOf(after, 'Slip history').values[1]).toEqual([
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
