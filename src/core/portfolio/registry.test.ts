import fc from 'fast-check';
import { utf8Length } from '../weekly-email';
import { PROPERTY_VALUE_LIMIT_BYTES, parseRegistryKey, registryKey, REGISTRY_PREFIX } from './keys';
import {
  archivedMeta,
  dealMeta,
  decodeMeta,
  encodeMeta,
  reopenedMeta,
  requireArchiveOutcome,
  type DealMeta,
} from './meta';
import { dealOfTrigger, pruneRegistry, readRegistry, PRUNE_AFTER_DAYS } from './registry';
import { backgroundRun, decodeRun, encodeRun } from './run';
import { summarizeForPortfolio } from './summary';
import { encodeSummary } from './summary-codec';

const NOW = '2026-12-01T10:00:00Z';

function summaryValue(id: string, asOf: string): [string, string] {
  const { key, value } = encodeSummary(
    summarizeForPortfolio({
      spreadsheetId: id,
      url: '',
      timeZone: 'Europe/Paris',
      header: { customer: `Customer ${id}`, vendor: 'Us', signatureDate: null },
      steps: [],
      asOf,
      lastCustomerEdit: null,
    }),
  );
  return [key, value];
}

function meta(over: Partial<DealMeta> = {}): DealMeta {
  return dealMeta({ customer: 'Acme', url: '', timeZone: 'UTC', ...over });
}

function metaValue(id: string, m: DealMeta): [string, string] {
  const { key, value } = encodeMeta(id, m);
  return [key, value];
}

function runValue(id: string, ok = false): [string, string] {
  const { key, value } = encodeRun(id, {
    at: NOW,
    ok,
    outcome: 'no mail quota left',
    hadDocument: true,
    triggerUid: '123',
  });
  return [key, value];
}

describe('registry keys', () => {
  it('name the deal and the kind, one key per writer', () => {
    expect(registryKey('1AbC-d_9', 'summary')).toBe('map.deal.1AbC-d_9.summary');
    expect(parseRegistryKey('map.deal.1AbC-d_9.meta')).toEqual({
      spreadsheetId: '1AbC-d_9',
      kind: 'meta',
    });
    expect(parseRegistryKey('map.deal.1AbC.notes')).toEqual({ spreadsheetId: '1AbC', kind: null });
    expect(parseRegistryKey('map.digest.approvals.1AbC')).toBeNull();
  });

  it('refuse an id no spreadsheet can have', () => {
    expect(() => registryKey('a.b', 'run')).toThrow(
      'Spreadsheet id "a.b" is not a Google Sheets file id',
    );
  });
});

