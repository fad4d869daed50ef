// The "since the last email" baseline. Every email of one period compares the plan with the
// SAME snapshot (what the previous period's email knew), so a recipient mailed on a retry hours
// later reads the same "completed / moved" story as the rest. A new snapshot is taken only when
// a period's delivery completes; until then the old one stays the baseline.
import type { DateKey } from '../../core/model';
import {
  makeDigestSnapshot,
  parseDigestSnapshot,
  type DigestSnapshot,
} from '../../core/digest/snapshot';
import type { Step } from '../../core/model';
import { chunkedWrites, readChunked } from './chunked-json';
import { KEYS } from './property-keys';

export interface SnapshotRecord {
  /** The period whose emails compare against `base`. */
  period: DateKey;
  base: DigestSnapshot | null;
  /** Taken when `period` completed: the baseline of the next period. */
  next: DigestSnapshot | null;
}

function asSnapshot(value: unknown): DigestSnapshot | null {
  return value == null ? null : parseDigestSnapshot(JSON.stringify(value));
}

export function readSnapshotRecord(props: Readonly<Record<string, string>>): SnapshotRecord | null {
  const raw = readChunked(props, KEYS.snapshot);
  if (raw == null || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.period !== 'string') return null;
  return { period: r.period, base: asSnapshot(r.base), next: asSnapshot(r.next) };
}

/** What `period`'s emails compare against. */
export function baselineFor(record: SnapshotRecord | null, period: DateKey): DigestSnapshot | null {
  if (record === null) return null;
  if (record.period === period) return record.base;
  // A period that never completed has no `next`; its own baseline is still the best we know.
  return record.next ?? record.base;
}

/** The writes that close `period`: its baseline kept for late sends, the plan now as the next. */
export function snapshotWritesOnComplete(
  record: SnapshotRecord | null,
  period: DateKey,
  steps: readonly Step[],
  today: DateKey,
): Record<string, string> {
  const next: SnapshotRecord = {
    period,
    base: baselineFor(record, period),
    next: makeDigestSnapshot(steps, today),
  };
  return chunkedWrites(KEYS.snapshot, next);
}

/** Whether `period` already took its closing snapshot (so a later completion does not retake it). */
export function hasClosed(record: SnapshotRecord | null, period: DateKey): boolean {
  return record !== null && record.period === period && record.next !== null;
}
