import fc from 'fast-check';
import { addDays, type DateKey } from '../dates';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  onDay,
  text,
  type PlanCell,
} from '../../../test/support/formula-sheet';
import { progressText, summarizePlan } from './status';
import { parseSteps } from './steps';
import { locateStepTable, stepLetters } from './table';
import { headerFormulas, readHeader, HEADER_FIELDS } from './header';
import { TIME_ZONES, sheetDate } from '../../../test/support/zones';

// The header's live formulas against summarizePlan, on random plans, in a real formula engine.

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

describe('readHeader', () => {
  it.each(TIME_ZONES)('reads every field by its label, spreadsheet in %s', (zone) => {
    const values = [
      ['Mutual Action Plan'],
      ['Customer', 'Acme Corp'],
      ['Vendor', 'Us Inc'],
      ['Goal / compelling event', 'Live before the Q3 audit'],
      ['Target signature', sheetDate('2026-06-30', zone)],
      ['Baseline signature', sheetDate('2026-06-15', zone)],
      ['Go-live', sheetDate('2026-09-01', zone)],
      ['Plan owner', 'Sam Seller'],
      ['Progress', '3 of 10 done (30%)'],
      ['Plan status', 'At risk'],
    ];
    const { header, cells, warnings } = readHeader(values, zone);
    expect(header).toEqual({
      customer: 'Acme Corp',
      vendor: 'Us Inc',
      goal: 'Live before the Q3 audit',
      signatureDate: '2026-06-30',
      baselineSignatureDate: '2026-06-15',
      goLiveDate: '2026-09-01',
      owner: 'Sam Seller',
    });
    expect(cells.progress).toEqual({ row: 9, column: 2 });
    expect(cells.planStatus).toEqual({ row: 10, column: 2 });
    expect(warnings).toEqual([]);
  });

  it('finds the block after rows are inserted above it, with labels typed loosely', () => {
    const values = [[], [], [], ['', 'customer:', 'Acme'], ['', 'SIGNATURE DATE', 46203]];
    const { header, cells } = readHeader(values, 'UTC', { origin: { row: 5, column: 3 } });
    expect(header.customer).toBe('Acme');
    expect(header.signatureDate).toBe('2026-06-30');
    expect(cells.customer).toEqual({ row: 8, column: 5 });
  });

  it('reports unreadable dates with their row, and leaves the date empty', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Target signature', 'end of Q2'],
    ];
    const { header, warnings } = readHeader(values, 'UTC');
    expect(header.signatureDate).toBeNull();
    expect(warnings).toEqual([{ row: 2, message: "Target signature 'end of Q2' is not a date" }]);
  });

  it('reads missing fields as empty, and takes the first of a repeated label', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Customer', 'Other'],
    ];
    const { header, cells } = readHeader(values, 'UTC');
    expect(header).toMatchObject({ customer: 'Acme', vendor: '', signatureDate: null });
    expect(cells.vendor).toBeUndefined();
  });

  it('stops above the step table, so a step named like a label is not the header', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Step', 'Owner'],
      ['Vendor', 'not the vendor'],
    ];
    expect(readHeader(values, 'UTC', { beforeRow: 2 }).header.vendor).toBe('');
    expect(readHeader(values, 'UTC').header.vendor).toBe('not the vendor');
  });

  it('has a distinct label for every field', () => {
    const labels = HEADER_FIELDS.flatMap((f) =>
      [f.label, ...f.aliases].map((l) => l.toLowerCase()),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
