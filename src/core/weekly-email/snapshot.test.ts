import {
  baselineFor,
  changesSince,
  closedSnapshotRecord,
  hasClosed,
  makeDigestSnapshot,
  parseSnapshotRecord,
  type SnapshotRecord,
  MAX_SNAPSHOT_STEPS,
  parseDigestSnapshot,
  snapshotEntries,
  stepKeys,
} from './snapshot';
import { step, TODAY, STEPS } from '../../../test/support/test-plan';

describe('changesSince', () => {
  const lastWeek = '2026-11-30';
  const before = [
    step(11, { step: 'Discovery', status: 'In progress', targetDate: '2026-12-01' }),
    step(12, { step: 'Security review', targetDate: '2026-12-03' }),
    step(13, { step: 'Legal', targetDate: '2026-12-05' }),
    step(14, { step: 'Already done', status: 'Done', doneOn: '2026-11-20' }),
    step(15, { step: 'Undated', targetDate: null }),
  ];
  const snapshot = makeDigestSnapshot(before, lastWeek);

  it('reports steps completed since the snapshot, not those done before it', () => {
    const now = [
      { ...before[0], status: 'Done' as const, doneOn: '2026-12-02' },
      ...before.slice(1),
    ];
    const changes = changesSince(now, snapshot, TODAY);
    expect(changes.completed.map((s) => s.step)).toEqual(['Discovery']);
    expect(changes.since).toBe(lastWeek);
  });

  it('reports moved dates old -> new, and survives rows being reordered', () => {
    const now = [
      { ...before[2], row: 11, targetDate: '2026-12-12' },
      { ...before[1], row: 12 },
      { ...before[4], row: 13, targetDate: '2026-12-20' },
    ];
    const changes = changesSince(now, snapshot, TODAY);
    expect(changes.moved.map((m) => [m.step.step, m.from, m.to])).toEqual([
      ['Legal', '2026-12-05', '2026-12-12'],
    ]);
  });

  it('counts a new step done after the snapshot, but not a renamed old one', () => {
    const now = [
      ...before,
      step(16, { step: 'Added later', status: 'Done', doneOn: '2026-12-04' }),
      step(17, { step: 'Added, done long ago', status: 'Done', doneOn: '2026-11-01' }),
    ];
    expect(changesSince(now, snapshot, TODAY).completed.map((s) => s.step)).toEqual([
      'Added later',
    ]);
  });

  it('falls back to the last seven days without a snapshot', () => {
    const now = [
      step(11, { step: 'Recent', status: 'Done', doneOn: '2026-12-01' }),
      step(12, { step: 'Eight days ago', status: 'Done', doneOn: '2026-11-29' }),
      step(13, { step: 'Done without a date', status: 'Done', doneOn: null }),
      step(14, { step: 'Open', targetDate: '2026-12-09' }),
    ];
    const changes = changesSince(now, null, TODAY);
    expect(changes.completed.map((s) => s.step)).toEqual(['Recent']);
    expect(changes.moved).toEqual([]);
    expect(changes.since).toBeNull();
  });

  it('ignores moves of skipped steps', () => {
    const now = [{ ...before[2], status: 'Skipped' as const, targetDate: '2026-12-30' }];
    expect(changesSince(now, snapshot, TODAY).moved).toEqual([]);
  });
});

