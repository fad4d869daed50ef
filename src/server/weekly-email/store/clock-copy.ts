import { addressKey, parseSchedule } from '../../../core/weekly-email';
import { PLAN_RECORD_KEY } from '../../plan/find-plan';
import { PLAN_HOLIDAYS_KEY } from '../../plan/plan-store';
import { LockBusyError, withScheduleLock } from '../../platform/lock';
import { executionUserProperties, type ReadOnceProperties } from '../../platform/properties';
import { DIGEST_KEY_PREFIX, KEYS } from './document-store';

// The clock's copy (only in the `--scope=spreadsheets` build). Document properties can be read
// only by a run that has its document, and Google does not promise an add-on's clock trigger
// one. So the schedule owner keeps, in their own USER properties and keyed by spreadsheet id,
// a copy of what the hourly run reads in the document: the weekly email's keys, the plan's
// location and its holidays. A run without its document opens the file by id and uses this
// copy as its document store; the owner's runs with the document keep the copy equal to it.
//
// - Only the schedule owner's runs deliver, so the owner's copy sees every send: each write an
//   owner's run makes to the document is made to the copy in the same step (a copy that cannot
//   be written fails the write, as a full document store does).
// - A run without the document writes the copy alone and marks it pending; the owner's next run
//   with the document, holding the schedule lock (document and user lock in this build), folds
//   the copy back into the document before it reads anything else.
// - A document whose schedule was made by the default build has no copy yet: the owner's first
//   weekly-email call with the document (opening the sidebar is enough) makes it.

type Properties = GoogleAppsScript.Properties.Properties;

const COPY_PREFIX = 'map.copy.';

function prefixOf(spreadsheetId: string): string {
  return `${COPY_PREFIX}${spreadsheetId}.`;
}

function pendingKey(spreadsheetId: string): string {
  return `${COPY_PREFIX}${spreadsheetId}#pending`;
}

/** Whether a document key is one the hourly run reads. */
export function isCopied(key: string): boolean {
  return key.startsWith(DIGEST_KEY_PREFIX) || key === PLAN_RECORD_KEY || key === PLAN_HOLIDAYS_KEY;
}

/** The copy of one spreadsheet, as document keys, from the user's properties. */
export function copyOf(
  user: Readonly<Record<string, string>>,
  spreadsheetId: string,
): Record<string, string> {
  const prefix = prefixOf(spreadsheetId);
  const copy: Record<string, string> = {};
  for (const [key, value] of Object.entries(user)) {
    if (key.startsWith(prefix)) copy[key.slice(prefix.length)] = value;
  }
  return copy;
}

/** True once an owner's run has made the copy: it records who owns the schedule. */
export function hasCopy(user: Readonly<Record<string, string>>, spreadsheetId: string): boolean {
  return user[prefixOf(spreadsheetId) + KEYS.owner] !== undefined;
}

function prefixed(spreadsheetId: string, values: Record<string, string>): Record<string, string> {
  const prefix = prefixOf(spreadsheetId);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) out[prefix + key] = value;
  return out;
}

function ownerIn(values: Readonly<Record<string, string>>): string | null {
  const { owner } = parseSchedule(values[KEYS.settings], values[KEYS.owner]);
  return owner === null ? null : addressKey(owner);
}

/**
 * The copy as a Properties service for a run without its document: reads come from the user's
 * properties (read again each time, as a document store is after taking the lock), writes go to
 * the copy and mark it pending in the same call.
 */
export function copyAsProperties(user: ReadOnceProperties, spreadsheetId: string): Properties {
  const write = (values: Record<string, string>): void => {
    const writes = prefixed(spreadsheetId, values);
    writes[pendingKey(spreadsheetId)] = '1';
    if (!user.set(writes)) throw new Error('The copy of the schedule could not be saved.');
  };
  const self = {
    getProperties: () => {
      user.reread();
      return copyOf(user.all(), spreadsheetId);
    },
    getProperty: (key: string) => user.get(prefixOf(spreadsheetId) + key) ?? null,
    getKeys: () => Object.keys(copyOf(user.all(), spreadsheetId)),
    setProperty: (key: string, value: string) => (write({ [key]: value }), self),
    setProperties: (values: Record<string, string>) => (write(values), self),
    deleteProperty: (key: string) => {
      user.delete([prefixOf(spreadsheetId) + key]);
      write({});
      return self;
    },
    deleteAllProperties: () => {
      throw new Error('Not supported on the copy.');
    },
  };
  return self as unknown as Properties;
}

