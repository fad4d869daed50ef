// What the previous weekly email knew, so the next one can say what was completed and which
// dates moved since. Stored by the server next to the delivery ledger (one property, <= 9 KB):
// per step only a hashed key, the target date and the status.
import { isDateKey } from '../dates';
import { STATUSES, type DateKey, type Step, type StepStatus } from '../model';
import { stepKeys } from './step-key';

export const SNAPSHOT_VERSION = 1;
/** Far above real plans; bounds the stored size (about 30 bytes a step). */
export const MAX_SNAPSHOT_STEPS = 250;

export interface DigestSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /** The day the email was built. */
  on: DateKey;
  /** [step key, target date or '', index in STATUSES]. */
  steps: [string, DateKey | '', number][];
}

export interface SnapshotEntry {
  targetDate: DateKey | null;
  status: StepStatus;
}

export function makeDigestSnapshot(steps: readonly Step[], today: DateKey): DigestSnapshot {
  const kept = steps.slice(0, MAX_SNAPSHOT_STEPS);
  const keys = stepKeys(kept.map((s) => s.step));
  return {
    v: SNAPSHOT_VERSION,
    on: today,
    steps: kept.map((s, i) => [keys[i], s.targetDate ?? '', STATUSES.indexOf(s.status)]),
  };
}

/** The stored snapshot, or null when there is none or it cannot be read. */
export function parseDigestSnapshot(stored: string | null | undefined): DigestSnapshot | null {
  if (!stored) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== SNAPSHOT_VERSION || !isDateKey(r.on) || !Array.isArray(r.steps)) return null;
  const steps = r.steps.filter(
    (e): e is [string, DateKey | '', number] =>
      Array.isArray(e) &&
      e.length === 3 &&
      typeof e[0] === 'string' &&
      (e[1] === '' || isDateKey(e[1])) &&
      Number.isInteger(e[2]) &&
      e[2] >= 0 &&
      e[2] < STATUSES.length,
  );
  return { v: SNAPSHOT_VERSION, on: r.on, steps };
}

/** The snapshot as a lookup by step key. */
export function snapshotEntries(snapshot: DigestSnapshot): Map<string, SnapshotEntry> {
  return new Map(
    snapshot.steps.map(([key, date, status]) => [
      key,
      { targetDate: date === '' ? null : date, status: STATUSES[status] },
    ]),
  );
}