describe('readRegistry', () => {
  it("groups each deal's values and leaves other features' keys alone", () => {
    const registry = readRegistry(
      Object.fromEntries([
        summaryValue('A', NOW),
        metaValue('A', meta({ triggers: [{ kind: 'edit', id: '1' }] })),
        runValue('A'),
        runValue('B'),
        ['map.digest.approvals.A', '{"emails":[]}'],
      ]),
    );
    expect(registry.entries.map((e) => [e.spreadsheetId, !!e.summary, !!e.meta, !!e.run])).toEqual([
      ['A', true, true, true],
      ['B', false, false, true],
    ]);
    expect(registry.unreadable).toEqual([]);
    expect(registry.storeBytes).toBeGreaterThan(registry.bytes);
  });

  it('skips values it cannot read, saying which and why, and never throws', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.string(),
            fc
              .tuple(
                fc.stringMatching(/^[A-Za-z0-9_.-]{0,12}$/),
                fc.constantFrom('summary', 'meta', 'run', 'x'),
              )
              .map(([id, kind]) => `${REGISTRY_PREFIX}${id}.${kind}`),
          ),
          fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.constant('{"v":1}')),
        ),
        (properties) => {
          const registry = readRegistry(properties);
          const ours = Object.keys(properties).filter((k) => k.startsWith(REGISTRY_PREFIX));
          const read = registry.entries.reduce(
            (n, e) => n + [e.summary, e.meta, e.run].filter((v) => v !== null).length,
            0,
          );
          expect(read + registry.unreadable.length).toBe(ours.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('pruneRegistry', () => {
  const old = new Date(Date.parse(NOW) - (PRUNE_AFTER_DAYS + 1) * 86_400_000).toISOString();
  const recent = new Date(Date.parse(NOW) - (PRUNE_AFTER_DAYS - 1) * 86_400_000).toISOString();

  it(`removes summaries older than ${PRUNE_AFTER_DAYS} days and what only they explain`, () => {
    const registry = readRegistry(
      Object.fromEntries([
        summaryValue('Old', old),
        runValue('Old'),
        metaValue('Old', meta({ archived: { outcome: 'won', at: old } })),
        summaryValue('OldWithTriggers', old),
        metaValue('OldWithTriggers', meta({ triggers: [{ kind: 'edit', id: '7' }] })),
        summaryValue('Recent', recent),
        runValue('Recent'),
        runValue('OrphanRun'),
        metaValue('OrphanMeta', meta()),
        metaValue('HoldsTriggers', meta({ triggers: [{ kind: 'clock', id: '8' }] })),
      ]),
    );
    expect(pruneRegistry(registry, NOW)).toEqual([
      'map.deal.Old.meta',
      'map.deal.Old.run',
      'map.deal.Old.summary',
      'map.deal.OldWithTriggers.summary',
      'map.deal.OrphanMeta.meta',
      'map.deal.OrphanRun.run',
    ]);
  });

  it('removes unreadable values of older versions, keeps those of newer ones', () => {
    const [key, value] = summaryValue('A', NOW);
    const registry = readRegistry({
      [key]: value.replace('"v":1', '"v":0'),
      'map.deal.B.summary': value.replace('"v":1', '"v":2'),
      'map.deal.C.future': '{}',
      'map.deal.bad!id.summary': '{}',
      ...Object.fromEntries([metaValue('A', meta())]),
    });
    expect(pruneRegistry(registry, NOW)).toEqual(['map.deal.A.summary', 'map.deal.bad!id.summary']);
    // Its meta goes once the unreadable summary is gone, on the next pass.
    const next = readRegistry(Object.fromEntries([metaValue('A', meta())]));
    expect(pruneRegistry(next, NOW)).toEqual(['map.deal.A.meta']);
  });
});

describe('dealOfTrigger', () => {
  it('finds the plan a clock trigger serves, for a run without its document', () => {
    const registry = readRegistry(
      Object.fromEntries([
        metaValue('A', meta({ triggers: [{ kind: 'edit', id: '11' }] })),
        metaValue(
          'B',
          meta({
            triggers: [
              { kind: 'edit', id: '21' },
              { kind: 'clock', id: '22' },
            ],
          }),
        ),
      ]),
    );
    expect(dealOfTrigger(registry, '22')).toBe('B');
    expect(dealOfTrigger(registry, '99')).toBeNull();
  });
});

describe('deal meta', () => {
  it('archives by releasing the triggers, and reopens with new ones', () => {
    const held = meta({ triggers: [{ kind: 'edit', id: '1' }] });
    const archived = archivedMeta(held, 'Won', '2026-12-01T10:00:00.123Z');
    expect(archived).toEqual({
      ...held,
      triggers: [],
      archived: { outcome: 'won', at: '2026-12-01T10:00:00Z' },
    });
    const reopened = reopenedMeta(archived, [{ kind: 'edit', id: '2' }]);
    expect(reopened).toEqual({ ...held, triggers: [{ kind: 'edit', id: '2' }], archived: null });
    const decoded = decodeMeta(encodeMeta('A', archived).value);
    expect(decoded).toEqual({ ok: true, value: archived });
  });

  it('remembers that archiving turned the weekly email off, and reads a record without it', () => {
    const held = meta({
      triggers: [
        { kind: 'edit', id: '1' },
        { kind: 'clock', id: '2' },
      ],
    });
    const archived = archivedMeta(held, 'lost', '2026-12-01T10:00:00Z', true);
    expect(archived.archived).toEqual({
      outcome: 'lost',
      at: '2026-12-01T10:00:00Z',
      weeklyEmail: true,
    });
    const encoded = encodeMeta('A', archived).value;
    expect(JSON.parse(encoded).archived).toEqual(['lost', '2026-12-01T10:00:00Z', 1]);
    expect(decodeMeta(encoded)).toEqual({ ok: true, value: archived });
    const older = JSON.stringify({
      ...JSON.parse(encoded),
      archived: ['lost', '2026-12-01T10:00:00Z'],
    });
    expect(decodeMeta(older)).toEqual({
      ok: true,
      value: { ...archived, archived: { outcome: 'lost', at: '2026-12-01T10:00:00Z' } },
    });
    const odd = JSON.stringify({
      ...JSON.parse(encoded),
      archived: ['lost', '2026-12-01T10:00:00Z', 'yes'],
    });
    expect(decodeMeta(odd)).toMatchObject({ ok: false });
  });

  it('says what is wrong with bad input', () => {
    expect(() => requireArchiveOutcome('maybe')).toThrow(
      'Outcome "maybe" is not one of won, lost, closed.',
    );
    expect(() =>
      dealMeta({
        customer: 'A',
        url: '',
        timeZone: 'UTC',
        triggers: [{ kind: 'edit', id: '1' }],
        archived: { outcome: 'lost', at: NOW },
      }),
    ).toThrow('An archived deal holds no triggers');
    expect(() =>
      dealMeta({ customer: 'A', url: '', timeZone: 'UTC', triggers: [{ kind: 'edit', id: '' }] }),
    ).toThrow('is not an edit or clock trigger with a unique id');
  });

  it('stays far under the 9 KB a value may hold, whatever the names', () => {
    const long = '\u{1f469}\u200d\u{1f4bb}\u05e9'.repeat(3_000);
    const { value } = encodeMeta(
      'A',
      dealMeta({
        customer: long,
        url: `https://example.com/${'a'.repeat(5000)}`,
        timeZone: long,
        triggers: Array.from({ length: 4 }, (_, i) => ({ kind: 'clock', id: '9'.repeat(60) + i })),
      }),
    );
    expect(utf8Length(value)).toBeLessThan(PROPERTY_VALUE_LIMIT_BYTES / 4);
    const run = encodeRun('A', {
      at: NOW,
      ok: false,
      outcome: long,
      hadDocument: true,
      triggerUid: long,
    });
    expect(utf8Length(run.value)).toBeLessThan(PROPERTY_VALUE_LIMIT_BYTES / 4);
  });

  it('reads garbage as a problem, never an exception', () => {
    for (const text of ['', '{', '{"v":1}', '{"v":1,"triggers":[["edit"]]}', 'null']) {
      expect(decodeMeta(text).ok).toBe(false);
    }
  });
});

describe('background run', () => {
  it('keeps the outcome in words, short', () => {
    const run = backgroundRun({
      at: Date.parse(NOW),
      ok: false,
      outcome: `Exception: ${'x'.repeat(1000)}\n    at stack`,
      hadDocument: false,
    });
    expect(run.at).toBe(NOW);
    expect(Array.from(run.outcome).length).toBe(200);
    expect(run.outcome).not.toContain('\n');
    const decoded = decodeRun(encodeRun('A', run).value);
    expect(decoded).toEqual({ ok: true, value: run });
  });
});
