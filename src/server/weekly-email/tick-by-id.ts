import { executionUserProperties } from '../platform/properties';
import { type DigestRun, openDigestRunById } from './run-context';
import { hasCopy } from './store/clock-copy';

// The hourly run without its document, in the `--scope=spreadsheets` build only: the spreadsheet
// comes from SpreadsheetApp.openById (the id the deal's registry entry recorded with the trigger
// when the schedule was made), the schedule, ledger and plan location from the owner's copy
// (store/clock-copy.ts), and the lock is the owner's user lock. The run is otherwise the same
// tick, so it sends, retries and retires exactly as a run with the document does.

/** The copy has not been made yet: the schedule was made by the default build. */
export const NO_COPY = 'no copy';

/** How the tick opens its run on this file, or null while the owner has no copy of it. */
export function byIdOpener(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): (() => DigestRun) | null {
  if (!hasCopy(executionUserProperties().all(), ss.getId())) return null;
  return () => openDigestRunById(ss);
}
