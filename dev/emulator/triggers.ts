// The registry of installable triggers: who owns each, what fires it, and (for clock triggers)
// when it runs next. Plain data, so the state file can hold it as is.
import { nextRun, type ClockSchedule } from './schedule';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface TriggerRecord {
  uid: string;
  handler: string;
  /** The user who created it; it runs as them. */
  owner: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet id for spreadsheet triggers; null for clock triggers. */
  sourceId: string | null;
  /**
   * The file the add-on was running in when it created the trigger (the add-on limits count per
   * file; a clock trigger runs with it active). Null if created in a run without a document.
   */
  documentId: string | null;
  createdAt: number;
  /** Clock triggers only. */
  schedule?: ClockSchedule;
  timeZone?: string;
  /** Clock triggers only: the next scheduled run, null once a one-off trigger has run. */
  nextRunAt?: number | null;
  lastRunAt?: number | null;
}

export class TriggerRegistry {
  private readonly records: TriggerRecord[] = [];
  private seq: number;

  constructor(records: TriggerRecord[] = [], seq = 0) {
    this.records.push(...records.map((r) => ({ ...r })));
    this.seq = Math.max(seq, records.length);
  }

  get nextSequence(): number {
    return this.seq;
  }

  all(): readonly TriggerRecord[] {
    return this.records;
  }

  find(uid: string): TriggerRecord | undefined {
    return this.records.find((r) => r.uid === uid);
  }

  /** Adds a trigger; clock triggers get their first run computed from `createdAt`. */
  add(spec: Omit<TriggerRecord, 'uid' | 'nextRunAt' | 'lastRunAt'>): TriggerRecord {
    this.seq += 1;
    const record: TriggerRecord = { ...spec, uid: String(1_000_000 + this.seq) };
    if (spec.schedule) {
      record.nextRunAt = nextRun(
        spec.schedule,
        spec.timeZone ?? 'Etc/UTC',
        spec.createdAt,
        spec.createdAt,
      );
      record.lastRunAt = null;
    }
    this.records.push(record);
    return record;
  }

  remove(uid: string): boolean {
    const i = this.records.findIndex((r) => r.uid === uid);
    if (i < 0) return false;
    this.records.splice(i, 1);
    return true;
  }

  /** The clock trigger due first at or before `until` (ties: the older trigger first). */
  nextDue(until: number): TriggerRecord | undefined {
    let best: TriggerRecord | undefined;
    for (const r of this.records) {
      if (r.eventType !== 'CLOCK' || r.nextRunAt == null || r.nextRunAt > until) continue;
      if (!best || r.nextRunAt < (best.nextRunAt as number)) best = r;
    }
    return best;
  }

  /** Records that `record` ran at its scheduled time and schedules the run after it. */
  markRan(record: TriggerRecord): void {
    const ranAt = record.nextRunAt as number;
    record.lastRunAt = ranAt;
    record.nextRunAt = nextRun(
      record.schedule as ClockSchedule,
      record.timeZone ?? 'Etc/UTC',
      record.createdAt,
      ranAt,
    );
  }

  /** The clock jumped to `now` without firing: runs it skipped are dropped, not owed. */
  skipTo(now: number): void {
    for (const r of this.records) {
      if (r.schedule && r.nextRunAt != null && r.nextRunAt < now) {
        r.nextRunAt = nextRun(r.schedule, r.timeZone ?? 'Etc/UTC', r.createdAt, now - 1);
      }
    }
  }

  toJSON(): { seq: number; triggers: TriggerRecord[] } {
    return { seq: this.seq, triggers: this.records.map((r) => ({ ...r })) };
  }
}
