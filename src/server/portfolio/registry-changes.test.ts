import {
  dealMeta,
  encodeMeta,
  encodeRun,
  encodeSummary,
  readRegistry,
  summarizeForPortfolio,
  type PortfolioSummary,
} from '../../core/portfolio';
import { publishesAsOwner, registryChanges, REPUBLISH_AFTER_MS } from './registry-changes';

const ID = 'sheet-1';
const T0 = Date.parse('2026-11-02T14:00:00Z');

function summary(
  asOf: number,
  status: 'Not started' | 'Done' = 'Not started',
  edit: string | null = null,
): PortfolioSummary {
  return summarizeForPortfolio({
    spreadsheetId: ID,
    url: 'https://docs.google.com/spreadsheets/d/sheet-1/edit',
    timeZone: 'Asia/Tokyo',
    header: { customer: 'Acme', vendor: 'Globex', signatureDate: '2026-12-18' },
    steps: [
      { row: 8, step: 'Demo', side: 'Vendor', owner: 'Ana', targetDate: '2026-11-20', status },
      {
        row: 9,
        step: 'Legal',
        side: 'Prospect',
        owner: '',
        targetDate: null,
        status: 'Not started',
      },
    ],
    asOf,
    lastCustomerEdit: edit,
  });
}

function storeOf(...writes: { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(writes.map((w) => [w.key, w.value]));
}

function changes(
  stored: Record<string, string>,
  extra: Partial<Parameters<typeof registryChanges>[0]>,
) {
  return registryChanges({
    spreadsheetId: ID,
    registry: readRegistry(stored),
    stored,
    summary: null,
    nowMs: T0,
    ...extra,
  });
}

describe('registryChanges', () => {
  it('writes the summary of a plan the registry does not hold yet', () => {
    const out = changes({}, { summary: summary(T0) });
    expect(Object.keys(out.writes)).toEqual([`map.deal.${ID}.summary`]);
    expect(out.deletes).toEqual([]);
  });

  it('writes nothing when only the time changed and the stored summary is recent', () => {
    const stored = storeOf(encodeSummary(summary(T0)));
    const later = T0 + REPUBLISH_AFTER_MS - 60_000;
    expect(changes(stored, { summary: summary(later), nowMs: later }).writes).toEqual({});
  });

  it('writes again when a step changed, or when the stored summary is old', () => {
    const stored = storeOf(encodeSummary(summary(T0)));
    const soon = T0 + 60_000;
    expect(
      Object.keys(changes(stored, { summary: summary(soon, 'Done'), nowMs: soon }).writes),
    ).toHaveLength(1);
    const late = T0 + REPUBLISH_AFTER_MS + 1;
    expect(
      Object.keys(changes(stored, { summary: summary(late), nowMs: late }).writes),
    ).toHaveLength(1);
  });

  it('carries the last customer edit forward when this run saw none', () => {
    const stored = storeOf(encodeSummary(summary(T0, 'Not started', '2026-11-01T10:00:00Z')));
    const later = T0 + REPUBLISH_AFTER_MS + 1;
    const out = changes(stored, { summary: summary(later), nowMs: later });
    expect(JSON.parse(out.writes[`map.deal.${ID}.summary`]).customerEdit).toBe(
      '2026-11-01T10:00:00Z',
    );
  });

  it('writes a changed meta only', () => {
    const meta = dealMeta({
      customer: 'Acme',
      url: '',
      timeZone: 'UTC',
      triggers: [{ kind: 'edit', id: '1' }],
    });
    const stored = storeOf(encodeSummary(summary(T0)), encodeMeta(ID, meta));
    expect(changes(stored, { meta }).writes).toEqual({});
    const more = dealMeta({ ...meta, triggers: [...meta.triggers, { kind: 'clock', id: '2' }] });
    expect(Object.keys(changes(stored, { meta: more }).writes)).toEqual([`map.deal.${ID}.meta`]);
  });

  it('records a run unless the same outcome was recorded recently', () => {
    const run = { at: T0, ok: true, outcome: 'nothing due', hadDocument: true, triggerUid: '2' };
    const stored = storeOf(encodeSummary(summary(T0)), encodeRun(ID, run));
    expect(
      changes(stored, { run: { ...run, at: T0 + 3_600_000 }, nowMs: T0 + 3_600_000 }).writes,
    ).toEqual({});
    const failed = { ...run, at: T0 + 3_600_000, ok: false, outcome: 'ran without its document' };
    expect(Object.keys(changes(stored, { run: failed, nowMs: T0 + 3_600_000 }).writes)).toEqual([
      `map.deal.${ID}.run`,
    ]);
  });

  it('prunes summaries nobody refreshed for 45 days, never what it writes', () => {
    const old = { ...summary(T0), spreadsheetId: 'sheet-old' };
    const stored = storeOf(encodeSummary(old), encodeSummary(summary(T0)));
    const later = T0 + 46 * 86_400_000;
    const out = changes(stored, { summary: summary(later), nowMs: later });
    expect(out.deletes).toEqual(['map.deal.sheet-old.summary']);
    expect(Object.keys(out.writes)).toEqual([`map.deal.${ID}.summary`]);
  });
});

describe('publishesAsOwner', () => {
  const holding = dealMeta({
    customer: 'Acme',
    url: '',
    timeZone: 'UTC',
    triggers: [{ kind: 'edit', id: '1' }],
  });
  it('is the header owner, in any case', () => {
    expect(publishesAsOwner(' Owner@Vendor.example ', 'owner@vendor.example', null)).toBe(true);
    expect(publishesAsOwner('owner@vendor.example', 'sam@vendor.example', null)).toBe(false);
  });
  it('is also the user whose registry holds the plan triggers (a cleared header cell)', () => {
    expect(publishesAsOwner('', 'owner@vendor.example', holding)).toBe(true);
    expect(publishesAsOwner('', 'owner@vendor.example', null)).toBe(false);
  });
  it('is nobody when the session gives no address', () => {
    expect(publishesAsOwner('', '', holding)).toBe(false);
  });
});
