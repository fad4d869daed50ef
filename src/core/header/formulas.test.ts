// The header's live formulas against summarizePlan, on random plans, in a real formula engine.
import fc from 'fast-check';
import { addDays } from '../dates';
import type { DateKey } from '../model';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  onDay,
  text,
  type PlanCell,
} from '../rules/formula-sheet.test-util';
import { progressText } from '../status/progress';
import { summarizePlan } from '../status/summary';
import { parseSteps } from '../steps/parse';
import { locateStepTable } from '../table/plan-tables';
import { stepLetters } from '../table/step-letters';
import { headerFormulas } from './formulas';
import { readHeader } from './read';

const HEADINGS = ['#', 'Step', 'Owner', 'Target date', 'Status'].map(text);
// Header block in rows 1-3, table heading on row 5, steps from row 6.
const FIRST_DATA_ROW = 6;
// The live cells sit in column B of the header block.
const PROGRESS_AT = { row: 2, column: 2 };
const STATUS_AT = { row: 3, column: 2 };

// Padded statuses (" Done ") and names of spaces are left out on purpose: COUNTIFS cannot trim,
// the dropdown refuses them, and the README notes the difference.
const statusArb = fc.constantFrom(
  blank,
  ...[
    'Not started',
    'In progress',
    'Blocked',
    'Done',
    'Skipped',
    'done',
    'SKIPPED',
    'Finished',
  ].map(text),
);

function dateArb(today: DateKey): fc.Arbitrary<PlanCell> {
  return fc.oneof(
    fc.integer({ min: -12, max: 10 }).map((d) => dateOn(addDays(today, d))),
    fc.integer({ min: -12, max: 10 }).map((d) => dateOn(addDays(today, d), 0.5)),
    fc.constantFrom<PlanCell>(
      blank,
      text('next week'),
      text(today),
      { kind: 'number', value: 12 },
      { kind: 'bool', value: true },
    ),
  );
}

function rowArb(today: DateKey): fc.Arbitrary<PlanCell[]> {
  return fc
    .record({
      named: fc.boolean(),
      owner: fc.constantFrom(blank, text('Ana')),
      date: dateArb(today),
      status: statusArb,
    })
    .map(({ named, owner, date, status }) => [
      blank,
      named ? text('A step') : blank,
      owner,
      date,
      status,
    ]);
}

function check(today: DateKey, rows: PlanCell[][], zone: string, spare: number): void {
  const lastRow = FIRST_DATA_ROW + rows.length - 1 + spare;
  const grid: PlanCell[][] = [
    [text('Customer'), text('Acme')],
    [text('Progress'), blank],
    [text('Plan status'), blank],
    [],
    HEADINGS,
    ...rows,
  ];
  const values = grid.map((r) => r.map((c) => asSheetsValue(c, zone)));
  const table = locateStepTable(values);
  if (!table.ok) throw new Error(table.message);
  const formulas = headerFormulas(stepLetters(table), table.firstDataRow, lastRow);

  const { steps, warnings } = parseSteps(values, table, { timeZone: zone });
  const { header } = readHeader(values, zone, { beforeRow: table.headerRow });
  const summary = summarizePlan({
    steps,
    warnings,
    header,
    today,
    sheetName: 'MAP',
    timeZone: zone,
  });

  const sheet = new FormulaSheet(grid.map((r) => r.map(asEngineInput)));
  sheet.set(PROGRESS_AT.row, PROGRESS_AT.column, formulas.progress);
  sheet.set(STATUS_AT.row, STATUS_AT.column, formulas.status);
  const progress = sheet.value(PROGRESS_AT.row, PROGRESS_AT.column);
  const status = sheet.value(STATUS_AT.row, STATUS_AT.column);
  sheet.destroy();

  expect({ progress, status }).toEqual({
    progress: progressText(summary.progress),
    status: summary.status,
  });
}

describe.each(['2026-03-01', '2028-02-29', '2026-12-31'])('header formulas on %s', (today) => {
  it('agree with summarizePlan on random plans', () => {
    onDay(today, () =>
      fc.assert(
        fc.property(
          fc.array(rowArb(today), { maxLength: 25 }),
          fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'),
          fc.integer({ min: 0, max: 5 }),
          (rows, zone, spare) => check(today, rows, zone, spare),
        ),
        { numRuns: 60 },
      ),
    );
  });

  it('agree at the At risk / Stalled edges and with nothing to do', () => {
    onDay(today, () => {
      const stepOn = (d: number, status = 'In progress', fraction = 0) => [
        blank,
        text('S'),
        text('Ana'),
        dateOn(addDays(today, d), fraction),
        text(status),
      ];
      check(today, [], 'UTC', 0);
      check(today, [stepOn(0)], 'UTC', 0);
      check(today, [stepOn(-1)], 'UTC', 0);
      check(today, [stepOn(-6, 'Blocked', 0.9)], 'UTC', 0);
      check(today, [stepOn(-7)], 'UTC', 3);
      check(today, [stepOn(-30, 'Skipped'), stepOn(-30, 'Done')], 'UTC', 0);
      check(today, [stepOn(-7, 'Skipped'), stepOn(-2)], 'Pacific/Auckland', 0);
    });
  });
});

describe('headerFormulas', () => {
  it('uses bounded, absolute ranges of the located columns', () => {
    const { progress, status } = headerFormulas(
      { step: 'C', targetDate: 'G', status: 'H' },
      12,
      200,
    );
    for (const formula of [progress, status]) {
      const ranges = formula.match(/\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/g) ?? [];
      expect(ranges.length).toBeGreaterThan(0);
      for (const r of ranges) expect(r).toMatch(/^\$([CGH])\$12:\$\1\$200$/);
    }
  });

  it('refuses rows that are not sheet rows', () => {
    const cols = { step: 'C', targetDate: 'G', status: 'H' };
    expect(() => headerFormulas(cols, 0, 10)).toThrow(RangeError);
  });
});
