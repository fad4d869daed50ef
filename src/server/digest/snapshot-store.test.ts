import { makeDigestSnapshot } from '../../core/digest/snapshot';
import type { Step } from '../../core/model';
import {
  baselineFor,
  hasClosed,
  readSnapshotRecord,
  snapshotWritesOnComplete,
} from './snapshot-store';

const step = (row: number, name: string, status: Step['status'], targetDate: string): Step => ({
  row,
  number: String(row),
  phase: '',
  step: name,
  side: 'Joint',
  owner: 'Jo',
  ownerEmail: '',
  targetDate,
  status,
  doneOn: null,
  baselineDate: null,
  notes: '',
});

describe('the "since the last email" baseline', () => {
  const week1 = [step(8, 'Demo', 'Not started', '2026-10-20')];
  const week2 = [step(8, 'Demo', 'Done', '2026-10-22')];

  it('starts with none', () => {
    expect(readSnapshotRecord({})).toBeNull();
    expect(baselineFor(null, '2026-10-12')).toBeNull();
  });

  it('keeps a period’s baseline for its late sends and hands the closing snapshot to the next', () => {
    const closed1 = snapshotWritesOnComplete(null, '2026-10-12', week1, '2026-10-12');
    const r1 = readSnapshotRecord(closed1);
    expect(hasClosed(r1, '2026-10-12')).toBe(true);
    expect(baselineFor(r1, '2026-10-12')).toBeNull();
    expect(baselineFor(r1, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));

    const closed2 = snapshotWritesOnComplete(r1, '2026-10-19', week2, '2026-10-19');
    const r2 = readSnapshotRecord(closed2);
    expect(baselineFor(r2, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));
    expect(baselineFor(r2, '2026-10-26')).toEqual(makeDigestSnapshot(week2, '2026-10-19'));
    expect(hasClosed(r2, '2026-10-26')).toBe(false);
  });

  it('fits a 250-step plan', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      step(8 + i, `Step ${i} ${'x'.repeat(50)}`, 'In progress', '2026-12-01'),
    );
    const writes = snapshotWritesOnComplete(null, '2026-10-12', many, '2026-10-12');
    for (const value of Object.values(writes)) expect(value.length).toBeLessThanOrEqual(9000);
    expect(readSnapshotRecord(writes)?.next?.steps).toHaveLength(250);
  });
});
