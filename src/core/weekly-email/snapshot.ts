import { cleanLine } from '../text';
import { isDateKey, type DateKey, addDays, compareDateKeys } from '../dates';
import { STATUSES, type Step, type StepStatus } from '../plan';

// A short, stable name for a step across weekly snapshots. Rows move when people insert or sort
// rows, so a step is known by its (cleaned, lower-case) name and which occurrence of that name
// it is; the name is hashed so a snapshot of a long plan stays small enough for one property.

export function stepKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw) => {
    const name = cleanLine(raw).toLowerCase();
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return fnv1a(`${name}\u0000${occurrence}`);
  });
}

/** 32-bit FNV-1a over UTF-16 units, in base 36: collisions are negligible at plan sizes. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// What the previous weekly email knew, so the next one can say what was completed and which
// dates moved since. Stored by the server next to the delivery ledger (one property, <= 9 KB):
// per step only a hashed key, the target date and the status.

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

// "Completed since the last email" and "dates moved (old -> new)", from the previous email's
// snapshot. Without one (the first email, or a lost snapshot) completions fall back to the
// steps whose Done-on date is in the last week, and no moves are claimed.

export const DEFAULT_COMPLETED_WINDOW_DAYS = 7;

export interface StepChanges {
  completed: Step[];
  moved: { step: Step; from: DateKey; to: DateKey }[];
  /** The previous email's day, or null when the default window was used. */
  since: DateKey | null;
}

export function changesSince(
  steps: readonly Step[],
  snapshot: DigestSnapshot | null,
  today: DateKey,
): StepChanges {
  if (snapshot === null) {
    const from = addDays(today, -DEFAULT_COMPLETED_WINDOW_DAYS);
    const completed = steps.filter(
      (s) =>
        s.status === 'Done' &&
        s.doneOn !== null &&
        compareDateKeys(s.doneOn, from) > 0 &&
        compareDateKeys(s.doneOn, today) <= 0,
    );
    return { completed, moved: [], since: null };
  }

  const before = snapshotEntries(snapshot);
  const keys = stepKeys(steps.map((s) => s.step));
  const completed: Step[] = [];
  const moved: StepChanges['moved'] = [];
  steps.forEach((step, i) => {
    const old = before.get(keys[i]);
    if (step.status === 'Done') {
      const newlyDone = old
        ? old.status !== 'Done'
        : step.doneOn !== null && compareDateKeys(step.doneOn, snapshot.on) >= 0;
      if (newlyDone) completed.push(step);
      return;
    }
    if (step.status === 'Skipped') return;
    if (old?.targetDate && step.targetDate && old.targetDate !== step.targetDate) {
      moved.push({ step, from: old.targetDate, to: step.targetDate });
    }
  });
  return { completed, moved, since: snapshot.on };
}

// The "since the last email" baseline across periods. Every email of one period compares the
// plan with the SAME snapshot (what the previous period's email knew), so a recipient mailed on
// a retry hours later reads the same "completed / moved" story as the rest. A new snapshot is
// taken only when a period's delivery completes; until then the old one stays the baseline.

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

/** The record from its parsed JSON, or null when absent or unreadable. */
export function parseSnapshotRecord(raw: unknown): SnapshotRecord | null {
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

/** The record that closes `period`: its baseline kept for late sends, the plan now as the next. */
export function closedSnapshotRecord(
  record: SnapshotRecord | null,
  period: DateKey,
  steps: readonly Step[],
  today: DateKey,
): SnapshotRecord {
  return { period, base: baselineFor(record, period), next: makeDigestSnapshot(steps, today) };
}

/** Whether `period` already took its closing snapshot (so a later completion does not retake it). */
export function hasClosed(record: SnapshotRecord | null, period: DateKey): boolean {
  return record !== null && record.period === period && record.next !== null;
}
