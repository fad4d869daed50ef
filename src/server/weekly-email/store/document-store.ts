import { appendSendLog, makeSendLogEntry, parseSendLog } from '../../../core/weekly-email';
import {
  type SendLogEntryJson,
  WEEKDAYS,
  type DigestSettings,
  type Weekday,
} from '../../../shared/api';
import { type DateKey, parseDateKey } from '../../../core/dates';
import {
  makeDigestSnapshot,
  parseDigestSnapshot,
  type DigestSnapshot,
} from '../../../core/weekly-email';
import type { Step } from '../../../core/plan';
import { closeRun, type DeliveryPlan } from '../../../core/weekly-email';
import { markPending, markSent, serializeLedger } from '../../../core/weekly-email';
import { type LocalHour, parseWeekday } from '../../../core/weekly-email';
import { approvalProblem } from '../../../core/weekly-email';

// Property values hold at most 9 KB each, so a JSON value that may outgrow one (the "since the
// last email" snapshots) is spread over numbered keys. The head key holds the chunk count, so a
// reader never stitches in chunks left over from a longer, older value (those stay behind as
// bounded garbage: never more than the largest value written), and every key of one value is
// written by a single setProperties call, so no reader sees half a write.

/** Characters per chunk. Values are kept to ASCII (see asciiJson), so characters are bytes. */
export const CHUNK_CHARS = 8000;

/** JSON with every non-ASCII character escaped, so a value's length is its size in bytes. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function chunkKey(key: string, index: number): string {
  return `${key}.${index}`;
}

/** The property writes that store `value` under `key` (head plus chunks). */
export function chunkedWrites(key: string, value: unknown): Record<string, string> {
  const text = asciiJson(value);
  const writes: Record<string, string> = {};
  let count = 0;
  for (let at = 0; at < text.length || count === 0; at += CHUNK_CHARS) {
    writes[chunkKey(key, count)] = text.slice(at, at + CHUNK_CHARS);
    count += 1;
  }
  writes[key] = String(count);
  return writes;
}

/**
 * The value stored under `key`, or undefined when absent or unreadable. A damaged value is
 * treated as absent: these are caches and ledgers the caller knows how to start afresh.
 */
