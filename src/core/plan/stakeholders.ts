import { roleKey, type SellerInput } from './step-owners';
import {
  STAKEHOLDER_COLUMNS,
  type Side,
  type StakeholderColumnKey,
  SIDES,
  sideChoices,
  sideHelp,
  sideWord,
  type RowWarning,
  type Stakeholder,
} from './model';
import {
  type SheetCell,
  type ColumnFormat,
  type TableFormat,
  cellText,
  isBlankCell,
  isDateValue,
} from './cells';
import type { RowWarningListJson } from '../../shared/api';
import { cleanValue } from '../text';
import { parseSide } from './steps';
import type { StakeholderTable } from './table';

// The Stakeholders tab: Name | Email | Side | Role | Weekly email, starting at A1.

export interface StakeholderSeed {
  name: string;
  email: string;
  side: Side;
  role: string;
  weeklyEmail: boolean;
}

const LOOK: Record<StakeholderColumnKey, Omit<ColumnFormat, 'column'>> = {
  name: { width: 180 },
  email: { width: 240 },
  // A new plan's words: the buyer's people are on the Customer side.
  side: {
    width: 100,
    validation: { kind: 'list', values: sideChoices(), allowInvalid: true, helpText: sideHelp() },
  },
  role: { width: 170 },
  weeklyEmail: { width: 110, validation: { kind: 'checkbox' } },
};

export const STAKEHOLDERS_FORMAT: TableFormat = {
  headerRow: 1,
  firstDataRow: 2,
  frozenRows: 1,
  columns: STAKEHOLDER_COLUMNS.map(({ key }, i) => ({ column: i + 1, ...LOOK[key] })),
};

/**
 * Who the plan starts with: one row per role the template's steps need, prospect roles first.
 * A seller who names a role takes that row; the others take the vendor roles in the order given (a plan is usually created by the AE or SE,
 * who lists themselves first); sellers beyond the vendor roles get rows of their own. Sellers are
 * ticked for the weekly email; empty placeholders are not (they have no address yet).
 */
export function stakeholderSeeds(
  roles: readonly { side: 'Vendor' | 'Prospect'; role: string }[],
  sellers: readonly SellerInput[],
): StakeholderSeed[] {
  const queue = [...sellers];
  // A seller who named a role takes that role's row; sellers who named none fill the vendor
  // rows left, in order; anyone left over gets a row of their own, with their role.
  const take = (role: string): SellerInput | undefined => {
    let at = queue.findIndex((s) => roleKey(s.role) === roleKey(role));
    if (at < 0) at = queue.findIndex((s) => roleKey(s.role) === '');
    return at < 0 ? undefined : queue.splice(at, 1)[0];
  };
  const seeds: StakeholderSeed[] = roles.map(({ side, role }) => {
    const seller = side === 'Vendor' ? take(role) : undefined;
    return {
      name: seller?.name ?? '',
      email: seller?.email ?? '',
      side,
      role,
      weeklyEmail: seller !== undefined,
    };
  });
  for (const seller of queue) {
    seeds.push({
      name: seller.name,
      email: seller.email,
      side: 'Vendor',
      role: seller.role ?? '',
      weeklyEmail: true,
    });
  }
  return seeds;
}

/** Header row plus one row per seed, in STAKEHOLDER_COLUMNS order. */
export function stakeholderGrid(seeds: readonly StakeholderSeed[]): SheetCell[][] {
  const header: SheetCell[] = STAKEHOLDER_COLUMNS.map((c) => c.header);
  return [
    header,
    ...seeds.map((s) => {
      const cells: Record<StakeholderColumnKey, SheetCell> = {
        name: s.name,
        email: s.email,
        side: sideWord(s.side),
        role: s.role,
        weeklyEmail: s.weeklyEmail,
      };
      return STAKEHOLDER_COLUMNS.map(({ key }) => cells[key]);
    }),
  ];
}

// The Stakeholders tab's unreadable rows as the sidebar lists them. A prospect can paste
// thousands of bad rows (each quoting its cell), and the sidebar loads in one call, so the list
// is bounded in count and each message in length; the rest is counted, never dropped silently.

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

// The Stakeholders tab's rows as plain data (no service calls): the weekly email's recipients
// come from here, so a row that cannot be read is reported rather than guessed.

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
