// The Stakeholders tab's rows as plain data (no service calls): the weekly email's recipients
// come from here, so a row that cannot be read is reported rather than guessed.
import { cellText, isBlankCell } from '../cells';
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

    const weekly = raw('weeklyEmail');
    let weeklyEmail = weekly === true;
    if (typeof weekly === 'string') {
      const word = weekly.trim().toLowerCase();
      weeklyEmail = TICKED.has(word);
      if (!weeklyEmail && !UNTICKED.has(word)) {
        warnings.push({
          row: sheetRow,
          message: `Weekly email '${weekly.trim()}' is not ticked or unticked`,
        });
      }
    }
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
