// "Your deals" through the emulator's command line, as a seller lives it: four plans created
// through the add-on in four odd zones (quarter-hour offsets, a 30-minute DST) the week of the
// year's end, read back with getPortfolio from a blank spreadsheet in a fifth zone. The portfolio
// must agree with each plan's own getPlanStatus on the day it is asked: right away, after four
// days with no edit (across New Year, steps falling late), and after the prospect edits one plan
// (the owner's own edit in another counts as nobody's customer edit).
// The expected weeks are worked out here from the sheets' own cells.
import { readFileSync } from 'node:fs';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';
import type {
  CreatePlanResult,
  PlanStatusResult,
  PortfolioJson,
  PortfolioWeekJson,
} from '../../../src/shared/api';
import { emulateJson, stateDir, type CliCallResult } from '../../support/cli';
import { addDays } from '../../support/plan-oracle';
import { isSellerWork } from '../../support/seller-steps';
import { dayOf, headingRow } from '../../support/sheet';
import { OWNER } from '../../support/world';

const file = stateDir();
const PAT = 'pat@yeti.example';

interface Summary {
  clock: string;
  spreadsheets: { id: string; name: string; timeZone: string }[];
  results: CliCallResult[];
  failedExecutions: string[];
}

const DEALS = [
  {
    name: 'Kiwi deal',
    zone: 'Pacific/Chatham',
    customer: 'Kiwi',
    template: 'velocity',
    signature: '2027-01-22',
  },
  {
    name: 'Yeti deal',
    zone: 'Asia/Kathmandu',
    customer: 'Yeti',
    template: 'mid-market',
    signature: '2027-02-12',
  },
  {
    name: 'Cod deal',
    zone: 'America/St_Johns',
    customer: 'Cod',
    template: 'poc',
    signature: '2027-02-05',
  },
  {
    name: 'Howe deal',
    zone: 'Australia/Lord_Howe',
    customer: 'Howe',
    template: 'enterprise',
    signature: '2027-03-26',
  },
] as const;
/** The blank spreadsheet the seller asks from: its today decides the weeks. */
const BLANK = { name: 'Board', zone: 'America/St_Johns' };

const plan = (d: (typeof DEALS)[number]) =>
  JSON.stringify([
    {
      template: d.template,
      customer: d.customer,
      vendor: 'Globex',
      signatureDate: d.signature,
      sellers: [{ name: 'Olivia Owner', email: OWNER, role: 'SE' }],
    },
  ]);

/** One getPortfolio from the blank spreadsheet, then each plan's own getPlanStatus. */
const readAll = (): string[] => [
  ...['--spreadsheet', BLANK.name, '--call', 'getPortfolio'],
  ...DEALS.flatMap((d) => ['--spreadsheet', d.name, '--call', 'getPlanStatus']),
];

interface Reading {
  portfolio: PortfolioJson;
  own: Map<string, PlanStatusResult>;
}

/** The results of one readAll, in its order. */
function readingOf(results: CliCallResult[]): Reading {
  for (const r of results) if (!r.ok) throw new Error(`${r.name} in ${r.spreadsheet}: ${r.error}`);
  const [portfolio, ...statuses] = results;
  expect(portfolio).toMatchObject({ name: 'getPortfolio', spreadsheet: BLANK.name });
  return {
    portfolio: portfolio.result as PortfolioJson,
    own: new Map(statuses.map((s) => [s.spreadsheet, s.result as PlanStatusResult])),
  };
}

function spreadsheetsOf(state: EmulatorState) {
  return [state.spreadsheet, ...state.otherSpreadsheets] as unknown as {
    id: string;
    name: string;
    sheets: SheetState[];
  }[];
}

/** The day an instant falls on in a zone, by the platform's Intl (not the add-on's code). */
function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(instant));
}

