import { HEADER_FIELDS, type HeaderFieldKey, readHeader } from './header';
import { STEP_COLUMNS, type StepColumnKey, type RowWarning } from './model';
import { type Origin, normalizeLabel, type StepTable } from './table';
import { cellText, readDateCell } from './cells';
import { parseStatus } from './steps';

// Whether a tab whose headings match the step table is one the add-on wrote. Sellers and
// prospects keep their own task lists under the same headings (Step, Owner, Target date,
// Status); taking one for the plan would block creating a plan, report on a table the add-on
// never made and let the edit handler stamp dates into it. So a table found by its headings
// alone counts as the plan only with a sign that createPlan wrote it. The signs read here are
// in the values already read, and survive what prospects do to a plan (a renamed tab, columns
// reordered or added, rows inserted above): the slip-tracking columns and the header block's
// own labels. The server has a third, which it must ask the sheet for: our marked
// conditional-format rules.

export type PlanEvidence = 'slip columns' | 'header block';

// Spelled as createPlan writes them, never by alias: a hand-made list may well have a
// "Baseline" or a "Slip" column, but not both headings exactly as ours.
const SLIP_COLUMNS: readonly StepColumnKey[] = ['baselineDate', 'slipDays'];

// The header block's labels, less the common words (Customer, Vendor, Progress). A hand-made
// plan may use one or two of these; three are asked for, which still leaves a plan whose
// labels a prospect reworded here and there recognised.
const OWN_LABELS: readonly HeaderFieldKey[] = [
  'goal',
  'signatureDate',
  'baselineSignatureDate',
  'owner',
  'planStatus',
];
const OWN_LABELS_NEEDED = 3;

const slipHeadings = SLIP_COLUMNS.map((key) => {
  const column = STEP_COLUMNS.find((c) => c.key === key);
  // STEP_COLUMNS declares both; reaching this means someone removed one from the model.
  if (!column) throw new Error(`STEP_COLUMNS has no '${key}' column`);
  return normalizeLabel(column.header);
});

const ownLabels = new Set(
  HEADER_FIELDS.filter((f) => OWN_LABELS.includes(f.key)).map((f) => normalizeLabel(f.label)),
);

function labelOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeLabel(cell) : '';
}

/**
 * The first sign in `values` that the table whose heading row is `headerRow` (a 1-based sheet
 * row) is the add-on's, or null when the values carry none.
 */
export function planEvidenceIn(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  origin: Origin = { row: 1, column: 1 },
): PlanEvidence | null {
  const at = headerRow - origin.row;
  const headings = new Set((values[at] ?? []).map(labelOf));
  if (slipHeadings.every((h) => headings.has(h))) return 'slip columns';

  const found = new Set<string>();
  for (let r = 0; r < Math.min(at, values.length); r++) {
    for (const cell of values[r] ?? []) {
      const label = labelOf(cell);
      if (ownLabels.has(label)) found.add(label);
    }
  }
  return found.size >= OWN_LABELS_NEEDED ? 'header block' : null;
}

// A step table sorted together with its heading row (Data > Sort range without "has header
// row") puts the heading row among or below the steps. The table is then found at the heading
// row's new place and every step that landed above it drops out of the status and the weekly
// email without a word. This notices those rows and says so; it never moves anything back,
// because only the user knows what the sort was meant to do.

export interface SortedHeadingOptions {
  /** The spreadsheet's time zone: date cells are midnights there. */
  timeZone: string;
}

/** Runs of rows spelled out before the rest is counted, so the message stays one sentence. */
const RUNS_SPELLED = 3;

/**
 * The 1-based sheet rows above the heading row that read like steps: a step name, and a status
 * from the list or a date in the table's own columns. Rows of the header block (found by its
 * labels) are never counted, whatever columns have moved under them.
 */
export function stepRowsAboveHeading(
  values: readonly (readonly unknown[])[],
  table: StepTable,
  options: SortedHeadingOptions,
): number[] {
  const { timeZone } = options;
  const { origin } = table;
  const header = readHeader(values, timeZone, { origin, beforeRow: table.headerRow });
  const headerRows = new Set(Object.values(header.cells).map((cell) => cell.row));
  const cellOf = (row: readonly unknown[], key: StepColumnKey): unknown => {
    const i = table.index[key];
    return i === undefined ? '' : row[i];
  };

  const rows: number[] = [];
  const above = Math.min(table.headerRow - origin.row, values.length);
  for (let r = 0; r < above; r++) {
    const sheetRow = origin.row + r;
    if (headerRows.has(sheetRow)) continue;
    const row = values[r] ?? [];
    if (cellText(cellOf(row, 'step'), undefined, timeZone) === '') continue;
    const status = cellText(cellOf(row, 'status'), undefined, timeZone);
    const listedStatus = status !== '' && parseStatus(status) !== null;
    const dated = readDateCell(cellOf(row, 'targetDate'), undefined, timeZone).kind === 'date';
    if (listedStatus || dated) rows.push(sheetRow);
  }
  return rows;
}

/** The warning for steps stranded above the heading row, or null when there are none. */
export function sortedHeadingWarning(
  values: readonly (readonly unknown[])[],
  table: StepTable,
  options: SortedHeadingOptions,
): RowWarning | null {
  const rows = stepRowsAboveHeading(values, table, options);
  if (rows.length === 0) return null;
  const one = rows.length === 1;
  const headings = STEP_COLUMNS.filter((c) => c.required && table.index[c.key] !== undefined)
    .sort((a, b) => (table.index[a.key] ?? 0) - (table.index[b.key] ?? 0))
    .map((c) => c.header)
    .join(', ');
  return {
    row: rows[0],
    message:
      `${rowList(rows)} ${one ? 'reads like a step but sits' : 'read like steps but sit'} ` +
      `above the heading row (row ${table.headerRow}: ${headings}): the table was probably ` +
      `sorted together with its heading row, so ${one ? 'that step is' : 'those steps are'} ` +
      `left out of the plan's status and the weekly email. Undo the sort, or move the heading ` +
      `row back above the steps.`,
  };
}

/** "Row 8", "Rows 8–21", "Rows 3, 8–9 and 12", "Rows 3, 5, 7–9 and 6 more" (rows not spelled). */
export function rowList(rows: readonly number[]): string {
  const runs: { from: number; to: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && row === last.to + 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  const spell = ({ from, to }: { from: number; to: number }): string =>
    from === to ? String(from) : `${from}–${to}`;
  const noun = rows.length === 1 ? 'Row' : 'Rows';
  if (runs.length === 1) return `${noun} ${spell(runs[0])}`;
  if (runs.length <= RUNS_SPELLED + 1) {
    const spelled = runs.map(spell);
    return `${noun} ${spelled.slice(0, -1).join(', ')} and ${spelled[spelled.length - 1]}`;
  }
  const shown = runs.slice(0, RUNS_SPELLED);
  const rest = rows.length - shown.reduce((n, run) => n + run.to - run.from + 1, 0);
  return `${noun} ${shown.map(spell).join(', ')} and ${rest} more`;
}
