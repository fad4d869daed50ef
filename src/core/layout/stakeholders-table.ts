// The Stakeholders tab: Name | Email | Side | Role | Weekly email, starting at A1.
import { STAKEHOLDER_COLUMNS, type Side, type StakeholderColumnKey } from '../model';
import { SIDES } from '../model';
import type { SheetCell } from './cell';
import type { ColumnFormat, TableFormat } from './sheet-format';

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
  side: {
    width: 100,
    validation: {
      kind: 'list',
      values: SIDES,
      allowInvalid: false,
      helpText: `Choose ${SIDES.join(', ')}.`,
    },
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
 * Sellers take the vendor roles in the order given (a plan is usually created by the AE or SE,
 * who lists themselves first); sellers beyond the vendor roles get rows of their own. Sellers are
 * ticked for the weekly email; empty placeholders are not (they have no address yet).
 */
export function stakeholderSeeds(
  roles: readonly { side: 'Vendor' | 'Prospect'; role: string }[],
  sellers: readonly { name: string; email: string }[],
): StakeholderSeed[] {
  const queue = [...sellers];
  const seeds: StakeholderSeed[] = roles.map(({ side, role }) => {
    const seller = side === 'Vendor' ? queue.shift() : undefined;
    return {
      name: seller?.name ?? '',
      email: seller?.email ?? '',
      side,
      role,
      weeklyEmail: seller !== undefined,
    };
  });
  for (const seller of queue) {
    seeds.push({ ...seller, side: 'Vendor', role: '', weeklyEmail: true });
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
        side: s.side,
        role: s.role,
        weeklyEmail: s.weeklyEmail,
      };
      return STAKEHOLDER_COLUMNS.map(({ key }) => cells[key]);
    }),
  ];
}
