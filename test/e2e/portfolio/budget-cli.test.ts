// Google's 20 triggers per user, through the emulator's command line: one seller creates fifteen
// plans in odd zones the week of the year's end and asks for the weekly email on each. Every
// answer is the add-on's own words (never Google's "too many triggers"), every plan either holds
// its edit trigger or was refused whole, and each refusal names the plans holding the triggers.
// Archiving frees a deal's triggers and takes its steps out of the weeks; reopening takes them
// back, weekly email included, when they fit. Google starts the hourly triggers without their
// spreadsheet (--clock-without-document): the portfolio names each plan, never calling it "busy".
// One command line, so the fifteen plans are built once.
import { readFileSync } from 'node:fs';
import type { EmulatorState } from '../../../dev/emulator';
import type { SheetState } from '../../../dev/emulator/spreadsheet';
import type { PortfolioJson, SidebarState } from '../../../src/shared/api';
import { emulateJson, stateDir, type CliCallResult } from '../../support/cli';
import { dayOf, headingRow } from '../../support/sheet';
import { OWNER, WEEKLY } from '../../support/world';

const file = stateDir();
const ZONES = ['Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe'];
const PLANS = 15;
const GOOGLE = /too many triggers|exception|this script|triggers must be deleted/i;
const USER_TEXT = 'Call notes: pricing agreed in principle';

interface Summary {
  spreadsheets: { id: string; name: string }[];
  results: CliCallResult[];
  triggers: { handler: string; documentId: string }[];
  failedExecutions: string[];
  log: string[];
}

const deal = (i: number) => `Deal ${i}`;
const customer = (i: number) => `C${i}`;
const plan = (i: number) =>
  JSON.stringify([
    {
      template: 'velocity',
      customer: customer(i),
      vendor: 'Globex',
      signatureDate: '2027-01-29',
      sellers: [{ name: 'Olivia Owner', email: OWNER }],
    },
  ]);
const call = (spreadsheet: string, name: string, args?: unknown[]) => [
  ...['--spreadsheet', spreadsheet, '--call', name],
  ...(args ? ['--args', JSON.stringify(args)] : []),
];
const weekly = (i: number) => call(deal(i), 'configureWeeklyDigest', [WEEKLY]);

function tabsOf(state: EmulatorState, name: string): SheetState[] {
  const all = [state.spreadsheet, ...state.otherSpreadsheets] as unknown as {
    name: string;
    sheets: SheetState[];
  }[];
  const found = all.find((s) => s.name === name);
  if (!found) throw new Error(`no spreadsheet ${name}`);
  return found.sheets;
}

const mapOf = (state: EmulatorState, i: number) =>
  tabsOf(state, deal(i)).find((s) => s.name.startsWith('MAP')) as SheetState;