export function readChunked(props: Readonly<Record<string, string>>, key: string): unknown {
  const count = Number(props[key]);
  if (!Number.isInteger(count) || count < 1) return undefined;
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const part = props[chunkKey(key, i)];
    if (part === undefined) return undefined;
    text += part;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Where the weekly email keeps its state in DOCUMENT properties (shared by everyone using the
// add-on in this file, so a collaborator sees who owns the schedule and what was sent). Nothing
// here decides who may be mailed: approvals live in the owner's user properties.

/** Every document key the weekly email writes starts with this. */
export const DIGEST_KEY_PREFIX = 'map.digest.';

export const KEYS = {
  settings: 'map.digest.settings',
  owner: 'map.digest.owner',
  ledger: 'map.digest.ledger',
  snapshot: 'map.digest.snapshot',
  log: 'map.digest.log',
  notices: 'map.digest.notices',
  approvedView: 'map.digest.approvedView',
} as const;

// The bounded send log in document properties (core bounds it; this only stores it).

export function readSendLog(stored: Readonly<Record<string, string>>): SendLogEntryJson[] {
  return parseSendLog(stored[KEYS.log]);
}

/** The write that adds `entry` to the stored log. */
export function sendLogWrite(
  stored: Readonly<Record<string, string>>,
  entry: SendLogEntryJson,
): Record<string, string> {
  return {
    [KEYS.log]: JSON.stringify(appendSendLog(readSendLog(stored), makeSendLogEntry(entry))),
  };
}

// The "since the last email" baseline. Every email of one period compares the plan with the
// SAME snapshot (what the previous period's email knew), so a recipient mailed on a retry hours
// later reads the same "completed / moved" story as the rest. A new snapshot is taken only when
// a period's delivery completes; until then the old one stays the baseline.

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

// What a delivery run will have written by its end if every send succeeds: the ledger with
// everyone recorded, the send log's new entry, the closing snapshot and the display copy. The
// run compares this with the room left in the document's properties BEFORE its first send, so
// a store that would fill up part-way stops the run while nobody has been mailed.

export interface ProjectionInput {
  stored: Readonly<Record<string, string>>;
  decision: DeliveryPlan;
  /** Everyone approved this period (the ledger closes when all are accounted for). */
  toMail: readonly string[];
  period: DateKey;
  trigger: 'schedule' | 'manual';
  now: string;
  snapshots: SnapshotRecord | null;
  steps: readonly Step[];
  today: DateKey;
  view: Record<string, string> | null;
}

export function projectedWrites(input: ProjectionInput): Record<string, string> {
  let ledger = input.decision.ledger;
  for (const email of input.decision.toSend) {
    ledger = markSent(markPending(ledger, email, input.now), email, input.now);
  }
  ledger = closeRun(ledger, input.toMail, input.now);
  const writes: Record<string, string> = {
    [KEYS.ledger]: serializeLedger(ledger),
    ...sendLogWrite(input.stored, {
      at: input.now,
      period: input.period,
      trigger: input.trigger,
      sent: input.decision.toSend,
      failed: [],
      skipped: '',
    }),
    ...(input.view ?? {}),
  };
  if (!hasClosed(input.snapshots, input.period)) {
    Object.assign(
      writes,
      snapshotWritesOnComplete(input.snapshots, input.period, input.steps, input.today),
    );
  }
  return writes;
}

// The schedule as stored in document properties: when it runs and who owns it. Approvals are not
// part of it (see approvals-store.ts); they are merged in only for the owner's own view.

export interface ScheduleConfig {
  enabled: boolean;
  weekday: Weekday;
  hour: number;
  /** The account whose trigger sends (and whose quota and approvals count); null when off. */
  owner: string | null;
  /** When it was switched on or re-timed, in the sheet's zone: slots before it are not owed. */
  since: LocalHour | null;
}

export const DEFAULT_SCHEDULE: ScheduleConfig = {
  enabled: false,
  weekday: 'MONDAY',
  hour: 9,
  owner: null,
  since: null,
};

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

function isHour(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23;
}

function parseLocalHour(value: unknown): LocalHour | null {
  if (value == null || typeof value !== 'object') return null;
  const v = value as { dateKey?: unknown; hour?: unknown };
  const dateKey = parseDateKey(v.dateKey);
  return dateKey !== null && isHour(v.hour) ? { dateKey, hour: v.hour } : null;
}

export function readScheduleConfig(props: Readonly<Record<string, string>>): ScheduleConfig {
  let stored: Partial<Record<keyof DigestSettings | 'since', unknown>> = {};
  try {
    stored = JSON.parse(props[KEYS.settings] ?? '{}') as typeof stored;
  } catch {
    // A damaged value reads as "never configured": the owner sees it off and sets it again.
  }
  const owner = (props[KEYS.owner] ?? '').trim();
  return {
    enabled: stored.enabled === true && owner !== '',
    weekday: isWeekday(stored.weekday) ? stored.weekday : DEFAULT_SCHEDULE.weekday,
    hour: isHour(stored.hour) ? stored.hour : DEFAULT_SCHEDULE.hour,
    owner: owner === '' ? null : owner,
    since: parseLocalHour(stored.since),
  };
}

/** The settings a caller sent, checked; the message names the field so the sidebar can show it. */
export function validateSettings(settings: unknown): DigestSettings & { takeOver: boolean } {
  if (settings == null || typeof settings !== 'object') {
    throw new TypeError('Weekly email settings are missing.');
  }
  const s = settings as Record<string, unknown>;
  if (typeof s.enabled !== 'boolean') throw new TypeError('"enabled" must be true or false.');
  const weekday = parseWeekday(s.weekday);
  if (weekday === null) {
    throw new RangeError(`"weekday" must be one of ${WEEKDAYS.join(', ')}.`);
  }
  if (!isHour(s.hour)) throw new RangeError('"hour" must be a whole number from 0 to 23.');
  const list = (name: 'approvedEmails' | 'approvedDomains'): string[] | undefined => {
    const v = s[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new TypeError(`"${name}" must be a list of text values.`);
    }
    const kind = name === 'approvedEmails' ? 'email' : 'domain';
    const problems = (v as string[])
      .map((x) => approvalProblem(kind, x))
      .filter((p): p is string => p !== null);
    if (problems.length > 0) {
      throw new RangeError(`"${name}": ${problems.slice(0, 3).join('; ')}. Nothing was changed.`);
    }
    return v as string[];
  };
  return {
    enabled: s.enabled,
    weekday,
    hour: s.hour,
    approvedEmails: list('approvedEmails'),
    approvedDomains: list('approvedDomains'),
    takeOver: s.takeOver === true,
  };
}

/** Property writes for a schedule; an owner of null is written as '' (setProperties cannot delete). */
export function scheduleWrites(config: ScheduleConfig): Record<string, string> {
  return {
    [KEYS.settings]: JSON.stringify({
      enabled: config.enabled,
      weekday: config.weekday,
      hour: config.hour,
      since: config.since,
    }),
    [KEYS.owner]: config.owner ?? '',
  };
}

// How much the weekly email may keep, at most, so that its own data can never fill a store,
// however many months of weekly runs and however many recipients. Every value it writes is
// capped by the module that writes it (ledger, send log, snapshot chunks, display copy,
// approvals), and every key is either fixed or replaced in place, so the totals below hold for
// good; storage-budget.test.ts adds the caps up, and a year of weekly runs with 50 recipients
// (test/scenarios/digest/storage-year.test.ts) measures them.

/** The largest value the weekly email writes: 1 KB clear of the 9 KB a property value holds. */
export const MAX_OWN_VALUE_BYTES = 8 * 1024;

/** The weekly email's keys in one document's properties, together: under 10% of its 500 KB. */
export const DOCUMENT_BUDGET_BYTES = 48 * 1024;

/**
 * Per spreadsheet in the schedule owner's user properties (the approvals, and the notice of a
 * run that could not save). That store holds 500 KB across every file the owner uses the
 * add-on in, so approvals are capped per file (approvals-store.ts).
 */
export const USER_BUDGET_BYTES = 10 * 1024;

// Writes to the document's properties can fail: the store is full (500 KB per file, shared by
// everything the add-on keeps there) or the service errs. A delivery run must stop at its first
// failed write, since a send it cannot record might be repeated, and the owner must hear it
// from the add-on rather than from a failed-execution email. So every digest write goes through
// this wrapper, which turns any failure into one error type the entry points recognise.

type Properties = GoogleAppsScript.Properties.Properties;

const STORE_FULL_PATTERN = /storage quota|store (is )?full/i;

export class StoreWriteError extends Error {
  constructor(
    /** The service's own words, or ours when the run refused to start. */
    readonly detail: string,
    /** True when the store has no room (as opposed to a passing service error). */
    readonly full: boolean,
    /** Addresses this run mailed (and recorded) before the failed write. */
    readonly sentBefore: readonly string[] = [],
  ) {
    super(
      full
        ? `The add-on's storage in this spreadsheet is full: ${detail}`
        : `The add-on could not save to this spreadsheet's storage: ${detail}`,
    );
    this.name = 'StoreWriteError';
  }

  static from(error: unknown): StoreWriteError {
    if (error instanceof StoreWriteError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    return new StoreWriteError(detail, STORE_FULL_PATTERN.test(detail));
  }

  /** The same failure, knowing who the run had already mailed. */
  afterSending(sent: readonly string[]): StoreWriteError {
    return new StoreWriteError(this.detail, this.full, [...sent]);
  }
}

/**
 * What a failed write does: 'throw' a StoreWriteError (runs that record sends), or 'ignore' it
 * (a read-only call such as the sidebar, whose only writes are caches that are rebuilt later:
 * a full store must not stop the owner from seeing what is wrong).
 */
export type WriteFailure = 'throw' | 'ignore';

export function guardedProperties(props: Properties, onFailure: WriteFailure): Properties {
  const write = (work: () => void): Properties => {
    try {
      work();
    } catch (error) {
      if (onFailure === 'throw') throw StoreWriteError.from(error);
    }
    return guarded;
  };
  const guarded: Properties = {
    getProperty: (key) => props.getProperty(key),
    getProperties: () => props.getProperties(),
    getKeys: () => props.getKeys(),
    setProperty: (key, value) => write(() => props.setProperty(key, value)),
    setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) =>
      write(() =>
        deleteAllOthers === undefined
          ? props.setProperties(values)
          : props.setProperties(values, deleteAllOthers),
      ),
    deleteProperty: (key) => write(() => props.deleteProperty(key)),
    deleteAllProperties: () => write(() => props.deleteAllProperties()),
  };
  return guarded;
}
