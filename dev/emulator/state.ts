// The emulator's whole state as JSON (documented in STATE.md). One run's state is the next run's
// starting point, so everything here must round-trip: times are ISO 8601 strings.
import { KIND } from './kind';
import type { MailState } from './mail';
import type { PropertyStoresState } from './properties';
import type { ExecutionRecord } from './runtime';
import type { ClockSchedule } from './schedule';
import type { WorkbookState } from './spreadsheet';
import type { EventTypeName, TriggerRecord, TriggerSourceName } from './triggers';
import type { UiState } from './ui';

export const STATE_VERSION = 2;

export interface TriggerState {
  uid: string;
  handler: string;
  owner: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  documentId: string | null;
  createdAt: string;
  schedule?: ClockScheduleState;
  timeZone?: string;
  nextRunAt?: string | null;
  lastRunAt?: string | null;
}

export type ClockScheduleState =
  Exclude<ClockSchedule, { kind: 'once' }> | { kind: 'once'; at: string };

export interface CallRecord {
  name: string;
  args: unknown[];
  user: string;
  at: string;
  ok: boolean;
  /** JSON of the return value; Dates as {"instant": "...Z"}. */
  result?: unknown;
  error?: { message: string; stack?: string };
}

export interface EmulatorState {
  version: number;
  clock: string;
  scriptTimeZone: string;
  /** The add-on's script id (one script across every spreadsheet). */
  scriptId: string;
  user: string;
  authorizedUsers: string[];
  /** The current spreadsheet: the one calls, edits and opens run in. */
  spreadsheet: WorkbookState;
  /** The other spreadsheets, by name. */
  otherSpreadsheets: WorkbookState[];
  properties: PropertyStoresState;
  triggers: TriggerState[];
  triggerSequence: number;
  mail: MailState;
  counts: Record<string, number>;
  simulatedMs: number;
  lastCall: CallRecord | null;
  ui: UiState;
  executions: ExecutionRecord[];
  nextExecutionId: number;
  log: string[];
}

/** A state as read from a file, of this version or an earlier one. */
export type SavedState = Omit<EmulatorState, 'scriptId' | 'otherSpreadsheets'> &
  Partial<Pick<EmulatorState, 'scriptId' | 'otherSpreadsheets'>>;

/**
 * A saved state brought to this version. Version 1 held one spreadsheet, whose id named the
 * script.
 */
export function upgradeState(state: SavedState): EmulatorState {
  if (state.version === STATE_VERSION) return state as EmulatorState;
  if (state.version === 1) {
    return {
      ...state,
      version: STATE_VERSION,
      scriptId: `emulated-script-${state.spreadsheet.id}`,
      otherSpreadsheets: [],
    };
  }
  throw new Error(`Unsupported state version ${state.version} (expected ${STATE_VERSION} or 1)`);
}

const iso = (t: number) => new Date(t).toISOString();
const ms = (s: string) => {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`Invalid time in state: ${s}`);
  return t;
};

export function triggerToState(r: TriggerRecord): TriggerState {
  const out: TriggerState = {
    uid: r.uid,
    handler: r.handler,
    owner: r.owner,
    eventType: r.eventType,
    source: r.source,
    sourceId: r.sourceId,
    documentId: r.documentId,
    createdAt: iso(r.createdAt),
  };
  if (r.schedule) {
    out.schedule =
      r.schedule.kind === 'once' ? { kind: 'once', at: iso(r.schedule.at) } : { ...r.schedule };
    out.timeZone = r.timeZone;
    out.nextRunAt = r.nextRunAt == null ? null : iso(r.nextRunAt);
    out.lastRunAt = r.lastRunAt == null ? null : iso(r.lastRunAt);
  }
  return out;
}

export function triggerFromState(s: TriggerState): TriggerRecord {
  const out: TriggerRecord = {
    uid: s.uid,
    handler: s.handler,
    owner: s.owner,
    eventType: s.eventType,
    source: s.source,
    sourceId: s.sourceId,
    documentId: s.documentId,
    createdAt: ms(s.createdAt),
  };
  if (s.schedule) {
    out.schedule =
      s.schedule.kind === 'once' ? { kind: 'once', at: ms(s.schedule.at) } : { ...s.schedule };
    out.timeZone = s.timeZone;
    out.nextRunAt = s.nextRunAt == null ? null : ms(s.nextRunAt);
    out.lastRunAt = s.lastRunAt == null ? null : ms(s.lastRunAt);
  }
  return out;
}

/** A call's return value as JSON: Dates become {"instant": ISO}, undefined becomes null. */
export function toJsonValue(value: unknown, seen = new Set<object>()): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  }
  if (value instanceof Date) {
    return { instant: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  }
  if (KIND in value) return `[${String((value as Record<symbol, unknown>)[KIND])}]`;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonValue(v, seen);
  return out;
}
