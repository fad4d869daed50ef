// The property stores. Document properties are shared by every user of the add-on in this file;
// user properties belong to one user across every file. Values are strings of at most 9 KB
// each, so callers keep what they store small. Every call here is a round trip: callers hold
// one store per execution, and ReadOnceProperties reads it once.
import { refusedWrite, type WriteRefusal, writeRefusalWords } from '../../core/weekly-email';

type Properties = GoogleAppsScript.Properties.Properties;

export function documentProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

export function userProperties(): Properties {
  return PropertiesService.getUserProperties();
}

/** How messages name each store. */
export const USER_STORE = 'your add-on settings';
export const DOCUMENT_STORE = "this spreadsheet's add-on storage";

let executionCopy: ReadOnceProperties | null = null;

/**
 * The user's properties as this execution read them, read on first use. Apps Script loads the
 * script afresh for every execution, so the copy lives exactly one execution, and the weekly
 * email's store and the deals registry share one getProperties() call.
 */
export function executionUserProperties(): ReadOnceProperties {
  if (executionCopy === null) {
    executionCopy = new ReadOnceProperties(userProperties(), undefined, USER_STORE);
  }
  return executionCopy;
}

/** The parsed value under `key`, or null when absent, unreadable or rejected by `accept`. */
export function readJson<T>(
  props: Properties,
  key: string,
  accept: (value: unknown) => value is T,
): T | null {
  return parseStored(props.getProperty(key), accept);
}

export function writeJson(props: Properties, key: string, value: unknown): void {
  props.setProperty(key, JSON.stringify(value));
}

/** A damaged value counts as absent: what is stored here can always be found again. */
export function parseStored<T>(
  text: string | null | undefined,
  accept: (value: unknown) => value is T,
): T | null {
  if (text == null || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A write refused before it was sent, because by our count the store has no room for it (or one
 * value is over Google's limit): known from sizes, not from the wording of Google's error.
 */
export class StoreRoomError extends Error {
  /** The refusal in words, without the lead-in. */
  readonly detail: string;

  constructor(
    readonly refusal: WriteRefusal,
    store: string,
  ) {
    const detail = writeRefusalWords(refusal);
    super(`Not saved, for lack of room in ${store}: ${detail}.`);
    this.name = 'StoreRoomError';
    this.detail = detail;
  }

  /** True when the store is full, false when one value alone is too large. */
  get full(): boolean {
    return this.refusal.limit === 'store';
  }
}

/**
 * One execution's copy of a property store: read with one getProperties() call, every later read
 * served from the copy, every write sent to the service and, once it succeeded, kept in the copy.
 * A write that fails goes to `onWriteError` (which may throw a clearer error, or let it pass for
 * callers whose writes are only caches) and leaves the copy as it was. Writes the copy shows
 * to have no room are not sent: they fail as a StoreRoomError.
 */
export class ReadOnceProperties {
  private values: Record<string, string>;

  constructor(
    private readonly service: Properties,
    private readonly onWriteError: (error: unknown) => void = (error) => {
      throw error;
    },
    /** How a refusal names the store. */
    private readonly storeName = 'the add-on storage',
  ) {
    this.values = { ...service.getProperties() };
  }

  /** Reads the store again: only after taking a lock, when another execution may have written. */
  reread(): void {
    this.values = { ...this.service.getProperties() };
  }

  get(key: string): string | undefined {
    return this.values[key];
  }

  all(): Readonly<Record<string, string>> {
    return this.values;
  }

  /** Writes in one call (setProperty for one key, setProperties for several); false when it failed. */
  set(writes: Readonly<Record<string, string>>): boolean {
    const keys = Object.keys(writes);
    if (keys.length === 0) return true;
    const refusal = refusedWrite(this.values, writes);
    const done = this.attempt(() => {
      if (refusal) throw new StoreRoomError(refusal, this.storeName);
      if (keys.length === 1) this.service.setProperty(keys[0], writes[keys[0]]);
      else this.service.setProperties({ ...writes });
    });
    if (done) Object.assign(this.values, writes);
    return done;
  }

  /** Deletes each key the copy holds (one call each); false when one failed. */
  delete(keys: readonly string[]): boolean {
    for (const key of keys) {
      if (this.values[key] === undefined) continue;
      if (!this.attempt(() => this.service.deleteProperty(key))) return false;
      delete this.values[key];
    }
    return true;
  }

  /** The copy as a Properties object, for code written against the service. */
  asProperties(): Properties {
    const self: Properties = {
      getProperty: (key) => this.get(key) ?? null,
      getProperties: () => ({ ...this.values }),
      getKeys: () => Object.keys(this.values),
      setProperty: (key, value) => (this.set({ [key]: value }), self),
      setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
        if (deleteAllOthers) throw new Error('Not supported on a read-once copy.');
        this.set(values);
        return self;
      },
      deleteProperty: (key) => (this.delete([key]), self),
      deleteAllProperties: () => (this.delete(Object.keys(this.values)), self),
    };
    return self;
  }

  private attempt(work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.onWriteError(error);
      return false;
    }
  }
}

export interface RoundTrip {
  wrote: boolean;
  readBack: boolean;
  deleted: boolean;
  error: string | null;
}

/**
 * Writes `value` under `key`, reads it back and deletes it (four calls), leaving the store as it
 * was: the set-up check's proof that a store takes writes. Never throws.
 */
export function propertyRoundTrip(
  open: () => Properties | null,
  key: string,
  value: string,
): RoundTrip {
  const trip: RoundTrip = { wrote: false, readBack: false, deleted: false, error: null };
  try {
    const props = open();
    if (!props) throw new Error('this run has no such store');
    props.setProperty(key, value);
    trip.wrote = true;
    trip.readBack = props.getProperty(key) === value;
    props.deleteProperty(key);
    trip.deleted = props.getProperty(key) === null;
  } catch (error) {
    trip.error = error instanceof Error ? error.message : String(error);
  }
  return trip;
}
