import fc from 'fast-check';
import { addBusinessDays, addDays, calendarDaysBetween } from '../dates';
import { STATUSES, summarizePlan, type ParsedStep, type Side } from '../plan';
import { utf8Length } from '../weekly-email';
import { dealStatusOn } from './deal';
import { readRegistry } from './registry';
import { summarizeForPortfolio, type PortfolioSummary } from './summary';
import { SUMMARY_MAX_BYTES, decodeSummary, encodeSummary } from './summary-codec';

const BASE = '2026-11-02';
const ID = 'bigPlan_01';

function step(row: number, over: Partial<ParsedStep> = {}): ParsedStep {
  return {
    row,
    number: '',
    phase: '',
    step: `Step ${row}`,
    side: 'Vendor',
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

interface Texts {
  customer?: string;
  vendor?: string;
  url?: string;
  timeZone?: string;
}

function summarize(steps: readonly ParsedStep[], texts: Texts = {}): PortfolioSummary {
  return summarizeForPortfolio({
    spreadsheetId: ID,
    url: texts.url ?? `https://docs.google.com/spreadsheets/d/${ID}/edit`,
    timeZone: texts.timeZone ?? 'UTC',
    header: {
      customer: texts.customer ?? 'Acme',
      vendor: texts.vendor ?? 'Globex',
      signatureDate: '2027-06-30',
    },
    steps,
    asOf: `${BASE}T09:00:00Z`,
    lastCustomerEdit: `${BASE}T08:00:00Z`,
  });
}

function roundTrip(summary: PortfolioSummary): { bytes: number; back: PortfolioSummary } {
  const { value } = encodeSummary(summary);
  const decoded = decodeSummary(ID, value);
  if (!decoded.ok) throw new Error(decoded.problem);
  return { bytes: utf8Length(value), back: decoded.value };
}

function planOn(steps: readonly ParsedStep[], today: string) {
  return summarizePlan({
    steps,
    warnings: [],
    header: null,
    today,
    sheetName: 'MAP',
    timeZone: 'UTC',
  });
}

describe('encodeSummary', () => {
  it('keeps a small plan whole', () => {
    const summary = summarize([
      step(10, { targetDate: '2026-11-20', side: 'Joint', status: 'In progress' }),
      step(11, { targetDate: '2026-10-20', side: 'Prospect', owner: '' }),
      step(12, { status: 'Done' }),
    ]);
    expect(roundTrip(summary).back).toEqual(summary);
  });

  it('keeps about 40 steps of an ordinary plan in full', () => {
    const names = ['Discovery call', 'Security questionnaire', 'Legal review (MSA + DPA)'];
    const steps = Array.from({ length: 50 }, (_, i) =>
      step(10 + i, {
        step: `${names[i % 3]} ${i}`,
        owner: `Firstname Lastname${i % 7}`,
        targetDate: addBusinessDays(BASE, i * 2 - 10),
      }),
    );
    const { bytes, back } = roundTrip(summarize(steps));
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(back.steps.length).toBeGreaterThanOrEqual(40);
    expect(back.steps.length + back.later.reduce((n, d) => n + d.count, 0)).toBe(50);
  });

  // 5,000 steps over a year of business days, a third of them done: the stress case.
  const big = Array.from({ length: 5000 }, (_, i) =>
    step(10 + i, {
      step: `Step number ${i} of a very large plan, with a long name to fill the list`,
      owner: i % 7 === 0 ? '' : `Owner ${i % 13}`,
      side: (['Vendor', 'Prospect', 'Joint'] as const)[i % 3],
      targetDate: i % 11 === 0 ? null : addBusinessDays(BASE, Math.floor(i / 20) - 60),
      status: i % 3 === 0 ? 'Done' : i % 17 === 0 ? 'Skipped' : 'Not started',
    }),
  );

  it('bounds a 5,000-step plan and keeps its counts and late steps exact', () => {
    const summary = summarize(big);
    const { bytes, back } = roundTrip(summary);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(back.steps.length).toBeGreaterThan(20);
    expect(back.steps.length).toBeLessThan(summary.steps.length);
    expect(back.later.reduce((n, d) => n + d.count, 0) + back.steps.length).toBe(
      summary.steps.length,
    );
    expect(back.rest).toBeNull();
    expect([back.progress, back.uncommitted, back.customerSide]).toEqual([
      summary.progress,
      summary.uncommitted,
      summary.customerSide,
    ]);
    // Kept in full: the earliest open steps, so the late ones and the coming weeks.
    expect(back.steps).toEqual(summary.steps.slice(0, back.steps.length));
    for (const offset of [-90, 0, 30, 200, 500, 900]) {
      const today = addDays(BASE, offset);
      const plan = planOn(big, today);
      expect([offset, dealStatusOn(back, today)]).toEqual([
        offset,
        expect.objectContaining({ status: plan.status, late: plan.late.length }),
      ]);
    }
  });

  it('falls back to a date range past hundreds of distinct dates: status exact, late a floor', () => {
    const spread = Array.from({ length: 4000 }, (_, i) =>
      step(10 + i, { step: '\u{1f469}\u200d\u{1f4bb}'.repeat(40), targetDate: addDays(BASE, i) }),
    );
    const { bytes, back } = roundTrip(summarize(spread));
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(back.rest).not.toBeNull();
    const rest = back.rest!;
    const kept = back.steps.length + back.later.reduce((n, d) => n + d.count, 0);
    expect(kept + rest.count).toBe(4000);
    for (const offset of [-5, 10, 500, calendarDaysBetween(BASE, rest.from) + 3, 4100]) {
      const today = addDays(BASE, offset);
      const plan = planOn(spread, today);
      const got = dealStatusOn(back, today);
      expect(got.status).toBe(plan.status);
      expect(got.late).toBeLessThanOrEqual(plan.late.length);
      if (today <= rest.from || today > rest.to) expect(got.late).toBe(plan.late.length);
    }
  });

  const LONG_EMOJI = '\u{1f469}\u200d\u{1f4bb}'.repeat(3_000);
  const LONG_RTL = '\u05e9\u05dc\u05d5\u05dd '.repeat(2_500);
  const LONG_WORD = 'A'.repeat(10_000);

  it.each([
    ['emoji', LONG_EMOJI],
    ['right-to-left', LONG_RTL],
    ['10 KB word', LONG_WORD],
    ['bidi override', `\u202e${LONG_WORD}`],
  ])('bounds hostile %s text in every field', (_name, text) => {
    const steps = Array.from({ length: 60 }, (_, i) =>
      step(10 + i, { step: text, owner: text, targetDate: addDays(BASE, i) }),
    );
    const summary = summarize(steps, { customer: text, vendor: text, url: text, timeZone: text });
    const { bytes, back } = roundTrip(summary);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Array.from(back.customer).length).toBeLessThanOrEqual(80);
    expect(back.customer).not.toMatch(/[\u202a-\u202e]/);
    expect(back.steps.length).toBeGreaterThanOrEqual(3);
    expect(back.steps.length + back.later.reduce((n, d) => n + d.count, 0)).toBe(60);
  });

  it('holds the bound for any text and any plan size', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200, size: 'max' }),
      fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => s.repeat(200)),
    );
    const anyStep = fc.record({
      title: anyText,
      owner: anyText,
      side: fc.constantFrom<Side | ''>('Vendor', 'Prospect', 'Joint', ''),
      offset: fc.option(fc.integer({ min: -400, max: 3000 }), { nil: null }),
      status: fc.constantFrom(...STATUSES),
    });
    fc.assert(
      fc.property(
        fc.array(anyStep, { maxLength: 600, size: 'max' }),
        anyText,
        anyText,
        (rows, customer, url) => {
          const steps = rows.map((r, i) =>
            step(10 + i, {
              step: r.title || 'x',
              owner: r.owner,
              side: r.side,
              status: r.status,
              targetDate: r.offset === null ? null : addDays(BASE, r.offset),
            }),
          );
          const summary = summarize(steps, { customer, vendor: customer, url, timeZone: url });
          const { bytes, back } = roundTrip(summary);
          expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
          const listed =
            back.steps.length +
            back.later.reduce((n, d) => n + d.count, 0) +
            (back.rest?.count ?? 0);
          expect(listed).toBe(summary.steps.length);
          expect(back.progress).toEqual(summary.progress);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('re-encodes a cut summary to the same value', () => {
    const { value } = encodeSummary(summarize(big));
    const decoded = decodeSummary(ID, value);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(encodeSummary(decoded.value).value).toBe(value);
  });
});

describe('decodeSummary', () => {
  const good = encodeSummary(summarize([step(10, { targetDate: '2026-11-20' })])).value;

  it.each([
    ['not JSON', good.slice(0, -3), 'is not readable (not JSON)'],
    ['an array', '[1,2]', 'is not readable (not an object)'],
    ['no version', '{"asOf":"2026-11-02T09:00:00Z"}', 'has no format version'],
    ['an older version', good.replace('"v":1', '"v":0'), 'older version of the add-on (format 0)'],
    ['a newer version', good.replace('"v":1', '"v":7'), 'newer version of the add-on (format 7)'],
    ['a bad step', good.replace('"2026-11-20"', '"2026-13-40"'), 'step 1 is malformed'],
    ['bad counts', good.replace('"uncommitted":0', '"uncommitted":-1'), 'counts are malformed'],
    [
      'an absurd date gap',
      good.replace(/}$/, ',"later":["2026-01-01",[99999999,1]]}'),
      'out of range',
    ],
  ])('says why %s cannot be read', (_name, text, problem) => {
    const decoded = decodeSummary(ID, text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toContain(problem);
  });

  it('marks only values from a newer version as newer', () => {
    const newer = decodeSummary(ID, good.replace('"v":1', '"v":2'));
    const older = decodeSummary(ID, good.replace('"v":1', '"v":0'));
    expect([!newer.ok && newer.newer, !older.ok && older.newer]).toEqual([true, false]);
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...Object(v), v: 1 })),
          fc
            .tuple(fc.nat({ max: good.length }), fc.string({ maxLength: 5 }))
            .map(([at, junk]) => good.slice(0, at) + junk + good.slice(at + junk.length)),
        ),
        (text) => {
          const decoded = decodeSummary(ID, text);
          expect(typeof decoded.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a registry holding only garbage without throwing', () => {
    const registry = readRegistry({
      [`map.deal.${ID}.summary`]: '\u0000{',
      'map.deal.x.y.z.summary': '{}',
      'map.deal.': '',
    });
    expect(registry.entries).toEqual([]);
    expect(registry.unreadable).toHaveLength(3);
  });
});
