// One writer at a time per document: two people pressing Create, a refresh racing an edit
// handler, or the weekly trigger (running as the owner) racing "send now" (running as whoever
// clicked) are different executions, often of different users; only a lock scoped to the file
// makes them take turns.

/** Thrown when another execution kept the lock for the whole wait; callers may back off quietly. */
export class LockBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockBusyError';
  }
}

export interface LockOptions {
  waitMs?: number;
  /** What the user is told when the wait runs out. */
  busyMessage?: string;
}

const DEFAULT_BUSY = 'Someone else is changing the plan right now; try again in a few seconds.';

/** Runs `work` holding the document lock, or throws a LockBusyError the user can act on. */
export function withDocumentLock<T>(work: () => T, options: LockOptions = {}): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(options.waitMs ?? 10_000)) {
    throw new LockBusyError(options.busyMessage ?? DEFAULT_BUSY);
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

// Everything that reads and then writes the schedule, the ledger or the log runs under the
// document lock, waiting long enough for another run to finish its sends.

/** How long a caller waits for another execution to finish its sends. */
export const LOCK_WAIT_MS = 30_000;

const BUSY = 'Another weekly-email run is in progress for this spreadsheet. Try again in a minute.';

export function withScheduleLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  // The `--scope=spreadsheets` build also takes the owner's user lock: an hourly run without its
  // document cannot take the document's, so the owner's own runs meet on the user lock instead.
  if (typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID) {
    const document = LockService.getDocumentLock();
    const inner = () => withLock(LockService.getUserLock(), work, waitMs, BUSY);
    return document == null ? inner() : withLock(document, inner, waitMs, BUSY);
  }
  return withDocumentLock(work, { waitMs, busyMessage: BUSY });
}

function withLock<T>(
  lock: GoogleAppsScript.Lock.Lock,
  work: () => T,
  waitMs: number,
  busy: string,
): T {
  if (!lock.tryLock(waitMs)) throw new LockBusyError(busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

export interface LockRoundTrip {
  available: boolean;
  acquired: boolean;
  released: boolean;
  error: string | null;
}

/** Takes the document lock and gives it back at once: the set-up check's proof. Never throws. */
export function documentLockRoundTrip(waitMs = 5_000): LockRoundTrip {
  const trip: LockRoundTrip = { available: false, acquired: false, released: false, error: null };
  try {
    const lock = LockService.getDocumentLock();
    if (!lock) return trip;
    trip.available = true;
    trip.acquired = lock.tryLock(waitMs);
    if (trip.acquired) {
      lock.releaseLock();
      trip.released = !lock.hasLock();
    }
  } catch (error) {
    trip.error = error instanceof Error ? error.message : String(error);
  }
  return trip;
}