describe('fifteen plans that want the weekly email, one seller', () => {
  let run: Summary;
  let state: EmulatorState;
  const byStep = new Map<string, CliCallResult[]>();
  const ids = new Map<string, string>();
  const at = (key: string, n = 0) => (byStep.get(key) ?? [])[n];
  const portfolio = (key: string, n = 0) => at(key, n).result as PortfolioJson;

  beforeAll(() => {
    const steps: string[][] = [
      ['--tz', ZONES[0], '--now', '2026-12-30T10:00:00'],
      ...Array.from({ length: PLANS }, (_, k) => [
        ...['--tz', ZONES[k % ZONES.length]],
        ...call(deal(k + 1), 'createPlan', JSON.parse(plan(k + 1)) as unknown[]),
      ]),
      ...Array.from({ length: PLANS }, (_, k) => weekly(k + 1)),
      call(deal(16), 'createPlan', JSON.parse(plan(16)) as unknown[]),
      call('Board', 'getPortfolio'),
      // The seller's own text sits right above the headings of Deal 1 and Deal 15.
      ['--spreadsheet', deal(1), '--edit', `MAP – C1!A6=${USER_TEXT}`],
      ['--spreadsheet', deal(15), '--edit', `MAP – C15!A6=${USER_TEXT}`],
      call(deal(1), 'archiveDeal', [{ outcome: 'won' }]),
      weekly(6),
      call('Board', 'getPortfolio'),
      call(deal(1), 'reopenDeal'),
      call(deal(2), 'archiveDeal', [{ outcome: 'closed' }]),
      // Archived again with another outcome: the weekly email is still owed on reopening.
      call(deal(2), 'archiveDeal', [{ outcome: 'won' }]),
      call(deal(2), 'reopenDeal'),
      call(deal(15), 'archiveDeal', [{ outcome: 'lost' }]),
      // Its freed trigger goes to Deal 7's email; Deal 15 then cannot come back, nor mail.
      weekly(7),
      call(deal(15), 'reopenDeal'),
      weekly(15),
      call(deal(15), 'getSidebarState'),
      // Deal 1's table moved down a row: its edit trigger still stamps Done.
      ['--spreadsheet', deal(1), '--as', 'pat@c1.example', '--edit', 'MAP – C1!H9=Done'],
      ['--as', OWNER],
      call(deal(1), 'getPlanStatus'),
      ['--advance', '1h'],
      call('Board', 'getPortfolio'),
    ];
    run = emulateJson<Summary>([
      '--clock-without-document',
      ...steps.flat(),
      ...['--out', file('budget.json'), '--summary'],
    ]);
    state = JSON.parse(readFileSync(file('budget.json'), 'utf8')) as EmulatorState;
    for (const s of run.spreadsheets) ids.set(s.name, s.id);
    for (const r of run.results) {
      const key = `${r.name} ${r.spreadsheet}`;
      byStep.set(key, [...(byStep.get(key) ?? []), r]);
    }
  });

  it('never shows Google’s own error text, in any answer', () => {
    expect(run.results.length).toBeGreaterThan(2 * PLANS);
    for (const r of run.results) {
      expect(`${r.error ?? ''} ${JSON.stringify(r.result ?? null)}`).not.toMatch(GOOGLE);
    }
    // What failed is the refusals, each in the add-on's words; nothing else.
    expect(run.failedExecutions.length).toBe(13);
    for (const failed of run.failedExecutions) {
      expect(failed).toMatch(
        /^(configureWeeklyDigest: The weekly email stays off|createPlan: The plan was not created|reopenDeal: The deal stays archived|configureWeeklyDigest: This deal is archived)/,
      );
    }
  });

  it('creates the fifteen plans, then turns the email on for as many as fit and says so for the rest', () => {
    for (let i = 1; i <= PLANS; i++) {
      expect(at(`createPlan ${deal(i)}`)).toMatchObject({ ok: true });
    }
    const answers = Array.from({ length: PLANS }, (_, k) =>
      at(`configureWeeklyDigest ${deal(k + 1)}`),
    );
    expect(answers.map((a) => a.ok)).toEqual(Array.from({ length: PLANS }, (_, k) => k < 5));
    for (const refused of answers.filter((a) => !a.ok)) {
      expect(refused.error).toMatch(/^The weekly email stays off: it needs a trigger/);
      expect(refused.error).toMatch(/You have 20 of 20 triggers in use: C1 \(2\), C2 \(2\)/);
      expect(refused.error).toMatch(/Archive a closed deal/);
    }
  });

  it('refuses a sixteenth plan whole, saying why, and writes nothing', () => {
    const refused = at(`createPlan ${deal(16)}`);
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(
      /^The plan was not created, and nothing was written: it needs a trigger of its own to stamp Done dates/,
    );
    expect(refused.error).toMatch(/C1 \(2\).*Archive a closed deal/);
    expect(tabsOf(state, deal(16)).map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('loses no edit trigger silently: every plan not archived holds its own', () => {
    const edit = new Set(
      run.triggers.filter((t) => t.handler === 'onPlanEdit').map((t) => t.documentId),
    );
    for (let i = 1; i <= PLANS; i++) {
      expect([deal(i), edit.has(ids.get(deal(i)) as string)]).toEqual([deal(i), i !== 15]);
    }
    expect(run.triggers).toHaveLength(20);
  });

  it('archiving frees the triggers so the next plan gets its email, and takes the steps out of the weeks', () => {
    const before = portfolio('getPortfolio Board', 0);
    const archived = portfolio(`archiveDeal ${deal(1)}`);
    const after = portfolio('getPortfolio Board', 1);
    const id = ids.get(deal(1));
    const itemsOf = (p: PortfolioJson) =>
      p.weeks.flatMap((w) => w.items).filter((i) => i.spreadsheetId === id);
    expect(before.triggers.used).toBe(20);
    expect(itemsOf(before).length).toBeGreaterThan(0);
    expect(archived.triggers.used).toBe(18);
    expect(archived.deals.find((d) => d.spreadsheetId === id)?.archived?.outcome).toBe('won');
    expect(itemsOf(archived)).toEqual([]);
    expect(at(`configureWeeklyDigest ${deal(6)}`, 1)).toMatchObject({ ok: true });
    expect(after.triggers.used).toBe(19);
    expect(itemsOf(after)).toEqual([]);
  });

  it('reopens a deal when its edit trigger fits, and says its weekly email stays off, naming the plans', () => {
    const reopened = portfolio(`reopenDeal ${deal(1)}`);
    const id = ids.get(deal(1));
    expect(reopened.deals.find((d) => d.spreadsheetId === id)?.archived).toBeNull();
    expect(reopened.triggers.used).toBe(20);
    expect(reopened.warnings[0]).toEqual({
      spreadsheetId: id,
      message: expect.stringMatching(
        /^C1 × Globex is reopened\. The weekly email stays off: .* You have 20 of 20 triggers in use: .*Archive a closed deal/,
      ),
    });
  });

  it('reopens a deal with its weekly email on again when both triggers fit', () => {
    const id = ids.get(deal(2));
    expect(portfolio(`archiveDeal ${deal(2)}`).triggers.used).toBe(18);
    const again = portfolio(`archiveDeal ${deal(2)}`, 1);
    expect(again.deals.find((d) => d.spreadsheetId === id)?.archived?.outcome).toBe('won');
    const reopened = portfolio(`reopenDeal ${deal(2)}`);
    expect(reopened.triggers.used).toBe(20);
    expect(reopened.warnings.filter((w) => w.spreadsheetId === id)).toEqual([]);
    expect(
      run.triggers
        .filter((t) => t.documentId === id)
        .map((t) => t.handler)
        .sort(),
    ).toEqual(['onPlanEdit', 'weeklyDigestTick']);
  });

  it('keeps an archived deal archived when its trigger does not fit, and its email off', () => {
    expect(at(`configureWeeklyDigest ${deal(7)}`, 1)).toMatchObject({ ok: true });
    const refused = at(`reopenDeal ${deal(15)}`);
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(
      /^The deal stays archived: .* You have 20 of 20 triggers in use: .*Archive a closed deal/,
    );
    expect(at(`configureWeeklyDigest ${deal(15)}`, 1).error).toMatch(
      /^This deal is archived, so its weekly email stays off: reopen it/,
    );
    // The plan's own sidebar says so too.
    expect((at(`getSidebarState ${deal(15)}`).result as SidebarState).archived).toEqual({
      outcome: 'lost',
      at: expect.stringMatching(/^2026-12-29T20:15:00/),
    });
  });

  it('shows the archive line above the headings without overwriting the seller’s text, and clears it on reopening', () => {
    const archived = mapOf(state, 15);
    const head = headingRow(archived);
    expect(archived.values[5][0]).toBe(USER_TEXT);
    expect(head).toBe(8);
    // Dated in the plan's own zone: St John's, still Dec 29.
    expect(String(archived.values[head - 2][0])).toMatch(/^Archived: deal lost on Dec 29, 2026\./);

    const reopened = mapOf(state, 1);
    expect(reopened.values[5][0]).toBe(USER_TEXT);
    expect(reopened.values.flat().some((v) => /^Archived:/.test(String(v)))).toBe(false);
    const row = headingRow(reopened) + 1;
    expect(row).toBe(9);
    const doneOn = reopened.values[headingRow(reopened) - 1].indexOf('Done on');
    expect(dayOf(reopened.values[row - 1][doneOn])).not.toBeNull();
    expect(at(`getPlanStatus ${deal(1)}`).result).toMatchObject({ progress: { done: 1 } });
  });

  it('reports every hourly run Google started without its spreadsheet, by plan, never as busy', () => {
    const seen = portfolio('getPortfolio Board', 2);
    const withEmail = [2, 3, 4, 5, 6, 7].map((i) => ids.get(deal(i)));
    for (const d of seen.deals) {
      if (withEmail.includes(d.spreadsheetId)) {
        expect(d.background).toMatchObject({
          ok: false,
          hadDocument: false,
          outcome: 'ran without its document',
        });
      } else {
        expect(d.background).toBeNull();
      }
    }
    const warnings = seen.warnings.map((w) => w.message);
    for (const i of [2, 3, 4, 5, 6, 7]) {
      expect(warnings).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${customer(i)}: the hourly run on .* without its spreadsheet`),
        ),
      );
    }
    expect(JSON.stringify(seen)).not.toMatch(/busy/i);
    expect(run.log.join('\n')).toMatch(/started without its spreadsheet/);
  });
});
