// A step table sorted together with its heading row (Data > Sort range without "has header
// row") puts the heading row among or below the steps. The table is then found at the heading
// row's new place and every step that landed above it drops out of the status and the weekly
// email without a word. This notices those rows and says so; it never moves anything back,
// because only the user knows what the sort was meant to do.
import { cellText, readDateCell } from '../cells';
import { readHeader } from '../header/read';
import { STEP_COLUMNS, type RowWarning, type StepColumnKey } from '../model';
import { parseStatus } from '../steps/status-text';
import type { StepTable } from './plan-tables';

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
