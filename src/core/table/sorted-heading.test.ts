import { instantOfDateKey } from '../dates';
import { isDateCell, isFormulaCell, type SheetCell } from '../layout/cell';
import { MAP_TABLE_HEADER_ROW, mapSheetLayout } from '../layout/map-sheet';
import type { PlannedStep } from '../layout/step-table';
import { locateStepTable, type StepTable } from './plan-tables';
import { rowList, sortedHeadingWarning, stepRowsAboveHeading } from './sorted-heading';

const SORT_TZ = 'America/Los_Angeles';
const FIRST = MAP_TABLE_HEADER_ROW + 1;

const STEPS: PlannedStep[] = ['Kickoff', 'Demo', 'Security review', 'Pricing', 'Signature'].map(
  (step, i) => ({
    phase: 'Close',
    step,
    side: 'Joint',
    ownerRole: 'Champion',
    seInvolved: false,
    targetDate: `2026-11-${String(10 + i).padStart(2, '0')}`,
  }),
);

/** A MAP tab as createPlan writes it, read back as getValues would. */
function sortedPlan(): unknown[][] {
  const layout = mapSheetLayout({
    customer: 'Acme',
    vendor: 'Globex',
    goal: 'Live by March',
    signatureDate: '2026-11-14',
    goLiveDate: '2026-12-01',
    owner: 'se@vendor.example',
    formulaLastRow: 200,
    steps: STEPS,
  });
  return layout.grid.map((row: SheetCell[]) =>
    row.map((cell) => {
      if (cell === null || isFormulaCell(cell)) return '';
      if (isDateCell(cell)) return instantOfDateKey(cell.date, SORT_TZ);
      return cell;
    }),
  );
}

/** The heading row and the steps sorted as one range: the heading row lands at `position`. */
function sortedWithHeading(values: unknown[][], position: number): unknown[][] {
  const above = values.slice(0, MAP_TABLE_HEADER_ROW - 1);
  const table = values.slice(MAP_TABLE_HEADER_ROW - 1);
  const [heading, ...steps] = table;
  steps.splice(position, 0, heading);
  return [...above, ...steps];
}

function locate(values: unknown[][]): StepTable {
  const table = locateStepTable(values);
  if (!table.ok) throw new Error(table.message);
  return table;
}

/** Column index of a heading in the default layout. */
function col(values: unknown[][], heading: string): number {
  return values[MAP_TABLE_HEADER_ROW - 1].indexOf(heading);
}

