// Everything that reads and then writes the schedule, the ledger or the log runs under the
// document lock, waiting long enough for another run to finish its sends.
import { withDocumentLock as withLock } from '../platform/lock';

export { LockBusyError } from '../platform/lock';

/** How long a caller waits for another execution to finish its sends. */
export const LOCK_WAIT_MS = 30_000;

const BUSY = 'Another weekly-email run is in progress for this spreadsheet. Try again in a minute.';

export function withScheduleLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  return withLock(work, { waitMs, busyMessage: BUSY });
}