describe('digest snapshot', () => {
  it('round-trips through JSON', () => {
    const snapshot = makeDigestSnapshot(STEPS, TODAY);
    expect(parseDigestSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.on).toBe(TODAY);
    expect(snapshot.steps).toHaveLength(STEPS.length);
  });

  it('keeps each step date and status', () => {
    const entries = [...snapshotEntries(makeDigestSnapshot(STEPS, TODAY)).values()];
    expect(entries.map((e) => e.status)).toEqual(STEPS.map((s) => s.status));
    expect(entries.map((e) => e.targetDate)).toEqual(STEPS.map((s) => s.targetDate));
  });

  it('rejects junk and drops malformed entries', () => {
    for (const junk of [
      null,
      '',
      'nope',
      '[]',
      '{"v":2,"on":"2026-12-07","steps":[]}',
      '{"v":1,"on":"x","steps":[]}',
    ]) {
      expect(parseDigestSnapshot(junk)).toBeNull();
    }
    const parsed = parseDigestSnapshot(
      JSON.stringify({
        v: 1,
        on: TODAY,
        steps: [
          ['a', '2026-12-01', 0],
          ['b', 'soon', 0],
          ['c', '', 9],
          ['d', '', 4],
        ],
      }),
    );
    expect(parsed?.steps).toEqual([
      ['a', '2026-12-01', 0],
      ['d', '', 4],
    ]);
  });

  it('stays well under one property value for the largest plan it keeps', () => {
    const many = Array.from({ length: MAX_SNAPSHOT_STEPS + 50 }, (_, i) =>
      step(i + 11, { step: `A rather long step name number ${i} `.repeat(4) }),
    );
    const snapshot = makeDigestSnapshot(many, TODAY);
    expect(snapshot.steps).toHaveLength(MAX_SNAPSHOT_STEPS);
    expect(Buffer.byteLength(JSON.stringify(snapshot))).toBeLessThan(9 * 1024);
  });
});

describe('stepKeys', () => {
  it('ignores case, spacing and invisible characters, not the words', () => {
    const [a] = stepKeys(['Security review']);
    expect(stepKeys([' security\u200b  REVIEW '])[0]).toBe(a);
    expect(stepKeys(['Security reviews'])[0]).not.toBe(a);
  });

  it('tells repeated names apart by occurrence', () => {
    const keys = stepKeys(['Review', 'Other', 'Review']);
    expect(new Set(keys).size).toBe(3);
    expect(stepKeys(['Review', 'Review'])).toEqual([keys[0], keys[2]]);
  });

  it('gives distinct keys to a realistic plan', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Step ${i}`);
    expect(new Set(stepKeys(names)).size).toBe(200);
  });
});

describe('the "since the last email" baseline across periods', () => {
  const week1 = [step(8, { step: 'Demo', status: 'Not started', targetDate: '2026-10-20' })];
  const week2 = [step(8, { step: 'Demo', status: 'Done', targetDate: '2026-10-22' })];
  /** Through its stored JSON, as the next run reads it. */
  const stored = (record: SnapshotRecord) =>
    parseSnapshotRecord(JSON.parse(JSON.stringify(record)));

  it('starts with none, and reads anything damaged as none', () => {
    expect(baselineFor(null, '2026-10-12')).toBeNull();
    for (const raw of [undefined, null, 'x', { period: 3 }])
      expect(parseSnapshotRecord(raw)).toBeNull();
  });

  it('keeps a period’s baseline for its late sends and hands the closing snapshot to the next', () => {
    const r1 = stored(closedSnapshotRecord(null, '2026-10-12', week1, '2026-10-12'));
    expect(hasClosed(r1, '2026-10-12')).toBe(true);
    expect(baselineFor(r1, '2026-10-12')).toBeNull();
    expect(baselineFor(r1, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));

    const r2 = stored(closedSnapshotRecord(r1, '2026-10-19', week2, '2026-10-19'));
    expect(baselineFor(r2, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));
    expect(baselineFor(r2, '2026-10-26')).toEqual(makeDigestSnapshot(week2, '2026-10-19'));
    expect(hasClosed(r2, '2026-10-26')).toBe(false);
  });

  it('uses a period’s own baseline when it never completed', () => {
    const base = makeDigestSnapshot(week1, '2026-10-05');
    const open: SnapshotRecord = { period: '2026-10-12', base, next: null };
    expect(baselineFor(open, '2026-10-19')).toEqual(base);
    expect(hasClosed(open, '2026-10-12')).toBe(false);
  });
});
