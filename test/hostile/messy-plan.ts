// Generated messy step tables, and what the add-on must say about each. A MessyPlan is rows
// (blank, duplicated, or holding data with deliberate defects) plus what people did to the
// columns (renamed them to an alias, to something unknown or to nothing, moved them, added
// their own). Every defect is known when it is generated, so the expectations below do not
// re-implement the add-on's parsing: a row made unreadable in a column must be reported with
// that column's name; a row left clean must not be reported at all.
import fc from 'fast-check';
import { SIDES, STATUSES, STEP_COLUMNS, type StepColumnKey } from '../../src/core/plan/model';
import { anyNote, anyText, HOSTILE_TEXT, staysText } from './texts';
import { TODAY } from '../support/world';

export const KEYS: readonly StepColumnKey[] = STEP_COLUMNS.map((c) => c.key);
export const LABEL = Object.fromEntries(STEP_COLUMNS.map((c) => [c.key, c.header])) as Record<
  StepColumnKey,
  string
>;
const REQUIRED = new Set<StepColumnKey>(STEP_COLUMNS.filter((c) => c.required).map((c) => c.key));

/** A column whose problem the add-on must name in a row warning. */
export type Defect = 'step' | 'targetDate' | 'status' | 'side';

export interface RowSpec {
  blank: boolean;
  /** The text typed into each of the table's columns, in createPlan's order. */
  cells: string[];
  defects: Defect[];
}

export type ColumnOp =
  | { kind: 'rename'; key: StepColumnKey; to: string; recognized: boolean }
  | { kind: 'move'; from: number; count: number; before: number }
  | { kind: 'extra'; header: string; values: string[] };

export interface MessyPlan {
  rows: RowSpec[];
  ops: ColumnOp[];
}

/** One column of the table as the user left it. */
export interface Column {
  key: StepColumnKey | null;
  header: string;
}

function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function serialOf(key: string): number {
  return Math.round((Date.parse(`${key}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

type Cell = { text: string; defect: Defect | null };

const ok = (text: string): Cell => ({ text, defect: null });

const dateKey = fc.integer({ min: -60, max: 90 }).map((d) => addDays(TODAY, d));

const targetDate: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: dateKey.map(ok) },
  { weight: 1, arbitrary: fc.constant(ok('')) },
  // A date typed as its serial number is still a date.
  { weight: 1, arbitrary: dateKey.map((k) => ok(String(serialOf(k)))) },
  // A date kept as text (leading apostrophe, as a pasted CSV leaves it): unreadable.
  { weight: 1, arbitrary: dateKey.map((k) => ({ text: `'${k}`, defect: 'targetDate' as const })) },
  // Words, and a year typed alone.
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom('next Friday', 'TBD', 'Q3', 'after legal', '2025'),
        fc.constantFrom(...HOSTILE_TEXT).map((s) => `TBD ${s}`),
      )
      .map((text) => ({ text, defect: 'targetDate' as const })),
  },
);

const status: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...STATUSES).map(ok) },
  { weight: 1, arbitrary: fc.constantFrom('done', ' In progress ', 'SKIPPED', '').map(ok) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constant('Waiting on legal'),
        anyText.map((s) => `Maybe: ${s}`),
      )
      .map((text) => ({ text, defect: 'status' as const })),
  },
);

const side: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SIDES, '').map(ok) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constant('Nobody yet'),
        anyText.map((s) => `Nobody: ${s}`),
      )
      .map((text) => ({ text, defect: 'side' as const })),
  },
);

const number = fc.oneof(
  fc.constant(''),
  fc.nat(999).map(String),
  fc.nat(999).map((n) => `'${n}`),
);
const email = fc.oneof(
  fc.constant(''),
  fc.constantFrom('dana@customer.example', 'DANA@Customer.Example '),
  anyText,
);

const dataRow: fc.Arbitrary<RowSpec> = fc
  .record({
    number,
    phase: fc.oneof(fc.constant(''), anyText),
    // A row with data but no step name is reported and left out.
    name: fc.oneof({ weight: 6, arbitrary: anyText }, { weight: 1, arbitrary: fc.constant('') }),
    side,
    owner: fc.oneof(fc.constant(''), anyText),
    email,
    target: targetDate,
    status,
    doneOn: fc.oneof(fc.constant(''), dateKey),
    notes: anyNote,
  })
  .map((r) => {
    const unnamed = r.name === '';
    const cells = [
      r.number,
      r.phase,
      r.name,
      r.side.text,
      // An unnamed row still holds data, so it is a row the user meant.
      unnamed ? 'Someone' : r.owner,
      r.email,
      r.target.text,
      r.status.text,
      r.doneOn,
      '',
      '',
      r.notes,
    ];
    const defects: Defect[] = unnamed
      ? ['step']
      : [r.target.defect, r.status.defect, r.side.defect].filter((d): d is Defect => d !== null);
    return { blank: false, cells, defects };
  });

