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
