import fc from 'fast-check';
import { addDays, dayOfWeek } from '../dates';
import type { ParsedStep, Side, StepStatus } from '../plan';
import { dealMeta, encodeMeta, type DealMeta } from './meta';
import { portfolioOf } from './portfolio';
import { readRegistry } from './registry';
import { encodeRun } from './run';
import { summarizeForPortfolio, type PortfolioStepInput } from './summary';
import { encodeSummary } from './summary-codec';
import { isSellerStep } from './weeks';

// Weeks are counted from the caller's today (the current spreadsheet's zone); the tests pass
// it directly, so none depends on the machine's zone. Each plan here is in UTC unless said.

interface PlanSpec {
  id: string;
  customer: string;
  steps: PortfolioStepInput[];
  asOf?: string;
  lastCustomerEdit?: string | null;
  timeZone?: string;
  signatureDate?: string | null;
  meta?: Partial<DealMeta>;
  run?: { ok: boolean; outcome: string; hadDocument: boolean; triggerUid?: string };
}

let row = 10;
function step(over: Partial<ParsedStep> & { needsSeller?: boolean } = {}): PortfolioStepInput {
  return {
    row: row++,
    step: `Step ${row}`,
    side: 'Vendor',
    owner: 'Sam',
    targetDate: null,
    status: 'Not started',
    ...over,
  };
}

function registryOf(plans: readonly PlanSpec[], now: string) {
  return readRegistry(propertiesOf(plans, now));
}

function propertiesOf(plans: readonly PlanSpec[], now: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const plan of plans) {
    const summary = encodeSummary(
      summarizeForPortfolio({
        spreadsheetId: plan.id,
        url: `https://docs.google.com/spreadsheets/d/${plan.id}/edit`,
        timeZone: plan.timeZone ?? 'UTC',
        header: {
          customer: plan.customer,
          vendor: 'Us',
          signatureDate: plan.signatureDate ?? null,
        },
        steps: plan.steps,
        asOf: plan.asOf ?? now,
        lastCustomerEdit: plan.lastCustomerEdit === undefined ? now : plan.lastCustomerEdit,
      }),
    );
    properties[summary.key] = summary.value;
    if (plan.meta) {
      const meta = encodeMeta(
        plan.id,
        dealMeta({ customer: plan.customer, url: '', timeZone: 'UTC', ...plan.meta }),
      );
      properties[meta.key] = meta.value;
    }
    if (plan.run) {
      const run = encodeRun(plan.id, { at: now, ...plan.run });
      properties[run.key] = run.value;
    }
  }
  return properties;
}

const TODAY = '2026-12-02'; // a Wednesday
const NOW = `${TODAY}T15:00:00Z`;

function portfolio(plans: readonly PlanSpec[], today = TODAY, now = NOW, crunchThreshold = 2) {
  return portfolioOf(registryOf(plans, now), { today, nowInstant: now, crunchThreshold });
}

