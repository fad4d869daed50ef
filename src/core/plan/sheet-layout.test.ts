import { instantOfDateKey } from '../dates';
import { readHeader } from './header';
import { STEP_COLUMNS } from './model';
import { parseSteps } from './steps';
import { locateStepTable } from './table';
import { isDateCell, isFormulaCell, type SheetCell } from './cells';
import {
  MAP_TABLE_HEADER_ROW,
  mapSheetLayout,
  stepColumnFormats,
  type MapSheetInput,
} from './sheet-layout';

const TZ = 'Asia/Kolkata';

const input: MapSheetInput = {
  customer: '=IMPORTXML("http://x","//a")',
  vendor: 'Globex',
  goal: 'Live before the Q1 board meeting',
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
    {
      phase: 'Close',
      step: 'Signature',
      side: 'Prospect',
      ownerRole: 'Economic buyer',
      seInvolved: false,
      milestone: 'signature',
      targetDate: '2026-12-10',
    },
  ],
};

/** What getValues would hand back after the grid is written (formulas left blank here). */
function asValues(grid: SheetCell[][]): unknown[][] {
  return grid.map((row) =>
    row.map((cell) => {
      if (cell === null || isFormulaCell(cell)) return '';
      if (isDateCell(cell)) return instantOfDateKey(cell.date, TZ);
      return cell;
    }),
  );
}

describe('mapSheetLayout', () => {
  const layout = mapSheetLayout(input);
  const values = asValues(layout.grid);

  it('is one rectangle: header block, table headings, one row per step', () => {
    expect(layout.grid).toHaveLength(MAP_TABLE_HEADER_ROW + input.steps.length);
    for (const row of layout.grid) expect(row).toHaveLength(STEP_COLUMNS.length);
    expect(layout.table.headerRow).toBe(MAP_TABLE_HEADER_ROW);
    expect(layout.table.frozenRows).toBe(MAP_TABLE_HEADER_ROW);
  });

  it('is read back by core: the header by its labels, the table by its headings', () => {
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    expect(table.headerRow).toBe(layout.table.headerRow);
    expect(table.column).toEqual(layout.columns);

    const { header, cells, warnings } = readHeader(values, TZ, { beforeRow: table.headerRow });
    expect(warnings).toEqual([]);
    expect(header).toEqual({
      customer: input.customer,
      vendor: 'Globex',
      goal: input.goal,
      signatureDate: '2026-12-10',
      baselineSignatureDate: '2026-12-10',
      goLiveDate: null,
      owner: 'se@vendor.example',
    });
    expect(cells.progress).toEqual(layout.header.progress.value);

    const parsed = parseSteps(values, table, { timeZone: TZ });
    expect(parsed.warnings).toEqual([]);
    expect(
      parsed.steps.map((s) => [
        s.number,
        s.step,
        s.side,
        s.owner,
        s.status,
        s.targetDate,
        s.baselineDate,
      ]),
    ).toEqual([
      ['1', 'Success criteria agreed', 'Joint', '', 'Not started', '2026-11-20', '2026-11-20'],
      ['2', 'Signature', 'Prospect', '', 'Not started', '2026-12-10', '2026-12-10'],
    ]);
  });

  it('writes the live formulas and a slip formula on every step row', () => {
    const { progress, planStatus } = layout.header;
    const at = (p: { row: number; column: number }) => layout.grid[p.row - 1][p.column - 1];
    // Two steps on rows 8-9: the formulas count down to ten rows under the last, no further.
    expect(layout.liveLastRow).toBe(19);
    expect(at(progress.value)).toEqual({
      formula: expect.stringMatching(/^=COUNTIFS\(\$C\$8:\$C\$19,/),
    });
    expect(at(planStatus.value)).toEqual({ formula: expect.stringContaining('"Stalled"') });
    const slip = layout.columns.slipDays - 1;
    expect(layout.grid[7][slip]).toEqual({ formula: expect.stringContaining('INT($G8)-INT($J8)') });
    expect(layout.grid[8][slip]).toEqual({ formula: expect.stringContaining('INT($G9)-INT($J9)') });
  });

  it('writes no seller markers into Notes, which the buyer reads (the plan record keeps them)', () => {
    const notes = layout.columns.notes - 1;
    expect([layout.grid[7][notes], layout.grid[8][notes]]).toEqual(['', '']);
  });

  it('calls the buyer’s side Customer, in the cells and in the dropdown', () => {
    const side = layout.columns.side - 1;
    expect([layout.grid[7][side], layout.grid[8][side]]).toEqual(['Joint', 'Customer']);
    const byColumn = new Map(layout.table.columns.map((c) => [c.column, c]));
    expect(byColumn.get(layout.columns.side)?.validation).toMatchObject({
      kind: 'list',
      values: ['Vendor', 'Customer', 'Joint'],
    });
  });

  it('keeps the Prospect dropdown for a plan written with that word', () => {
    const formats = stepColumnFormats(layout.columns, 'Prospect');
    expect(formats.find((f) => f.column === layout.columns.side)?.validation).toMatchObject({
      values: ['Vendor', 'Prospect', 'Joint'],
    });
  });

  it('formats date columns as dates and validates Side and Status as dropdowns', () => {
    const byColumn = new Map(layout.table.columns.map((c) => [c.column, c]));
    expect(byColumn.get(layout.columns.targetDate)?.validation).toMatchObject({ kind: 'date' });
    expect(byColumn.get(layout.columns.doneOn)?.numberFormat).toBe('mmm d, yyyy');
    expect(byColumn.get(layout.columns.status)?.validation).toMatchObject({
      kind: 'list',
      values: ['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'],
      allowInvalid: false,
    });
  });
});

describe('mapSheetLayout: owners from the sellers', () => {
  const step = (side: 'Vendor' | 'Prospect' | 'Joint', ownerRole: string, name: string) => ({
    phase: 'Evaluation',
    step: name,
    side,
    ownerRole,
    seInvolved: false,
    targetDate: '2026-11-20',
  });
  const steps = [
    step('Vendor', 'SE', 'Tailored demo'),
    step('Vendor', 'AE', 'Commercial proposal'),
    step('Vendor', 'Customer success', 'Handover'),
    step('Joint', 'AE', 'Discovery'),
    step('Prospect', 'Security', 'Security review'),
  ];
  const ownersOf = (sellers: MapSheetInput['sellers']) => {
    const layout = mapSheetLayout({ ...input, steps, sellers });
    const { owner, ownerEmail } = layout.columns;
    return layout.grid
      .slice(MAP_TABLE_HEADER_ROW)
      .map((row) => [row[2], row[owner - 1], row[ownerEmail - 1]]);
  };

  it('gives each Vendor step the seller in the role the template suggests, else the first', () => {
    expect(
      ownersOf([
        { name: 'Ana', email: 'ana@vendor.example', role: 'AE' },
        { name: 'Sam', email: 'sam@vendor.example', role: 'se' },
      ]),
    ).toEqual([
      ['Tailored demo', 'Sam', 'sam@vendor.example'],
      ['Commercial proposal', 'Ana', 'ana@vendor.example'],
      ['Handover', 'Ana', 'ana@vendor.example'],
      ['Discovery', '', ''],
      ['Security review', '', ''],
    ]);
  });

  it('leaves every owner blank when no seller is given', () => {
    expect(ownersOf([]).map((r) => r[1])).toEqual(['', '', '', '', '']);
  });
});
