import { STAKEHOLDER_COLUMNS } from '../model';
import { locateStakeholderTable } from '../table/plan-tables';
import { STAKEHOLDERS_FORMAT, stakeholderGrid, stakeholderSeeds } from './stakeholders-table';

const roles = [
  { side: 'Prospect', role: 'Champion' },
  { side: 'Prospect', role: 'Economic buyer' },
  { side: 'Vendor', role: 'AE' },
  { side: 'Vendor', role: 'SE' },
] as const;

describe('stakeholderSeeds', () => {
  it('gives sellers the vendor roles in order, ticked; placeholders stay blank and unticked', () => {
    const seeds = stakeholderSeeds(roles, [
      { name: 'Ana AE', email: 'ana@vendor.example' },
      { name: 'Sol SE', email: 'sol@vendor.example' },
      { name: 'Cy CSM', email: 'cy@vendor.example' },
    ]);
    expect(seeds.map((s) => [s.name, s.side, s.role, s.weeklyEmail])).toEqual([
      ['', 'Prospect', 'Champion', false],
      ['', 'Prospect', 'Economic buyer', false],
      ['Ana AE', 'Vendor', 'AE', true],
      ['Sol SE', 'Vendor', 'SE', true],
      ['Cy CSM', 'Vendor', '', true],
    ]);
  });

  it('keeps vendor placeholders when there are no sellers', () => {
    expect(stakeholderSeeds(roles, []).filter((s) => s.side === 'Vendor')).toEqual([
      { name: '', email: '', side: 'Vendor', role: 'AE', weeklyEmail: false },
      { name: '', email: '', side: 'Vendor', role: 'SE', weeklyEmail: false },
    ]);
  });
});

describe('stakeholderGrid', () => {
  it('is found again by core’s locator, with a checkbox column for the weekly email', () => {
    const grid = stakeholderGrid(stakeholderSeeds(roles, [{ name: 'A', email: 'a@v.example' }]));
    const table = locateStakeholderTable(grid);
    if (!table.ok) throw new Error(table.message);
    expect(table.headerRow).toBe(STAKEHOLDERS_FORMAT.headerRow);
    expect(grid[3]).toEqual(['A', 'a@v.example', 'Vendor', 'AE', true]);
    const weekly = STAKEHOLDERS_FORMAT.columns[table.index.weeklyEmail ?? -1];
    expect(weekly.validation).toEqual({ kind: 'checkbox' });
    expect(STAKEHOLDERS_FORMAT.columns).toHaveLength(STAKEHOLDER_COLUMNS.length);
  });
});