/**
 * The document's properties, wrapped so that each write made while `me` owns the schedule is
 * made to the owner's copy too. `current` is the store as the run last read it.
 */
export function mirroredDocument(
  document: Properties,
  spreadsheetId: string,
  me: string,
  current: () => Readonly<Record<string, string>>,
): Properties {
  const mirror = (values: Record<string, string>): void => {
    const after = { ...current(), ...values };
    if (ownerIn(after) !== me) return;
    const user = executionUserProperties();
    // A copy that is missing, or another owner's era, is replaced whole, never patched: a
    // ledger left from then could make the run without the document send a week again.
    const whole = ownerIn(copyOf(user.all(), spreadsheetId)) !== me;
    const kept = Object.fromEntries(
      Object.entries(whole ? after : values).filter(([key]) => isCopied(key)),
    );
    const stale = whole ? staleKeys(copyOf(user.all(), spreadsheetId), after, spreadsheetId) : [];
    if (!user.set(prefixed(spreadsheetId, kept)) || !user.delete(stale)) {
      throw new Error('The copy of the schedule could not be saved.');
    }
  };
  const wrapped = {
    getProperties: () => document.getProperties(),
    getProperty: (key: string) => document.getProperty(key),
    getKeys: () => document.getKeys(),
    setProperty: (key: string, value: string) => {
      document.setProperty(key, value);
      mirror({ [key]: value });
      return wrapped;
    },
    setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
      if (deleteAllOthers) throw new Error('Not supported on the weekly email store.');
      document.setProperties(values);
      mirror(values);
      return wrapped;
    },
    deleteProperty: (key: string) => (document.deleteProperty(key), wrapped),
    deleteAllProperties: () => {
      throw new Error('Not supported on the weekly email store.');
    },
  };
  return wrapped as unknown as Properties;
}

/** Whether the copy needs the owner's attention: pending, or not equal to the document. */
export function copyNeedsSync(
  document: Readonly<Record<string, string>>,
  spreadsheetId: string,
  me: string,
): boolean {
  if (ownerIn(document) !== me) return false;
  const user = executionUserProperties().all();
  if (user[pendingKey(spreadsheetId)] !== undefined) return true;
  const copy = copyOf(user, spreadsheetId);
  return (
    Object.entries(document).some(([key, value]) => isCopied(key) && copy[key] !== value) ||
    staleKeys(copy, document, spreadsheetId).length > 0
  );
}

/**
 * Under the schedule lock, with the document: folds a pending copy back into the document (the
 * weekly email's keys only: a run without the document writes nothing else), then brings the
 * copy up to the document (plan location and holidays included). At most one write to each
 * store, and one to clear the mark.
 */
export function syncCopyLocked(
  document: ReadOnceProperties,
  spreadsheetId: string,
  me: string,
): void {
  const user = executionUserProperties();
  user.reread();
  document.reread();
  const pending = user.get(pendingKey(spreadsheetId)) !== undefined;
  const copy = copyOf(user.all(), spreadsheetId);
  const mine = ownerIn(document.all()) === me;
  if (pending) {
    const back: Record<string, string> = {};
    for (const [key, value] of Object.entries(copy)) {
      if (key.startsWith(DIGEST_KEY_PREFIX) && document.get(key) !== value) back[key] = value;
    }
    // Someone took the schedule over meanwhile: their ledger is the truth, this copy is not.
    // Written through the mirrored store: the copy already holds these values.
    if (mine && !document.set(back)) return;
    user.delete([pendingKey(spreadsheetId)]);
  }
  if (ownerIn(document.all()) !== me) return;
  const forward: Record<string, string> = {};
  for (const [key, value] of Object.entries(document.all())) {
    if (isCopied(key) && copy[key] !== value) forward[key] = value;
  }
  user.set(prefixed(spreadsheetId, forward));
  user.delete(staleKeys(copy, document.all(), spreadsheetId));
}

/** The user keys of copied values the document no longer holds (the document is the truth). */
function staleKeys(
  copy: Readonly<Record<string, string>>,
  document: Readonly<Record<string, string>>,
  spreadsheetId: string,
): string[] {
  return Object.keys(copy)
    .filter((key) => isCopied(key) && document[key] === undefined)
    .map((key) => prefixOf(spreadsheetId) + key);
}

/** The same, taking the schedule lock briefly; a busy lock leaves it to the next run. */
export function syncCopy(document: ReadOnceProperties, spreadsheetId: string, me: string): void {
  try {
    withScheduleLock(() => syncCopyLocked(document, spreadsheetId, me), 2_000);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
  }
}
