import {
  MAX_SNAPSHOT_STEPS,
  makeDigestSnapshot,
  parseDigestSnapshot,
  snapshotEntries,
} from './snapshot';
import { step, STEPS, TODAY } from './test-plan';

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
