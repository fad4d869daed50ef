// The Stakeholders tab's rows as plain data (no service calls): the weekly email's recipients
// come from here, so a row that cannot be read is reported rather than guessed.
import { cellText, isBlankCell, isDateValue } from '../cells';
import { SIDES, type RowWarning, type Stakeholder } from '../model';
import { parseSide } from '../steps/status-text';
import type { StakeholderTable } from '../table/plan-tables';

const TICKED = new Set(['true', 'yes', 'y', 'x', '1', '✓', '✔']);
const UNTICKED = new Set(['', 'false', 'no', 'n', '0']);

export function parseStakeholders(
  values: readonly (readonly unknown[])[],
  table: StakeholderTable,
): { stakeholders: Stakeholder[]; warnings: RowWarning[] } {
  const stakeholders: Stakeholder[] = [];
  const warnings: RowWarning[] = [];
  for (let r = table.firstDataRow - table.origin.row; r < values.length; r++) {
    const row = values[r] ?? [];
    const raw = (key: keyof typeof table.index): unknown => {
      const i = table.index[key];
      return i === undefined ? '' : row[i];
    };
    const text = (key: keyof typeof table.index): string => cellText(raw(key));
    const sheetRow = table.origin.row + r;
    // A ticked box alone is not a person (a checkbox column filled down the sheet).
    if (['name', 'email', 'side', 'role'].every((k) => isBlankCell(raw(k as 'name')))) continue;

    const weekly = readTick(raw('weeklyEmail'));
    if (weekly === null) {
      const cell = raw('weeklyEmail');
      const message = isDateValue(cell)
        ? 'Weekly email holds a date, not a tick'
        : `Weekly email '${cellText(cell)}' is not ticked or unticked`;
      warnings.push({ row: sheetRow, message });
    }
    const weeklyEmail = weekly === true;
    const sideText = text('side');
    const side = parseSide(sideText);
    if (side === null) {
      warnings.push({
        row: sheetRow,
        message: `Side '${sideText}' is not one of ${SIDES.join(', ')}`,
      });
    }
    stakeholders.push({
      row: sheetRow,
      name: text('name'),
      email: text('email'),
      side: side ?? '',
      role: text('role'),
      weeklyEmail,
    });
  }
  return { stakeholders, warnings };
}

/**
 * A Weekly email cell as ticked (true), unticked (false) or unreadable (null). "1" typed over the
 * checkbox arrives as the number 1 and means what the text '1' means; any other number, or a
 * date, is not a tick and is reported rather than silently read as "no email".
 */
function readTick(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value == null) return false;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  return TICKED.has(word) ? true : UNTICKED.has(word) ? false : null;
}
