// Everything that reads and then writes the schedule, the ledger or the log runs under the
// DOCUMENT lock: the trigger (running as the owner) and "send now" (running as whoever clicked)
// are different users, so only a lock scoped to the file makes them take turns.

/** How long a caller waits for another execution to finish its sends. */
export const LOCK_WAIT_MS = 30_000;

export class LockBusyError extends Error {
  constructor() {
    super('Another weekly-email run is in progress for this spreadsheet. Try again in a minute.');
    this.name = 'LockBusyError';
  }
}

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) throw new LockBusyError();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