describe('stepRowsAboveHeading', () => {
  it('finds nothing on a plan as createPlan wrote it: the header block is not a step', () => {
    const values = sortedPlan();
    expect(stepRowsAboveHeading(values, locate(values), { timeZone: SORT_TZ })).toEqual([]);
    expect(sortedHeadingWarning(values, locate(values), { timeZone: SORT_TZ })).toBeNull();
  });

  it('finds every step when the sort put the heading row last (sorted by date)', () => {
    const values = sortedWithHeading(sortedPlan(), STEPS.length);
    const table = locate(values);
    expect(table.headerRow).toBe(FIRST + STEPS.length - 1);
    expect(stepRowsAboveHeading(values, table, { timeZone: SORT_TZ })).toEqual([
      FIRST - 1,
      FIRST,
      FIRST + 1,
      FIRST + 2,
      FIRST + 3,
    ]);
  });

  it('counts a step by a listed status or a date, not by its name alone', () => {
    const values = sortedWithHeading(sortedPlan(), 3);
    const status = col(sortedPlan(), 'Status');
    const date = col(sortedPlan(), 'Target date');
    values[MAP_TABLE_HEADER_ROW - 1][status] = 'waiting on legal'; // not a listed status
    values[MAP_TABLE_HEADER_ROW][status] = '';
    values[MAP_TABLE_HEADER_ROW][date] = ''; // neither: a name alone
    values[MAP_TABLE_HEADER_ROW + 1][status] = ' done ';
    values[MAP_TABLE_HEADER_ROW + 1][date] = 'next week';
    const table = locate(values);
    expect(stepRowsAboveHeading(values, table, { timeZone: SORT_TZ })).toEqual([
      MAP_TABLE_HEADER_ROW, // its date still counts
      MAP_TABLE_HEADER_ROW + 2, // Done, typed loosely
    ]);
  });

  it('leaves out rows of the header block and rows with no step name', () => {
    const values = sortedPlan();
    const [name, date, status] = ['Step', 'Target date', 'Status'].map((h) => col(values, h));
    const day = instantOfDateKey('2026-11-01', SORT_TZ);
    // A block row (Customer / Acme in it) given a date and a status in the table's columns.
    values[1][date] = day;
    values[1][status] = 'Done';
    expect(values[1][name]).toBe('Acme');
    // The blank row under the block given a date and a status, but no step name.
    values[MAP_TABLE_HEADER_ROW - 2][date] = day;
    values[MAP_TABLE_HEADER_ROW - 2][status] = 'Blocked';
    // A step typed above the table: it counts.
    const typed = values[MAP_TABLE_HEADER_ROW].map(() => '');
    typed[name] = 'Order laptops';
    typed[status] = 'In progress';
    values.splice(MAP_TABLE_HEADER_ROW - 1, 0, typed);
    const table = locate(values);
    expect(table.headerRow).toBe(MAP_TABLE_HEADER_ROW + 1);
    expect(stepRowsAboveHeading(values, table, { timeZone: SORT_TZ })).toEqual([MAP_TABLE_HEADER_ROW]);
  });

  it('reads values that do not start at A1', () => {
    const values = sortedWithHeading(sortedPlan(), 2).slice(MAP_TABLE_HEADER_ROW - 1);
    const table = locateStepTable(values, { row: 20, column: 1 });
    if (!table.ok) throw new Error(table.message);
    expect(table.headerRow).toBe(22);
    expect(stepRowsAboveHeading(values, table, { timeZone: SORT_TZ })).toEqual([20, 21]);
  });
});

describe('sortedHeadingWarning', () => {
  it('names the rows, the heading row and what to do, at the first stranded row', () => {
    const values = sortedWithHeading(sortedPlan(), STEPS.length - 1);
    const table = locate(values);
    expect(sortedHeadingWarning(values, table, { timeZone: SORT_TZ })).toEqual({
      row: FIRST - 1,
      message:
        `Rows ${FIRST - 1}–${FIRST + 2} read like steps but sit above the heading row ` +
        `(row ${FIRST + 3}: Step, Owner, Target date, Status): the table was probably sorted ` +
        "together with its heading row, so those steps are left out of the plan's status and " +
        'the weekly email. Undo the sort, or move the heading row back above the steps.',
    });
  });

  it('speaks of one step in the singular and lists the headings in the sheet’s order', () => {
    const values = sortedWithHeading(sortedPlan(), 1).map((row) => [...row].reverse());
    const warning = sortedHeadingWarning(values, locate(values), { timeZone: SORT_TZ });
    expect(warning?.message).toMatch(
      new RegExp(
        `^Row ${FIRST - 1} reads like a step but sits above the heading row \\(row ${FIRST}: ` +
          'Status, Target date, Owner, Step\\).* so that step is left out',
      ),
    );
  });
});

describe('rowList', () => {
  it.each([
    [[8], 'Row 8'],
    [[8, 9, 10], 'Rows 8–10'],
    [[3, 8, 9, 12], 'Rows 3, 8–9 and 12'],
    [[1, 3, 5, 7], 'Rows 1, 3, 5 and 7'],
    [[1, 3, 5, 6, 7, 9, 11, 12], 'Rows 1, 3, 5–7 and 3 more'],
  ])('%j reads "%s"', (rows, expected) => {
    expect(rowList(rows)).toBe(expected);
  });
});
