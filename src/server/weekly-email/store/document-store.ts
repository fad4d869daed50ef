import {
  type ApprovedView,
  appendSendLog,
  type DeliveryLedger,
  formatKb,
  makeSendLogEntry,
  mergeNotices,
  type Notices,
  parseApprovedView,
  parseNotices,
  parsePlanHolidays,
  parseSchedule,
  parseSendLog,
  parseSnapshotRecord,
  roomFor,
  type ScheduleConfig,
  serializeLedger,
  serializeSchedule,
  type SnapshotRecord,
} from '../../../core/weekly-email';
import type { DateKey } from '../../../core/dates';
import { type ReminderLedger, serializeReminderLedger } from '../../../core/reminders';
import type { SendLogEntryJson } from '../../../shared/api';
import {
  DOCUMENT_STORE,
  documentProperties,
  ReadOnceProperties,
  StoreRoomError,
} from '../../platform/properties';

// The weekly email's state in the DOCUMENT properties, shared by everyone using the add-on in
// this file (so a collaborator sees who owns the schedule and what was sent). One typed read of
// everything (readDocumentStore) and one batched write (writeDocumentStore). Nothing here
// decides who may be mailed: approvals live in the owner's user properties (user-store.ts).

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
  /** Step-owner reminders sent (core's ReminderLedger). */
  reminders: 'map.digest.reminders',
  /** Written by createPlan with the plan record: the plan's holidays. Read only here. */
  holidays: 'map.holidays',
} as const;

export interface DocumentStore {
  schedule: ScheduleConfig;
  /** The delivery ledger as stored: opened for a period by core (periodNow). */
  ledgerJson: string | undefined;
  snapshot: SnapshotRecord | null;
  log: SendLogEntryJson[];
  notices: Notices;
  /** The owner's display copy of their approvals, for collaborators. */
  approvedView: ApprovedView | null;
  /** The plan's holidays: a weekly slot on one moves to the next business day. */
  holidays: DateKey[];
  /** The reminders' ledger as stored: opened for a day by core (openReminderLedger). */
  remindersJson: string | undefined;
}

/**
 * The document's properties for one execution, read with one getProperties() call. A write
 * that fails either throws a StoreWriteError (runs that record sends) or is let pass (calls that
 * only show state, whose writes are caches: a full store must not hide what is wrong).
 */
export function openDocumentProperties(onFailure: 'throw' | 'ignore'): ReadOnceProperties {
  return new ReadOnceProperties(
    documentProperties(),
    (error) => {
      if (onFailure === 'throw') throw StoreWriteError.from(error);
    },
    DOCUMENT_STORE,
  );
}

/**
 * Another service standing for the document's properties (the clock's copy, or the document
 * mirrored into it: store/clock-copy.ts), with the same failure handling.
 */
export function openStoreProperties(
  service: GoogleAppsScript.Properties.Properties,
  onFailure: 'throw' | 'ignore',
): ReadOnceProperties {
  return new ReadOnceProperties(service, (error) => {
    if (onFailure === 'throw') throw StoreWriteError.from(error);
  });
}

export function readDocumentStore(props: ReadOnceProperties): DocumentStore {
  const all = props.all();
  return {
    schedule: parseSchedule(all[KEYS.settings], all[KEYS.owner]),
    ledgerJson: all[KEYS.ledger],
    snapshot: parseSnapshotRecord(readChunked(all, KEYS.snapshot)),
    log: parseSendLog(all[KEYS.log]),
    notices: parseNotices(all[KEYS.notices]),
    approvedView: parseApprovedView(all[KEYS.approvedView]),
    holidays: parsePlanHolidays(all[KEYS.holidays]),
    remindersJson: all[KEYS.reminders],
  };
}

/** What a caller decided to change; `notices` changes only the notices it names. */
export interface DocumentChanges {
  schedule?: ScheduleConfig;
  ledger?: DeliveryLedger;
  logEntry?: SendLogEntryJson;
  snapshot?: SnapshotRecord;
  notices?: Partial<Notices>;
  /** The display copy as approvedViewOf wrote it. */
  approvedViewJson?: string;
  reminders?: ReminderLedger;
}