describe('deals', () => {
  it('sorts by risk: status, then late steps, then weakest customer commitment; archived last', () => {
    const late = (days: number, n = 1) =>
      Array.from({ length: n }, () => step({ targetDate: addDays(TODAY, -days) }));
    const { deals } = portfolio([
      { id: 'onTrack', customer: 'Ontrack', steps: [step({ targetDate: TODAY })] },
      { id: 'atRisk', customer: 'Atrisk', steps: late(3) },
      { id: 'stalled1', customer: 'Stalled one', steps: late(9) },
      { id: 'stalled3', customer: 'Stalled three', steps: late(8, 3) },
      {
        id: 'weak',
        customer: 'Weak',
        steps: [...late(3), step({ side: 'Prospect', owner: '', targetDate: TODAY })],
      },
      {
        id: 'archived',
        customer: 'Archived',
        steps: late(30, 5),
        meta: { archived: { outcome: 'lost', at: NOW } },
      },
    ]);
    expect(deals.map((d) => [d.customer, d.status, d.late, d.prospectCommitment])).toEqual([
      ['Stalled three', 'Stalled', 3, null],
      ['Stalled one', 'Stalled', 1, null],
      ['Weak', 'At risk', 1, 0],
      ['Atrisk', 'At risk', 1, null],
      ['Ontrack', 'On track', 0, null],
      ['Archived', 'Stalled', 5, null],
    ]);
    expect(deals[5].archived).toEqual({ outcome: 'lost', at: NOW });
    expect(deals[5].signals).toEqual([]);
  });

  it("takes each deal's status on the plan's own day, in its zone", () => {
    // At 15:00 UTC on Dec 2 it is already Dec 3 in Auckland: a step due Dec 2 is late there.
    const { deals } = portfolio([
      {
        id: 'nz',
        customer: 'Kiwi',
        timeZone: 'Pacific/Auckland',
        steps: [step({ targetDate: TODAY })],
      },
      { id: 'utc', customer: 'Zulu', steps: [step({ targetDate: TODAY })] },
    ]);
    expect(deals.map((d) => [d.customer, d.status, d.late])).toEqual([
      ['Kiwi', 'At risk', 1],
      ['Zulu', 'On track', 0],
    ]);
  });

  it('speaks to the seller in plain sentences', () => {
    const { deals } = portfolio([
      {
        id: 'a',
        customer: 'Acme',
        signatureDate: '2026-11-30',
        lastCustomerEdit: '2026-11-20T09:00:00Z',
        steps: [
          step({ targetDate: '2026-11-30' }),
          step({ targetDate: '2026-11-23' }),
          ...Array.from({ length: 4 }, () =>
            step({ side: 'Prospect', owner: '', targetDate: TODAY }),
          ),
          step({ side: 'Joint', targetDate: null }),
          step({ side: 'Prospect', targetDate: TODAY }),
          step({ side: 'Joint', targetDate: TODAY }),
          step({ side: 'Prospect', targetDate: TODAY, status: 'Done' }),
        ],
      },
    ]);
    expect(deals[0].signals).toEqual([
      '2 steps late, the latest by 9 days',
      '4 of 8 customer steps have no owner — discuss with the AE',
      '1 of 8 customer steps has no date',
      'no customer edit in 12 days',
      'the signature date (Nov 30) has passed with 9 steps open',
    ]);
    expect(deals[0].prospectCommitment).toBe(38);
  });

  it('marks summaries older than a week stale and says to open the plan once', () => {
    const { deals, warnings } = portfolio([
      { id: 'old', customer: 'Old', asOf: '2026-11-20T09:00:00Z', steps: [] },
      { id: 'new', customer: 'New', asOf: '2026-11-26T09:00:00Z', steps: [] },
    ]);
    expect(deals.map((d) => [d.customer, d.stale])).toEqual([
      ['New', false],
      ['Old', true],
    ]);
    expect(warnings).toEqual([
      {
        spreadsheetId: 'old',
        message:
          'Old: this summary is from Nov 20, 12 days ago — open the plan once to refresh it.',
      },
    ]);
  });

  it('warns about a failed background run of a trigger the plan still holds', () => {
    const held = { triggers: [{ kind: 'clock' as const, id: '42' }] };
    const { deals, warnings } = portfolio([
      {
        id: 'quota',
        customer: 'Quota',
        steps: [],
        meta: held,
        run: {
          ok: false,
          outcome: 'no mail quota left today',
          hadDocument: true,
          triggerUid: '42',
        },
      },
      {
        id: 'nodoc',
        customer: 'Nodoc',
        steps: [],
        run: { ok: false, outcome: 'nothing was sent', hadDocument: false },
      },
      {
        id: 'gone',
        customer: 'Gone',
        steps: [],
        meta: held,
        run: { ok: false, outcome: 'authorization revoked', hadDocument: true, triggerUid: '7' },
      },
      {
        id: 'fine',
        customer: 'Fine',
        steps: [],
        run: { ok: true, outcome: 'sent to 4 people', hadDocument: true },
      },
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'Nodoc: the hourly run on Dec 2 failed (it started without its spreadsheet): nothing was sent.',
      'Quota: the hourly run on Dec 2 failed: no mail quota left today.',
    ]);
    expect(deals.find((d) => d.customer === 'Fine')?.background).toEqual({
      at: NOW,
      ok: true,
      outcome: 'sent to 4 people',
      hadDocument: true,
    });
  });

  it('reports malformed entries and the trigger budget among the warnings', () => {
    const plans: PlanSpec[] = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      customer: `Plan ${i}`,
      steps: [],
      meta: {
        triggers: [
          { kind: 'edit', id: `${i}1` },
          { kind: 'clock', id: `${i}2` },
        ],
      },
    }));
    const registry = registryOf(plans, NOW);
    registry.unreadable.push({
      key: 'map.deal.x.summary',
      spreadsheetId: 'x',
      kind: 'summary',
      problem: 'is not readable (not JSON)',
      newer: false,
    });
    const result = portfolioOf(registry, { today: TODAY, nowInstant: NOW });
    expect(result.triggers).toEqual({ used: 18, limit: 20 });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'The saved summary of one of your deals is not readable (not JSON); it is left out, and written again the next time that plan is opened.',
      expect.stringMatching(/^You have 18 of 20 triggers in use: Plan 0 \(2\), /),
    ]);
  });

  it('says when a plan is too large to list every step, and which plans hold triggers silently', () => {
    const big = Array.from({ length: 400 }, (_, i) =>
      step({ step: `A long step name to fill the summary ${i}`, targetDate: addDays(TODAY, i) }),
    );
    const silent = encodeMeta(
      'quiet',
      dealMeta({
        customer: 'Quiet',
        url: '',
        timeZone: 'UTC',
        triggers: [{ kind: 'edit', id: '5' }],
      }),
    );
    const registry = readRegistry({
      ...propertiesOf([{ id: 'big', customer: 'Big', steps: big }], NOW),
      [silent.key]: silent.value,
    });
    const { warnings } = portfolioOf(registry, { today: TODAY, nowInstant: NOW });
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^Big: the plan is too large to list every step here; its steps after (Dec|Jan) \d+ are counted but left out of the weeks\.$/,
      ),
      'Quiet holds 1 trigger of yours but has no summary here: open that plan once, or archive it to free them.',
    ]);
  });

  it('warns when the user properties near their 500 KB', () => {
    const registry = readRegistry({ 'other.feature': 'x'.repeat(410 * 1024) });
    const { warnings } = portfolioOf(registry, { today: TODAY, nowInstant: NOW });
    expect(warnings.map((w) => w.message)).toEqual([
      'Your add-on settings take 410.0 KB of the 500.0 KB Google keeps per user. Deals not opened for 45 days are removed from this list; archive closed deals so they go sooner.',
    ]);
  });
});

