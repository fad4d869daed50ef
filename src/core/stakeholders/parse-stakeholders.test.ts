import { locateStakeholderTable } from '../table/plan-tables';
import { parseStakeholders } from './parse-stakeholders';

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
});