/** Monday on or before a day. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

interface ExpectedItem {
  spreadsheetId: string;
  row: number;
  date: string;
}

/** The seller's open dated steps of every plan, each in its week of the eight shown. */
function expectedWeeks(state: EmulatorState, today: string): ExpectedItem[][] {
  const first = mondayOf(today);
  const weeks: ExpectedItem[][] = Array.from({ length: 8 }, () => []);
  for (const ss of spreadsheetsOf(state)) {
    const map = ss.sheets.find((s) => s.name.startsWith('MAP'));
    if (!map) continue;
    const head = headingRow(map);
    const col = (h: string) => map.values[head - 1].indexOf(h);
    for (const [i, cells] of map.values.slice(head).entries()) {
      const step = String(cells[col('Step')] ?? '');
      const side = String(cells[col('Side')] ?? '');
      const status = String(cells[col('Status')] ?? '');
      const date = dayOf(cells[col('Target date')]);
      if (step === '' || date === null || status === 'Done' || status === 'Skipped') continue;
      if (!isSellerWork(side, step)) continue;
      const days = (Date.parse(date) - Date.parse(first)) / 86_400_000;
      const week = date < today ? 0 : Math.floor(days / 7);
      if (week < 8) weeks[week].push({ spreadsheetId: ss.id, row: head + 1 + i, date });
    }
  }
  return weeks;
}

function expectWeeks(weeks: PortfolioWeekJson[], state: EmulatorState, today: string): void {
  const expected = expectedWeeks(state, today);
  const key = (i: ExpectedItem) => `${i.spreadsheetId}#${i.row}@${i.date}`;
  expect(weeks.map((w) => w.weekStart)).toEqual(
    expected.map((_, i) => addDays(mondayOf(today), 7 * i)),
  );
  for (const [i, week] of weeks.entries()) {
    expect(week.items.map(key).sort()).toEqual(expected[i].map(key).sort());
    expect(week.crunch).toBe(new Set(expected[i].map((x) => x.spreadsheetId)).size >= 2);
  }
}

function expectAgreement({ portfolio, own }: Reading, ids: Map<string, string>): void {
  expect(portfolio.deals).toHaveLength(DEALS.length);
  for (const d of DEALS) {
    const mine = own.get(d.name) as PlanStatusResult;
    const deal = portfolio.deals.find((x) => x.spreadsheetId === ids.get(d.name));
    expect({
      customer: deal?.customer,
      status: deal?.status,
      progress: deal?.progress,
      late: deal?.late,
      uncommitted: deal?.uncommitted,
      signatureDate: deal?.signatureDate,
    }).toEqual({
      customer: d.customer,
      status: mine.status,
      progress: mine.progress,
      late: mine.late.length,
      uncommitted: mine.uncommitted.length,
      signatureDate: mine.signatureDate,
    });
  }
}

