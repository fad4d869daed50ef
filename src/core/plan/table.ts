import { isBlankCell } from './cells';
import {
  STAKEHOLDER_COLUMNS,
  STEP_COLUMNS,
  type StakeholderColumnKey,
  type StepColumnKey,
} from './model';

/** The A1 letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) {
    throw new RangeError(`Column ${column} is not a 1-based column number`);
  }
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * How a heading or label is compared. Users type headings by hand, so case, surrounding space,
 * runs of space and a trailing colon or required-marker asterisk must not decide a match.
 */
export function normalizeLabel(text: string): string {
  return text
    .trim()
    .replace(/[\s:*]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

// Finding a table by its headings, wherever it sits: prospects insert rows above the plan,
// reorder columns and add their own, so positions are never assumed.

export interface ColumnDef<K extends string = string> {
  readonly key: K;
  readonly header: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

/** Where `values` sits on the sheet, so indexes can be turned into sheet rows and columns. */
export interface Origin {
  row: number;
  column: number;
}

export interface LocatedTable<K extends string> {
  ok: true;
  /** 1-based sheet row of the heading row. */
  headerRow: number;
  firstDataRow: number;
  /** 1-based sheet row of the last row with anything in a known column (headerRow if none). */
  lastDataRow: number;
  /** Index into each row of `values`, per column found. */
  index: Partial<Record<K, number>>;
  /** 1-based sheet column, per column found. */
  column: Partial<Record<K, number>>;
  origin: Origin;
}

export interface MissingColumn<K extends string> {
  key: K;
  header: string;
  message: string;
}

export interface TableNotFound<K extends string> {
  ok: false;
  /** The row that came closest, when one had at least two required headings. */
  headerRow: number | null;
  missing: MissingColumn<K>[];
  message: string;
}

export interface LocateOptions {
  /** How the message names the table's home, e.g. 'The plan' or 'The Stakeholders tab'. */
  what: string;
  origin?: Origin;
  /** How many rows from the top may hold the headings. */
  scanRows?: number;
}

export const DEFAULT_SCAN_ROWS = 50;

// Fewer matches than this and a row is more likely a stray word than a damaged heading row.
const MIN_REQUIRED_FOR_PARTIAL = 2;

/**
 * Maps each column to the cell holding its heading. A canonical heading beats an alias, so a
 * prospect's extra "Due" column does not steal Target date from a real "Target date" one.
 */
function matchRow<K extends string>(
  row: readonly unknown[],
  columns: readonly ColumnDef<K>[],
): Partial<Record<K, number>> {
  const labels = row.map((cell) => (typeof cell === 'string' ? normalizeLabel(cell) : ''));
  const taken = new Set<number>();
  const index: Partial<Record<K, number>> = {};
  const claim = (key: K, wanted: readonly string[]): void => {
    if (index[key] !== undefined) return;
    const names = new Set(wanted.map(normalizeLabel));
    const at = labels.findIndex((label, i) => label !== '' && !taken.has(i) && names.has(label));
    if (at >= 0) {
      index[key] = at;
      taken.add(at);
    }
  };
  for (const c of columns) claim(c.key, [c.header]);
  for (const c of columns) claim(c.key, c.aliases);
  return index;
}

function missingMessage(what: string, header: string): string {
  return `${what} has no '${header}' column; add a column headed ${header}`;
}

function listHeaders(headers: readonly string[]): string {
  if (headers.length <= 1) return headers.join('');
  return `${headers.slice(0, -1).join(', ')} and ${headers[headers.length - 1]}`;
}

export function locateTable<K extends string>(
  values: readonly (readonly unknown[])[],
  columns: readonly ColumnDef<K>[],
  options: LocateOptions,
): LocatedTable<K> | TableNotFound<K> {
  const origin = options.origin ?? { row: 1, column: 1 };
  const scan = Math.min(values.length, options.scanRows ?? DEFAULT_SCAN_ROWS);
  const required = columns.filter((c) => c.required);
  let best: { at: number; index: Partial<Record<K, number>>; found: number } | null = null;

  for (let r = 0; r < scan; r++) {
    const index = matchRow(values[r] ?? [], columns);
    const found = required.filter((c) => index[c.key] !== undefined).length;
    if (found === required.length) {
      return located(values, r, index, origin);
    }
    if (found >= MIN_REQUIRED_FOR_PARTIAL && (!best || found > best.found)) {
      best = { at: r, index, found };
    }
  }

  if (best) {
    const index = best.index;
    const missing = required
      .filter((c) => index[c.key] === undefined)
      .map((c) => ({
        key: c.key,
        header: c.header,
        message: missingMessage(options.what, c.header),
      }));
    return {
      ok: false,
      headerRow: origin.row + best.at,
      missing,
      message: missing.map((m) => `${m.message}.`).join(' '),
    };
  }
  const missing = required.map((c) => ({
    key: c.key,
    header: c.header,
    message: missingMessage(options.what, c.header),
  }));
  return {
    ok: false,
    headerRow: null,
    missing,
    message:
      `${options.what} has no table: no row among the first ${options.scanRows ?? DEFAULT_SCAN_ROWS} ` +
      `has the headings ${listHeaders(required.map((c) => c.header))}.`,
  };
}

function located<K extends string>(
  values: readonly (readonly unknown[])[],
  at: number,
  index: Partial<Record<K, number>>,
  origin: Origin,
): LocatedTable<K> {
  const used = Object.values(index) as number[];
  let last = at;
  for (let r = at + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (used.some((i) => !isBlankCell(row[i]))) last = r;
  }
  const column: Partial<Record<K, number>> = {};
  for (const key of Object.keys(index) as K[]) {
    column[key] = origin.column + (index[key] as number);
  }
  return {
    ok: true,
    headerRow: origin.row + at,
    firstDataRow: origin.row + at + 1,
    lastDataRow: origin.row + last,
    index,
    column,
    origin,
  };
}

// The two tables of a plan, located with the shared column definitions of model.ts.

export type StepTable = LocatedTable<StepColumnKey>;
export type StakeholderTable = LocatedTable<StakeholderColumnKey>;

export function locateStepTable(
  values: readonly (readonly unknown[])[],
  origin?: Origin,
  scanRows?: number,
): StepTable | TableNotFound<StepColumnKey> {
  return locateTable(values, STEP_COLUMNS, { what: 'The plan', origin, scanRows });
}

export function locateStakeholderTable(
  values: readonly (readonly unknown[])[],
  origin?: Origin,
): StakeholderTable | TableNotFound<StakeholderColumnKey> {
  return locateTable(values, STAKEHOLDER_COLUMNS, { what: 'The Stakeholders tab', origin });
}

// The column letters sheet formulas need, taken from where the step table actually is.

/** Letters of the columns the formulas read. Optional ones are absent when the plan lacks them. */
export interface StepLetters {
  step: string;
  owner: string;
  targetDate: string;
  status: string;
  baselineDate?: string;
}

function letterOf(table: Pick<StepTable, 'column'>, key: StepColumnKey): string | undefined {
  const column = table.column[key];
  return column === undefined ? undefined : columnLetter(column);
}

export function stepLetters(table: Pick<StepTable, 'column'>): StepLetters {
  const need = (key: 'step' | 'owner' | 'targetDate' | 'status'): string => {
    const letter = letterOf(table, key);
    // A located table always has its required columns; reaching this is a caller's bug.
    if (!letter) throw new Error(`The step table has no '${key}' column`);
    return letter;
  };
  const letters: StepLetters = {
    step: need('step'),
    owner: need('owner'),
    targetDate: need('targetDate'),
    status: need('status'),
  };
  const baseline = letterOf(table, 'baselineDate');
  if (baseline) letters.baselineDate = baseline;
  return letters;
}
