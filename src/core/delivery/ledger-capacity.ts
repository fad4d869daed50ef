// How many more addresses the ledger can record within its byte limit. Checked before a run
// sends, because an address that was mailed but could not be recorded would be mailed again.
import { LEDGER_MAX_BYTES, MAX_ERROR_LENGTH, type DeliveryLedger } from './ledger';
import { utf8Length } from './utf8-length';

// Room kept for what a run adds besides `sent` entries: a pending entry, a failure count and
// the last error, the quota and completion stamps.
const RESERVE_BYTES = MAX_ERROR_LENGTH + 400;

/** How many of `emails`, in order, fit when each is recorded as sent at `time`. */
export function ledgerCapacity(
  ledger: DeliveryLedger,
  emails: readonly string[],
  time: string,
): number {
  // History is dropped first when space runs out (serializeLedger), so it does not count.
  const { history: _history, lastError: _lastError, ...core } = ledger;
  let used = utf8Length(JSON.stringify(core)) + RESERVE_BYTES;
  let count = 0;
  for (const email of emails) {
    // "email":"time", plus the comma.
    used += utf8Length(JSON.stringify(email)) + utf8Length(JSON.stringify(time)) + 2;
    if (used > LEDGER_MAX_BYTES) break;
    count++;
  }
  return count;
}