describe('four plans in four odd zones, seen from a blank spreadsheet', () => {
  let created: Summary;
  let afterEdit: Summary;
  let atCreation: Reading;
  let fourDaysOn: Reading;
  let edited: Reading;
  let ids: Map<string, string>;
  let first: EmulatorState;
  let second: EmulatorState;
  let yetiSheet: string;
  let doneRow: number;
  let ownerRow: number;

  beforeAll(() => {
    // Monday Dec 28, 09:00 in Chatham: still Sunday Dec 27 in St John's, where the board is.
    created = emulateJson<Summary>([
      ...['--tz', DEALS[0].zone, '--now', '2026-12-28T09:00:00'],
      ...DEALS.flatMap((d) => [
        ...['--tz', d.zone, '--spreadsheet', d.name],
        ...['--call', 'createPlan', '--args', plan(d)],
      ]),
      ...['--tz', BLANK.zone],
      ...readAll(),
      ...['--advance', '4d'],
      ...readAll(),
      ...['--out', file('created.json'), '--summary'],
    ]);
    first = JSON.parse(readFileSync(file('created.json'), 'utf8')) as EmulatorState;
    ids = new Map(created.spreadsheets.map((s) => [s.name, s.id]));
    const creates = created.results.slice(0, DEALS.length);
    atCreation = readingOf(created.results.slice(DEALS.length, 2 * DEALS.length + 1));
    fourDaysOn = readingOf(created.results.slice(2 * DEALS.length + 1));
    yetiSheet = (creates[1].result as CreatePlanResult).sheetName;

    // Four days on, the prospect names an owner for one of their steps, then marks the first
    // open step Done; the seller looks again from the board without opening the plan.
    const yeti = fourDaysOn.own.get('Yeti deal') as PlanStatusResult;
    doneRow = yeti.next[0].row;
    ownerRow = (
      yeti.uncommitted.find((s) => s.row !== doneRow && s.owner === '') ?? yeti.uncommitted[0]
    ).row;
    // The owner marks a step Done in Kiwi first: their own edit is no customer's.
    const kiwiSheet = (creates[0].result as CreatePlanResult).sheetName;
    const kiwiRow = (fourDaysOn.own.get('Kiwi deal') as PlanStatusResult).next[0].row;
    afterEdit = emulateJson<Summary>([
      ...['--workbook', file('created.json'), '--spreadsheet', 'Kiwi deal'],
      ...['--edit', `${kiwiSheet}!H${kiwiRow}=Done`],
      ...['--spreadsheet', 'Yeti deal', '--as', PAT],
      ...['--edit', `${yetiSheet}!E${ownerRow}=Pat Prospect`],
      ...['--edit', `${yetiSheet}!H${doneRow}=Done`],
      ...['--as', OWNER],
      ...readAll(),
      ...['--out', file('edited.json'), '--summary'],
    ]);
    second = JSON.parse(readFileSync(file('edited.json'), 'utf8')) as EmulatorState;
    edited = readingOf(afterEdit.results);
  });

  it('creates each plan in its own zone, through the add-on', () => {
    expect(created.results.slice(0, DEALS.length).map((r) => [r.spreadsheet, r.ok])).toEqual(
      DEALS.map((d) => [d.name, true]),
    );
    for (const d of DEALS) {
      expect(created.spreadsheets.find((s) => s.name === d.name)?.timeZone).toBe(d.zone);
    }
    expect(created.failedExecutions).toEqual([]);
    expect(afterEdit.failedExecutions).toEqual([]);
  });

  it('counts the weeks from the board’s own today', () => {
    expect(atCreation.portfolio.today).toBe('2026-12-27');
    expect(fourDaysOn.portfolio.today).toBe(dayIn(created.clock, BLANK.zone));
    expect(fourDaysOn.portfolio.today).toBe('2026-12-31');
  });

  it("agrees with each plan's getPlanStatus right after creation", () => {
    expectAgreement(atCreation, ids);
  });

  it('agrees four days on, across New Year, with no edit in between', () => {
    expectAgreement(fourDaysOn, ids);
    expect(fourDaysOn.portfolio.deals.some((d) => d.late > 0)).toBe(true);
    expect(fourDaysOn.portfolio.deals.every((d) => d.lastCustomerEdit === null)).toBe(true);
  });

  it('agrees after the prospect edits one plan, and knows the customer edited it', () => {
    expectAgreement(edited, ids);
    const yeti = edited.portfolio.deals.find((d) => d.customer === 'Yeti');
    const before = fourDaysOn.portfolio.deals.find((d) => d.customer === 'Yeti');
    expect(yeti?.progress.done).toBe((before?.progress.done ?? 0) + 1);
    expect(yeti?.uncommitted).toBeLessThan(before?.uncommitted ?? 0);
    expect(yeti?.lastCustomerEdit).not.toBeNull();
    const others = edited.portfolio.deals.filter((d) => d.customer !== 'Yeti');
    expect(others.every((d) => d.lastCustomerEdit === null)).toBe(true);
  });

  it("counts the owner's own edit in the plan, never as the customer's", () => {
    const kiwi = edited.portfolio.deals.find((d) => d.customer === 'Kiwi');
    const before = fourDaysOn.portfolio.deals.find((d) => d.customer === 'Kiwi');
    expect(kiwi?.progress.done).toBe((before?.progress.done ?? 0) + 1);
    expect(kiwi?.lastCustomerEdit).toBeNull();
  });

  it('puts crunch weeks exactly where two or more deals have seller work', () => {
    // The cells did not change between creation and four days on: only today did.
    expectWeeks(atCreation.portfolio.weeks, first, '2026-12-27');
    expectWeeks(fourDaysOn.portfolio.weeks, first, '2026-12-31');
    expectWeeks(edited.portfolio.weeks, second, '2026-12-31');
    const all = [atCreation, fourDaysOn, edited].flatMap((r) => r.portfolio.weeks);
    expect(all.some((w) => w.crunch)).toBe(true);
    expect(all.some((w) => !w.crunch && w.items.length > 0)).toBe(true);
    // A customer-side step the SE works on is in the seller's weeks.
    expect(all.flatMap((w) => w.items).some((i) => i.side === 'Prospect')).toBe(true);
  });

  it('drops the step the prospect marked Done from the weeks', () => {
    const id = ids.get('Yeti deal');
    const rows = (r: Reading) =>
      r.portfolio.weeks.flatMap((w) => w.items).filter((i) => i.spreadsheetId === id);
    expect(rows(fourDaysOn).some((i) => i.row === doneRow)).toBe(true);
    expect(rows(edited).some((i) => i.row === doneRow)).toBe(false);
  });
});
