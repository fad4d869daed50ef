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