/** The property values `changes` come to, and the store as it reads after them. */
function encode(
  store: DocumentStore,
  changes: DocumentChanges,
): { values: Record<string, string>; next: DocumentStore } {
  const values: Record<string, string> = {};
  const next = { ...store };
  if (changes.schedule) {
    const stored = serializeSchedule(changes.schedule);
    values[KEYS.settings] = stored.settings;
    values[KEYS.owner] = stored.owner;
    next.schedule = parseSchedule(stored.settings, stored.owner);
  }
  if (changes.ledger) next.ledgerJson = values[KEYS.ledger] = serializeLedger(changes.ledger);
  if (changes.logEntry) {
    next.log = appendSendLog(store.log, makeSendLogEntry(changes.logEntry));
    values[KEYS.log] = JSON.stringify(next.log);
  }
  if (changes.snapshot) {
    Object.assign(values, chunkedWrites(KEYS.snapshot, changes.snapshot));
    next.snapshot = changes.snapshot;
  }
  if (changes.notices) {
    // Compared as read, so a store that never held notices is not written for nothing.
    const notices = mergeNotices(store.notices, changes.notices);
    if (JSON.stringify(notices) !== JSON.stringify(store.notices)) {
      next.notices = notices;
      values[KEYS.notices] = JSON.stringify(notices);
    }
  }
  if (changes.reminders) {
    next.remindersJson = values[KEYS.reminders] = serializeReminderLedger(changes.reminders);
  }
  if (changes.approvedViewJson !== undefined) {
    values[KEYS.approvedView] = changes.approvedViewJson;
    next.approvedView = parseApprovedView(changes.approvedViewJson);
  }
  return { values, next };
}

/** The store as it will read once `changes` are written: what a caller shows before writing. */
export function applyDocumentChanges(
  store: DocumentStore,
  changes: DocumentChanges,
): DocumentStore {
  return encode(store, changes).next;
}

export interface WriteOptions {
  /**
   * What the run will write after this (its sends recorded, its log and snapshot): nothing is
   * written, and a full StoreWriteError is thrown, unless those fit in the store too.
   */
  roomFor?: DocumentChanges;
}

/**
 * Writes `changes` in one call, skipping values already stored (so nothing unchanged costs a
 * call), and returns the store as it now reads: callers never read it again after their own
 * write. Under 'ignore' a failed write leaves the store as it was.
 */
export function writeDocumentStore(
  props: ReadOnceProperties,
  store: DocumentStore,
  changes: DocumentChanges,
  options: WriteOptions = {},
): DocumentStore {
  const { values, next } = encode(store, changes);
  if (options.roomFor) {
    const later = encode(store, { ...changes, ...options.roomFor }).values;
    const room = roomFor(props.all(), later);
    if (!room.fits) {
      throw new StoreWriteError(
        `${formatKb(room.used)} in use, and this run needs ${formatKb(room.needed - room.used)} more to record its sends`,
        true,
      );
    }
  }
  const writes: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (props.get(key) !== value) writes[key] = value;
  }
  return props.set(writes) ? next : store;
}

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

// How much the weekly email may keep, at most, so that its own data can never fill a store,
// however many months of weekly runs and however many recipients. Every value it writes is
// capped by the module that writes it (ledger, send log, snapshot chunks, display copy,
// approvals), and every key is either fixed or replaced in place, so the totals below hold for
// good; document-store.test.ts adds the caps up, and a year of weekly runs with 50 recipients
// (test/scenarios/digest/storage-year.test.ts) measures them.

/** The largest value the weekly email writes: 1 KB clear of the 9 KB a property value holds. */
export const MAX_OWN_VALUE_BYTES = 8 * 1024;

/** The weekly email's keys in one document's properties, together: under 10% of its 500 KB. */
export const DOCUMENT_BUDGET_BYTES = 48 * 1024;

/**
 * Per spreadsheet in the schedule owner's user properties (the approvals, and the notice of a
 * run that could not save). That store holds 500 KB across every file the owner uses the
 * add-on in, so approvals are capped per file.
 */
export const USER_BUDGET_BYTES = 10 * 1024;

// Writes to the document's properties can fail: the store is full (500 KB per file, shared by
// everything the add-on keeps there; known from our own count before the write, see
// StoreRoomError, and from Google's error text only as a last resort) or the service errs. A delivery run must stop at its first
// failed write, since a send it cannot record might be repeated, and the owner must hear it
// from the add-on rather than from a failed-execution email. So every failed write of a run
// becomes this one error type, which the entry points recognise.

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
    if (error instanceof StoreRoomError) return new StoreWriteError(error.detail, error.full);
    const detail = error instanceof Error ? error.message : String(error);
    return new StoreWriteError(detail, STORE_FULL_PATTERN.test(detail));
  }

  /** The same failure, knowing who the run had already mailed. */
  afterSending(sent: readonly string[]): StoreWriteError {
    return new StoreWriteError(this.detail, this.full, [...sent]);
  }
}
