import { instantOfDateKey } from '../dates';
import { isDateCell, isFormulaCell, type SheetCell } from './cells';
import { MAP_TABLE_HEADER_ROW, mapSheetLayout, type PlannedStep } from './sheet-layout';
import { STEP_COLUMNS } from './model';
import {
  planEvidenceIn,
  rowList,
  sortedHeadingWarning,
  stepRowsAboveHeading,
} from './table-evidence';
import { locateStepTable, type StepTable } from './table';

const TZ = 'Europe/Berlin';

/** A MAP tab as createPlan writes it, read back as getValues would. */
function ourPlan(): unknown[][] {
  const layout = mapSheetLayout({
    customer: 'Acme',
    vendor: 'Globex',
    goal: 'Live before the board meeting',
    signatureDate: '2026-12-10',
    goLiveDate: null,
    owner: 'se@vendor.example',
    steps: [
      {
        phase: 'Discovery',
        step: 'Success criteria agreed',
        side: 'Joint',
        ownerRole: 'Champion',
        seInvolved: true,
        targetDate: '2026-11-20',
      },
    ],
  });
  return layout.grid.map((row: SheetCell[]) =>
    row.map((cell) => {
      if (cell === null || isFormulaCell(cell)) return '';
      if (isDateCell(cell)) return instantOfDateKey(cell.date, TZ);
      return cell;
    }),
  );
}

/** A seller's own task list: the same four headings, nothing of ours. */
const THEIRS = [
  ['Q4 rollout tasks', '', '', ''],
  ['', '', '', ''],
  ['Step', 'Owner', 'Target date', 'Status', 'Baseline', 'Slip'],
  ['Order laptops', 'Kim', new Date(2026, 10, 3), 'Done'],
];

function headerRowOf(values: unknown[][]): number {
  const table = locateStepTable(values);
  if (!table.ok) throw new Error(table.message);
  return table.headerRow;
}

function without(values: unknown[][], headings: readonly string[]): unknown[][] {
  return values.map((row) => row.map((cell) => (headings.includes(String(cell)) ? '' : cell)));
}

describe('planEvidenceIn', () => {
  it('finds the slip columns on a tab createPlan wrote', () => {
    const values = ourPlan();
    expect(planEvidenceIn(values, MAP_TABLE_HEADER_ROW)).toBe('slip columns');
  });

  it('finds none on a user’s own table with the same headings, aliases of ours included', () => {
    expect(planEvidenceIn(THEIRS, headerRowOf(THEIRS))).toBeNull();
  });

  it('still finds the plan after rows inserted above and columns reordered or added', () => {
    const moved = ourPlan().map((row) => ['their column', ...row].reverse());
    const values = [['a note'], [], [], ...moved];
    expect(planEvidenceIn(values, headerRowOf(values))).toBe('slip columns');
  });

  it('falls back to the header block when the slip columns were deleted', () => {
    const values = without(ourPlan(), ['Baseline date', 'Slip (days)']);
    expect(locateStepTable(values).ok).toBe(true);
    expect(planEvidenceIn(values, MAP_TABLE_HEADER_ROW)).toBe('header block');
  });

  it('keeps the plan when a prospect rewords two of the header block’s labels', () => {
    const values = without(ourPlan(), [
      'Baseline date',
      'Slip (days)',
      'Plan owner',
      'Goal / compelling event',
    ]);
    expect(planEvidenceIn(values, MAP_TABLE_HEADER_ROW)).toBe('header block');
  });

  it('asks for three of the header block’s own labels: two common ones are a hand-made plan', () => {
    const values = [
      ['Plan owner', 'Kim', 'Target signature', new Date(2026, 11, 1)],
      ['Customer', 'Acme', 'Progress', '40%'],
      ['Step', 'Owner', 'Target date', 'Status'],
    ];
    expect(planEvidenceIn(values, 3)).toBeNull();
    values.splice(2, 0, ['Plan status', 'On track']);
    expect(planEvidenceIn(values, 4)).toBe('header block');
  });

  it('reads labels above the heading row only: steps named like them are not a header block', () => {
    const labels = ['Plan status', 'Baseline signature', 'Target signature'];
    const values = [['Step', 'Owner', 'Target date', 'Status'], ...labels.map((l) => [l, 'Kim'])];
    expect(planEvidenceIn(values, 1)).toBeNull();
    expect(planEvidenceIn([...labels.map((l) => [l]), ...values], 4)).toBe('header block');
  });

  it('wants both slip headings, spelled as createPlan writes them (any case or spacing)', () => {
    const base = ['Step', 'Owner', 'Target date', 'Status'];
    expect(planEvidenceIn([[...base, 'Baseline date']], 1)).toBeNull();
    expect(planEvidenceIn([[...base, 'Original date', 'Slip']], 1)).toBeNull();
    expect(planEvidenceIn([[...base, ' baseline DATE ', 'slip  (days):']], 1)).toBe('slip columns');
  });

  it('places the heading row by the values’ origin', () => {
    const heading = STEP_COLUMNS.map((c) => c.header);
    expect(planEvidenceIn([['x'], heading], 11, { row: 10, column: 1 })).toBe('slip columns');
    expect(planEvidenceIn([['x'], heading], 2, { row: 10, column: 1 })).toBeNull();
  });
});

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
    expect(stepRowsAboveHeading(values, table, { timeZone: SORT_TZ })).toEqual([
      MAP_TABLE_HEADER_ROW,
    ]);
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
