import {
  columnLetter,
  locateTable,
  locateStakeholderTable,
  locateStepTable,
  stepLetters,
  normalizeLabel,
} from './table';
import { STEP_COLUMNS } from './model';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [7, 'G'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });

  it('refuses 0, negatives and fractions', () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnLetter(-3)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

const HEADINGS = STEP_COLUMNS.map((c) => c.header);

function blankRows(n: number, width = 4): unknown[][] {
  return Array.from({ length: n }, () => Array.from({ length: width }, () => ''));
}

describe('locateStepTable', () => {
  it('finds the heading row below a header block and maps every column', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Plan owner', 'Sam'],
      [''],
      HEADINGS,
      ['1', 'Discovery', 'Kickoff call', 'Joint', 'Ana'],
    ];
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    expect(table.headerRow).toBe(4);
    expect(table.firstDataRow).toBe(5);
    expect(table.lastDataRow).toBe(5);
    STEP_COLUMNS.forEach((c, i) => expect(table.index[c.key]).toBe(i));
  });

  it('follows the table down when rows are inserted above it', () => {
    const values = [...blankRows(30), HEADINGS, ['1', 'P', 'S']];
    const table = locateStepTable(values);
    expect(table.ok && table.headerRow).toBe(31);
  });

  it('maps reordered, renamed-by-alias and extra columns, in any case and spacing', () => {
    const values = [['  STATUS ', 'Budget', 'Due date', 'task', 'Notes', 'Assignee:']];
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    expect(table.index).toEqual({ status: 0, targetDate: 2, step: 3, notes: 4, owner: 5 });
    expect(table.column.owner).toBe(6);
  });

  it('prefers the real heading over an alias, whichever comes first', () => {
    const values = [['Step', 'Owner', 'Due', 'Status', 'Target date']];
    const table = locateStepTable(values);
    expect(table.ok && table.index.targetDate).toBe(4);
  });

  it('turns indexes into sheet columns and rows when the values do not start at A1', () => {
    const values = [
      ['Step', 'Owner', 'Target date', 'Status'],
      ['x', 'y', '', ''],
    ];
    const table = locateStepTable(values, { row: 10, column: 3 });
    if (!table.ok) throw new Error(table.message);
    expect(table.headerRow).toBe(10);
    expect(table.column.targetDate).toBe(5);
    expect(stepLetters(table)).toEqual({ step: 'C', owner: 'D', targetDate: 'E', status: 'F' });
  });

  it('names each missing required column in words a user can act on', () => {
    const values = [['Step', 'Owner', 'Deadline', 'Status']];
    const table = locateStepTable(values);
    expect(table.ok).toBe(false);
    if (table.ok) return;
    expect(table.headerRow).toBe(1);
    expect(table.missing.map((m) => m.key)).toEqual(['targetDate']);
    expect(table.message).toBe(
      "The plan has no 'Target date' column; add a column headed Target date.",
    );
  });

  it('says there is no table when no row comes close, listing the headings it needs', () => {
    const table = locateStepTable([
      ['Customer', 'Acme'],
      ['Status', 'On track'],
    ]);
    expect(table.ok).toBe(false);
    if (table.ok) return;
    expect(table.headerRow).toBeNull();
    expect(table.message).toContain('Step, Owner, Target date and Status');
  });

  it('only scans the first rows it is told to', () => {
    const values = [...blankRows(50), HEADINGS];
    expect(locateStepTable(values).ok).toBe(false);
    expect(locateTable(values, STEP_COLUMNS, { what: 'The plan', scanRows: 60 }).ok).toBe(true);
  });

  it('ends the table at the last row with data in a known column', () => {
    const values = [
      ['Step', 'Owner', 'Target date', 'Status', 'Scratch'],
      ['a', '', '', ''],
      ['', '', '', ''],
      ['b', '', '', ''],
      ['', '', '', '', 'user note outside the plan'],
    ];
    const table = locateStepTable(values);
    expect(table.ok && table.lastDataRow).toBe(4);
  });
});

describe('locateStakeholderTable', () => {
  it('locates the stakeholder columns with the same helper', () => {
    const values = [['Role', 'Full name', 'E-mail', 'Weekly email']];
    const table = locateStakeholderTable(values);
    expect(table.ok && table.index).toEqual({ role: 0, name: 1, email: 2, weeklyEmail: 3 });
  });

  it('names the Stakeholders tab in its message', () => {
    const table = locateStakeholderTable([['Name', 'Email', 'Role']]);
    expect(!table.ok && table.message).toBe(
      "The Stakeholders tab has no 'Weekly email' column; add a column headed Weekly email.",
    );
  });
});

describe('normalizeLabel', () => {
  it('ignores case, surrounding and repeated space', () => {
    expect(normalizeLabel('  Target   DATE ')).toBe('target date');
  });

  it('ignores a trailing colon or asterisk', () => {
    expect(normalizeLabel('Customer:')).toBe('customer');
    expect(normalizeLabel('Owner *')).toBe('owner');
  });

  it('keeps inner punctuation that tells labels apart', () => {
    expect(normalizeLabel('Step #')).toBe('step #');
    expect(normalizeLabel('Go-live')).not.toBe(normalizeLabel('Go live'));
  });
});
