import { instantOfDateKey } from '../dates';
import { isDateCell, isFormulaCell, type SheetCell } from '../layout/cell';
import { MAP_TABLE_HEADER_ROW, mapSheetLayout } from '../layout/map-sheet';
import { STEP_COLUMNS } from '../model';
import { planEvidenceIn } from './plan-evidence';
import { locateStepTable } from './plan-tables';

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
    formulaLastRow: 200,
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
