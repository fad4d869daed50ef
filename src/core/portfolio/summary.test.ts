import fc from 'fast-check';
import { addDays } from '../dates';
import {
  STATUSES,
  locateStepTable,
  parseSteps,
  summarizePlan,
  type ParsedStep,
  type Side,
} from '../plan';
import { dealStatusOn } from './deal';
import { portfolioOf } from './portfolio';
import { readRegistry } from './registry';
import { summarizeForPortfolio, type PortfolioStepInput } from './summary';
import { encodeSummary } from './summary-codec';

const BASE = '2026-11-02';
const ID = 'sheet-1';

function step(row: number, over: Partial<ParsedStep> = {}): ParsedStep {
  return {
    row,
    number: '',
    phase: '',
    step: `Step ${row}`,
    side: 'Joint',
    owner: 'Ana',
    ownerEmail: '',
    targetDate: null,
    status: 'Not started',
    doneOn: null,
    baselineDate: null,
    notes: '',
    ...over,
  };
}

function summarize(steps: readonly PortfolioStepInput[], asOf = `${BASE}T09:00:00Z`) {
  return summarizeForPortfolio({
    spreadsheetId: ID,
    url: `https://docs.google.com/spreadsheets/d/${ID}/edit`,
    timeZone: 'UTC',
    header: { customer: 'Acme', vendor: 'Globex', signatureDate: '2026-12-18' },
    steps,
    asOf,
    lastCustomerEdit: null,
  });
}

/** The summary as getPortfolio would see it: encoded, stored, read back. */
function stored(steps: readonly PortfolioStepInput[]) {
  const { key, value } = encodeSummary(summarize(steps));
  const entry = readRegistry({ [key]: value }).entries[0];
  if (!entry?.summary) throw new Error('summary did not read back');
  return entry.summary;
}

describe('summarizeForPortfolio', () => {
  it('counts from every step and keeps the open dated ones, earliest first', () => {
    const summary = summarize([
      step(10, { status: 'Done', targetDate: '2026-10-20' }),
      step(11, { targetDate: '2026-11-20', side: 'Vendor' }),
      step(12, { targetDate: '2026-10-30', side: 'Prospect', owner: '' }),
      step(13, { targetDate: null, side: 'Prospect' }),
      step(14, { status: 'Skipped', side: 'Prospect', owner: '' }),
      { ...step(15, { status: 'Blocked', targetDate: '2026-11-20' }), needsSeller: true },
    ]);
    expect(summary.progress).toEqual({ done: 1, total: 5, percent: 20 });
    expect(summary.uncommitted).toBe(2);
    // Rows 10, 12, 13 and 15; the Done one counts as committed, the Skipped one not at all.
    expect(summary.customerSide).toEqual({ steps: 4, committed: 2, noOwner: 1, noDate: 1 });
    expect(summary.steps.map((s) => [s.row, s.date, s.status, s.needsSeller])).toEqual([
      [12, '2026-10-30', 'Not started', false],
      [11, '2026-11-20', 'Not started', false],
      [15, '2026-11-20', 'Blocked', true],
    ]);
    expect(summary.asOf).toBe('2026-11-02T09:00:00Z');
  });

  it("reads a side spelled 'Customer' as the customer's, through the plan's own reader", () => {
    const values = [
      ['Step', 'Side', 'Owner', 'Target date', 'Status'],
      ['Security review', 'Customer', '', new Date('2026-11-20T00:00:00Z'), ''],
      ['Legal', 'customer', 'Lee', new Date('2026-11-21T00:00:00Z'), ''],
    ];
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    const { steps } = parseSteps(values, table, { timeZone: 'UTC' });
    const summary = summarize(steps);
    expect(summary.customerSide).toEqual({ steps: 2, committed: 1, noOwner: 1, noDate: 0 });
  });

  it('names the row of a step whose date is not a date', () => {
    expect(() => summarize([step(17, { targetDate: '2026-02-30' })])).toThrow(
      /^Row 17: target date "2026-02-30" is not a valid date/,
    );
  });

  it('refuses a summary time that is no time', () => {
    expect(() => summarize([], 'yesterday')).toThrow('The summary time "yesterday" is not a date');
  });
});

const SIDES: (Side | '')[] = ['Vendor', 'Prospect', 'Joint', ''];

const randomStep = fc.record({
  side: fc.constantFrom(...SIDES),
  owner: fc.constantFrom('', 'Ana', '  ', 'Raj Patel'),
  offset: fc.option(fc.integer({ min: -60, max: 150 }), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  title: fc.string({ unit: 'grapheme', maxLength: 120, size: 'max' }),
  needsSeller: fc.boolean(),
});

const randomPlan = fc.array(randomStep, { maxLength: 250, size: 'max' }).map((rows) =>
  rows.map((r, i) => ({
    ...step(10 + i, {
      side: r.side,
      owner: r.owner,
      status: r.status,
      step: r.title || 'x',
      targetDate: r.offset === null ? null : addDays(BASE, r.offset),
    }),
    needsSeller: r.needsSeller,
  })),
);

const randomToday = fc.integer({ min: -30, max: 400 }).map((d) => addDays(BASE, d));

describe('a stored summary agrees with the plan it came from', () => {
  it('status, late, progress and uncommitted, on any later day', () => {
    fc.assert(
      fc.property(randomPlan, randomToday, (steps, today) => {
        const plan = summarizePlan({
          steps,
          warnings: [],
          header: null,
          today,
          sheetName: 'MAP',
          timeZone: 'UTC',
        });
        const summary = stored(steps);
        const { status, late } = dealStatusOn(summary, today);
        expect(status).toBe(plan.status);
        expect(late).toBe(plan.late.length);

        const registry = readRegistry({ ...Object.fromEntries([toEntry(summary)]) });
        const deal = portfolioOf(registry, { today, nowInstant: `${today}T12:00:00Z` }).deals[0];
        expect(deal.status).toBe(plan.status);
        expect(deal.late).toBe(plan.late.length);
        expect(deal.progress).toEqual(plan.progress);
        expect(deal.uncommitted).toBe(plan.uncommitted.length);
      }),
      { numRuns: 100 },
    );
  });

  it('customer commitment is the share of customer-side steps not uncommitted, Skipped left out', () => {
    fc.assert(
      fc.property(randomPlan, (steps) => {
        const plan = summarizePlan({
          steps,
          warnings: [],
          header: null,
          today: BASE,
          sheetName: 'MAP',
          timeZone: 'UTC',
        });
        const uncommittedRows = new Set(plan.uncommitted.map((u) => u.row));
        const customer = steps.filter(
          (s) => (s.side === 'Prospect' || s.side === 'Joint') && s.status !== 'Skipped',
        );
        const committed = customer.filter((s) => !uncommittedRows.has(s.row)).length;
        const registry = readRegistry(Object.fromEntries([toEntry(summarize(steps))]));
        const deal = portfolioOf(registry, { today: BASE, nowInstant: `${BASE}T12:00:00Z` })
          .deals[0];
        expect(deal.prospectCommitment).toBe(
          customer.length === 0 ? null : Math.round((100 * committed) / customer.length),
        );
      }),
      { numRuns: 100 },
    );
  });
});

function toEntry(summary: ReturnType<typeof summarize>): [string, string] {
  const { key, value } = encodeSummary(summary);
  return [key, value];
}
