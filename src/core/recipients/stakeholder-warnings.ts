// The Stakeholders tab's unreadable rows as the sidebar lists them. A prospect can paste
// thousands of bad rows (each quoting its cell), and the sidebar loads in one call, so the list
// is bounded in count and each message in length; the rest is counted, never dropped silently.
import type { RowWarning } from '../model';
import type { RowWarningListJson } from '../../shared/api';
import { cleanValue } from '../digest/clean-text';

export const MAX_SIDEBAR_WARNINGS = 20;
const MESSAGE_LENGTH = 200;

export function listStakeholderWarnings(warnings: readonly RowWarning[]): RowWarningListJson {
  const sorted = [...warnings].sort((a, b) => a.row - b.row);
  const shown = sorted.slice(0, MAX_SIDEBAR_WARNINGS).map((w) => ({
    row: w.row,
    message: cleanValue(w.message, MESSAGE_LENGTH),
  }));
  return { shown, more: sorted.length - shown.length };
}
