import { STAKEHOLDER_COLUMNS } from './model';
import { locateStakeholderTable } from './table';
import {
  STAKEHOLDERS_FORMAT,
  stakeholderGrid,
  stakeholderSeeds,
  listStakeholderWarnings,
  MAX_SIDEBAR_WARNINGS,
  parseStakeholders,
} from './stakeholders';

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

  it('puts a seller who names a role in that role’s row, and one in another role in a row of their own', () => {
    const seeds = stakeholderSeeds(roles, [
      { name: 'Sol SE', email: 'sol@vendor.example', role: 'SE' },
      { name: 'Cy CSM', email: 'cy@vendor.example', role: 'Customer success' },
      { name: 'Ana AE', email: 'ana@vendor.example', role: 'ae' },
    ]);
    expect(seeds.filter((s) => s.side === 'Vendor').map((s) => [s.name, s.role])).toEqual([
      ['Ana AE', 'AE'],
      ['Sol SE', 'SE'],
      ['Cy CSM', 'Customer success'],
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
    // The buyer's people are on the Customer side, the word a new plan uses for them.
    expect(grid[1].slice(2, 4)).toEqual(['Customer', 'Champion']);
    const weekly = STAKEHOLDERS_FORMAT.columns[table.index.weeklyEmail ?? -1];
    expect(weekly.validation).toEqual({ kind: 'checkbox' });
    expect(STAKEHOLDERS_FORMAT.columns).toHaveLength(STAKEHOLDER_COLUMNS.length);
  });
});

describe('listStakeholderWarnings', () => {
  it('lists rows in sheet order and counts what it leaves out', () => {
    const warnings = Array.from({ length: MAX_SIDEBAR_WARNINGS + 5 }, (_, i) => ({
      row: 100 - i,
      message: `Side 'x${i}' is not one of Vendor, Prospect, Joint`,
    }));
    const listed = listStakeholderWarnings(warnings);
    expect(listed.shown).toHaveLength(MAX_SIDEBAR_WARNINGS);
    expect(listed.more).toBe(5);
    expect(listed.shown[0]).toEqual({
      row: 76,
      message: "Side 'x24' is not one of Vendor, Prospect, Joint",
    });
    const rows = listed.shown.map((w) => w.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('cuts a message that quotes a huge cell and drops its line breaks', () => {
    const [only] = listStakeholderWarnings([
      { row: 3, message: `Weekly email '${'y'.repeat(9000)}\nz' is not ticked or unticked` },
    ]).shown;
    expect(only.row).toBe(3);
    expect(only.message.length).toBeLessThanOrEqual(200);
    expect(only.message).not.toContain('\n');
    expect(only.message.startsWith("Weekly email 'yyy")).toBe(true);
  });

  it('is empty for a tab that reads', () => {
    expect(listStakeholderWarnings([])).toEqual({ shown: [], more: 0 });
  });
});

function parse(values: unknown[][]) {
  const table = locateStakeholderTable(values);
  if (!table.ok) throw new Error(table.message);
  return parseStakeholders(values, table);
}

describe('parseStakeholders', () => {
  it('reads rows wherever the columns are, skipping empty rows and lone ticks', () => {
    const { stakeholders, warnings } = parse([
      ['Email', 'Name', 'Weekly email', 'Role', 'Side'],
      ['ana@customer.example', 'Ana', true, 'Champion', 'Prospect'],
      ['', '', false, '', ''],
      ['', '', true, '', ''],
      [' sol@vendor.example ', 'Sol', 'yes', 'SE', 'seller'],
    ]);
    expect(warnings).toEqual([]);
    expect(stakeholders).toEqual([
      {
        row: 2,
        name: 'Ana',
        email: 'ana@customer.example',
        side: 'Prospect',
        role: 'Champion',
        weeklyEmail: true,
      },
      {
        row: 5,
        name: 'Sol',
        email: 'sol@vendor.example',
        side: 'Vendor',
        role: 'SE',
        weeklyEmail: true,
      },
    ]);
  });

  it('reports what it cannot read and never ticks a box it was not sure of', () => {
    const { stakeholders, warnings } = parse([
      ['Name', 'Email', 'Side', 'Role', 'Weekly email'],
      ['Bo', 'bo@x.example', 'Martians', '', 'maybe'],
    ]);
    expect(stakeholders[0]).toMatchObject({ side: '', weeklyEmail: false });
    expect(warnings).toEqual([
      { row: 2, message: "Weekly email 'maybe' is not ticked or unticked" },
      { row: 2, message: "Side 'Martians' is not one of Vendor, Prospect, Joint" },
    ]);
  });

  it('reads 1 and 0 typed over the checkbox, and reports any other number or a date', () => {
    const { stakeholders, warnings } = parse([
      ['Name', 'Email', 'Side', 'Role', 'Weekly email'],
      ['One', 'one@x.example', 'Prospect', '', 1],
      ['Zero', 'zero@x.example', 'Prospect', '', 0],
      ['Two', 'two@x.example', 'Prospect', '', 2],
      ['Day', 'day@x.example', 'Prospect', '', new Date(Date.UTC(2026, 0, 1))],
      ['Blank', 'blank@x.example', 'Prospect', '', null],
    ]);
    expect(stakeholders.map((s) => [s.name, s.weeklyEmail])).toEqual([
      ['One', true],
      ['Zero', false],
      ['Two', false],
      ['Day', false],
      ['Blank', false],
    ]);
    expect(warnings).toEqual([
      { row: 4, message: "Weekly email '2' is not ticked or unticked" },
      { row: 5, message: 'Weekly email holds a date, not a tick' },
    ]);
  });
});