describe('weeks', () => {
  it('are this week and the seven after, Monday-based, late steps in this week', () => {
    const { weeks } = portfolio([
      {
        id: 'a',
        customer: 'Acme',
        steps: [
          step({ targetDate: '2026-10-01' }), // long late
          step({ targetDate: '2026-11-30' }), // Monday this week, late
          step({ targetDate: '2026-12-06' }), // Sunday this week
          step({ targetDate: '2026-12-07' }), // Monday next week
          step({ targetDate: '2027-01-24' }), // Sunday of the eighth week
          step({ targetDate: '2027-01-25' }), // beyond
          step({ targetDate: '2026-12-03', status: 'Done' }),
          step({ targetDate: '2026-12-03', side: 'Prospect' }),
        ],
      },
    ]);
    expect(weeks.map((w) => w.weekStart)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
    ]);
    expect(weeks.map((w) => w.items.map((i) => [i.date, i.daysLate]))).toEqual([
      [
        ['2026-10-01', 62],
        ['2026-11-30', 2],
        ['2026-12-06', 0],
      ],
      [['2026-12-07', 0]],
      [],
      [],
      [],
      [],
      [],
      [['2027-01-24', 0]],
    ]);
  });

  it('span the turn of the year: the week of 2026-12-28 runs into 2027', () => {
    const { weeks } = portfolio(
      [
        { id: 'a', customer: 'Acme', steps: [step({ targetDate: '2027-01-01' })] },
        { id: 'b', customer: 'Beta', steps: [step({ targetDate: '2027-01-03' })] },
        { id: 'c', customer: 'Gamma', steps: [step({ targetDate: '2027-01-04' })] },
      ],
      '2026-12-31',
      '2026-12-31T12:00:00Z',
    );
    expect(weeks[0]).toEqual({
      weekStart: '2026-12-28',
      crunch: true,
      items: [
        expect.objectContaining({ customer: 'Acme', date: '2027-01-01' }),
        expect.objectContaining({ customer: 'Beta', date: '2027-01-03' }),
      ],
    });
    expect(weeks[1]).toEqual(expect.objectContaining({ weekStart: '2027-01-04', crunch: false }));
  });

  it('put weekend dates in the week they end, and a Sunday today in its own week', () => {
    const { weeks } = portfolio(
      [
        {
          id: 'a',
          customer: 'Acme',
          steps: [
            step({ targetDate: '2026-12-05' }), // Saturday: late on Sunday
            step({ targetDate: '2026-12-06' }), // Sunday: today
            step({ targetDate: '2026-12-12' }), // next Saturday
          ],
        },
      ],
      '2026-12-06',
      '2026-12-06T12:00:00Z',
    );
    expect(weeks[0].weekStart).toBe('2026-11-30');
    expect(weeks[0].items.map((i) => [i.date, i.daysLate])).toEqual([
      ['2026-12-05', 1],
      ['2026-12-06', 0],
    ]);
    expect(weeks[1].items.map((i) => i.date)).toEqual(['2026-12-12']);
  });

  it("count the customer's steps the template marks as needing the seller", () => {
    const { weeks } = portfolio([
      {
        id: 'a',
        customer: 'Acme',
        steps: [
          step({ side: 'Prospect', targetDate: TODAY, needsSeller: true, step: 'Security call' }),
          step({ side: 'Prospect', targetDate: TODAY, step: 'Internal sign-off' }),
          step({ side: 'Joint', targetDate: TODAY, step: 'Workshop' }),
        ],
      },
    ]);
    expect(weeks[0].items.map((i) => [i.step, i.side])).toEqual([
      ['Security call', 'Prospect'],
      ['Workshop', 'Joint'],
    ]);
  });

  const SIDES: (Side | '')[] = ['Vendor', 'Prospect', 'Joint', ''];
  const STATUSES: StepStatus[] = ['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'];
  const randomPlans = fc.array(
    fc.record({
      archived: fc.boolean(),
      steps: fc.array(
        fc.record({
          side: fc.constantFrom(...SIDES),
          status: fc.constantFrom(...STATUSES),
          offset: fc.option(fc.integer({ min: -20, max: 70 }), { nil: null }),
          needsSeller: fc.boolean(),
        }),
        { maxLength: 15, size: 'max' },
      ),
    }),
    { maxLength: 8, size: 'max' },
  );
  const randomDay = fc.integer({ min: 0, max: 800 }).map((d) => addDays('2026-01-01', d));

  it('crunch weeks are exactly those with items from the threshold of deals or more', () => {
    fc.assert(
      fc.property(
        randomPlans,
        randomDay,
        fc.integer({ min: 1, max: 4 }),
        (plans, today, threshold) => {
          const specs: PlanSpec[] = plans.map((p, i) => ({
            id: `deal${i}`,
            customer: `Deal ${i}`,
            steps: p.steps.map((s) =>
              step({
                side: s.side,
                status: s.status,
                needsSeller: s.needsSeller,
                targetDate: s.offset === null ? null : addDays(today, s.offset),
              }),
            ),
            meta: p.archived ? { archived: { outcome: 'closed', at: NOW } } : undefined,
          }));
          const now = `${today}T12:00:00Z`;
          const result = portfolio(specs, today, now, threshold);
          // Said back, so the sidebar's picker shows the threshold the weeks were judged by.
          expect(result.crunchThreshold).toBe(threshold);
          expect(dayOfWeek(result.weeks[0].weekStart)).toBe(1);
          for (const week of result.weeks) {
            const deals = new Set(week.items.map((i) => i.spreadsheetId));
            expect(week.crunch).toBe(deals.size >= threshold);
          }
          // Archived deals contribute no items; every open seller step dated before the last
          // week's end appears exactly once.
          const items = result.weeks.flatMap((w) => w.items);
          const archivedIds = new Set(specs.filter((s) => s.meta?.archived).map((s) => s.id));
          expect(items.filter((i) => archivedIds.has(i.spreadsheetId))).toEqual([]);
          const end = addDays(result.weeks[0].weekStart, 56);
          const expected = specs
            .filter((s) => !archivedIds.has(s.id))
            .flatMap((s) =>
              s.steps.filter(
                (st) =>
                  st.targetDate !== null &&
                  st.targetDate < end &&
                  st.status !== 'Done' &&
                  st.status !== 'Skipped' &&
                  isSellerStep({
                    side: st.side,
                    needsSeller: st.needsSeller === true,
                  } as Parameters<typeof isSellerStep>[0]),
              ),
            );
          expect(items.length).toBe(expected.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a registry of 50 plans', () => {
  // Realistic plans: 18 steps with names, owners and dates.
  const NAMES = [
    'Discovery call',
    'Technical evaluation kickoff',
    'Security questionnaire',
    'POC success criteria agreed',
    'Executive briefing',
    'Commercial proposal',
    'Legal review (MSA + DPA)',
    'Procurement onboarding',
    'Final approval',
  ];
  const plans: PlanSpec[] = Array.from({ length: 50 }, (_, p) => ({
    id: `1${'x'.repeat(30)}${String(p).padStart(3, '0')}abcdefghij`,
    customer: `Customer number ${p} Holdings`,
    signatureDate: addDays(TODAY, 20 + p),
    timeZone: p % 2 === 0 ? 'America/New_York' : 'Europe/Berlin',
    steps: Array.from({ length: 18 }, (_, i) =>
      step({
        step: `${NAMES[i % NAMES.length]} ${i > 8 ? '(phase 2)' : ''}`.trim(),
        side: (['Vendor', 'Prospect', 'Joint'] as const)[i % 3],
        owner: i % 4 === 3 ? '' : `Firstname Lastname${i}`,
        targetDate: addDays(TODAY, i * 4 - 20 + (p % 10)),
        status: i < 5 ? 'Done' : 'Not started',
      }),
    ),
    // Ten live deals hold 19 of the 20 triggers; the other forty are archived.
    meta:
      p < 10
        ? {
            triggers: [
              { kind: 'edit', id: `${1_000_000_000 + p}` },
              ...(p < 9 ? [{ kind: 'clock' as const, id: `${2_000_000_000 + p}` }] : []),
            ],
          }
        : { archived: { outcome: p % 3 === 0 ? 'lost' : 'won', at: NOW } },
    run: p < 9 ? { ok: true, outcome: 'sent to 6 people', hadDocument: true } : undefined,
  }));

  it('fits well inside the 500 KB of user properties and is computed in a few ms', () => {
    const registry = registryOf(plans, NOW);
    expect(registry.entries).toHaveLength(50);
    expect(registry.bytes).toBeLessThan(100 * 1024);
    portfolioOf(registry, { today: TODAY, nowInstant: NOW }); // warm up
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) portfolioOf(registry, { today: TODAY, nowInstant: NOW });
    const perRun = (performance.now() - start) / runs;
    // About 3 ms warm on a busy 2-core machine; the bound only catches a change of scale.
    expect(perRun).toBeLessThan(50);
    const result = portfolioOf(registry, { today: TODAY, nowInstant: NOW });
    expect(result.deals).toHaveLength(50);
    expect(result.triggers.used).toBe(19);
    expect(result.deals.slice(10).every((d) => d.archived !== null)).toBe(true);
  });
});