const BLANK: RowSpec = { blank: true, cells: KEYS.map(() => ''), defects: [] };

/** A data row, a blank row, or (null) a copy of the row above. */
const anyRow: fc.Arbitrary<RowSpec | null> = fc.oneof(
  { weight: 6, arbitrary: dataRow },
  { weight: 1, arbitrary: fc.constant(BLANK) },
  { weight: 1, arbitrary: fc.constant(null) },
);

function withCopies(rows: readonly (RowSpec | null)[]): RowSpec[] {
  const out: RowSpec[] = [];
  for (const r of rows) out.push(r ?? out[out.length - 1] ?? BLANK);
  return out;
}

/** Rows, some blank, some an exact copy of the row above. */
export function rowsArb(maxLength: number): fc.Arbitrary<RowSpec[]> {
  return fc.array(anyRow, { maxLength }).map(withCopies);
}

/** Exactly `count` such rows, reproducibly from `seed` (for one very large sheet). */
export function sampleRows(count: number, seed: number): RowSpec[] {
  return withCopies(fc.sample(anyRow, { numRuns: count, seed }));
}

function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every spelling the add-on may recognise as some column: never used for "unknown" headers. */
const KNOWN = new Set(STEP_COLUMNS.flatMap((c) => [c.header, ...c.aliases]).map(squash));

const unknownHeader = fc
  .oneof(
    fc.constantFrom('Priority', 'Risk', 'Budget (k$)', 'Column 7'),
    fc.constantFrom(...HOSTILE_TEXT),
  )
  .filter((h) => staysText(h) && !KNOWN.has(squash(h)));

const renameOp: fc.Arbitrary<ColumnOp> = fc.constantFrom(...STEP_COLUMNS).chain((c) =>
  fc.oneof(
    fc
      .constantFrom(...c.aliases, c.header.toUpperCase(), ` ${c.header.toLowerCase()} `)
      .map((to) => ({
        kind: 'rename' as const,
        key: c.key,
        to,
        recognized: true,
      })),
    fc.oneof(unknownHeader, fc.constant('')).map((to) => ({
      kind: 'rename' as const,
      key: c.key,
      to,
      recognized: false,
    })),
  ),
);

export function columnOpsArb(rowCount: number): fc.Arbitrary<ColumnOp[]> {
  const extra = fc.record({
    kind: fc.constant('extra' as const),
    header: unknownHeader,
    values: fc.array(anyNote, { minLength: rowCount, maxLength: rowCount }),
  });
  const move = fc.record({
    kind: fc.constant('move' as const),
    from: fc.integer({ min: 1, max: KEYS.length }),
    count: fc.integer({ min: 1, max: 2 }),
    before: fc.integer({ min: 1, max: KEYS.length + 1 }),
  });
  return fc.array(fc.oneof(renameOp, move, extra), { maxLength: 4 });
}

export const messyPlanArb = (maxRows: number): fc.Arbitrary<MessyPlan> =>
  rowsArb(maxRows).chain((rows) => columnOpsArb(rows.length).map((ops) => ({ rows, ops })));

/** Where each column ends up, as Sheets moves columns (a move into its own block does nothing). */
export function moveColumns<T>(
  columns: readonly T[],
  from: number,
  count: number,
  before: number,
): T[] {
  if (from + count - 1 > columns.length || before > columns.length + 1) return [...columns];
  if (before >= from && before <= from + count) return [...columns];
  const out = [...columns];
  const block = out.splice(from - 1, count);
  const at = before > from ? before - 1 - count : before - 1;
  out.splice(at, 0, ...block);
  return out;
}

export interface Expectations {
  /** Required columns the user renamed away or cleared: reading must fail, naming one. */
  missing: StepColumnKey[];
  /** Per data row (1-based sheet row): the columns its warnings must name. */
  defects: Map<number, Defect[]>;
  /** Rows with data and no defect: no warning may name them. */
  clean: number[];
  blank: number[];
}

export function expectationsOf(
  plan: MessyPlan,
  firstRow: number,
  columns: readonly Column[],
): Expectations {
  const present = new Set(columns.map((c) => c.key).filter((k): k is StepColumnKey => k !== null));
  const missing = [...REQUIRED].filter((k) => !present.has(k));
  const defects = new Map<number, Defect[]>();
  const clean: number[] = [];
  const blank: number[] = [];
  plan.rows.forEach((r, i) => {
    const row = firstRow + i;
    if (r.blank) return void blank.push(row);
    const seen = r.defects.filter((d) => present.has(d));
    if (seen.length) defects.set(row, seen);
    else clean.push(row);
  });
  return { missing, defects, clean, blank };
}
