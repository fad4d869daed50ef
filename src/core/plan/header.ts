import { PLAUSIBLE_SERIALS, cellText, readDateCell, unreadableDateMessage } from './cells';
import { STALLED_AFTER_DAYS_LATE, type PlanHeader, type RowWarning } from './model';
import { type StepLetters, normalizeLabel, DEFAULT_SCAN_ROWS, type Origin } from './table';
import type { DateKey } from '../dates';

// The label/value block above the step table: one label cell with its value in the cell to its
// right. It is found by its labels, not its position, because rows get inserted above the plan.

export type HeaderFieldKey =
  | 'customer'
  | 'vendor'
  | 'goal'
  | 'signatureDate'
  | 'baselineSignatureDate'
  | 'goLiveDate'
  | 'owner'
  | 'progress'
  | 'planStatus';

export interface HeaderField {
  readonly key: HeaderFieldKey;
  /** The label createPlan writes. */
  readonly label: string;
  /** Other labels a user may have typed instead. */
  readonly aliases: readonly string[];
  /** 'live' values are formulas the add-on writes (headerFormulas), never read as data. */
  readonly kind: 'text' | 'date' | 'live';
}

/** In the order createPlan writes them, top to bottom. */
export const HEADER_FIELDS: readonly HeaderField[] = [
  { key: 'customer', label: 'Customer', aliases: ['Customer name', 'Account'], kind: 'text' },
  { key: 'vendor', label: 'Vendor', aliases: ['Vendor name'], kind: 'text' },
  {
    key: 'goal',
    label: 'Goal / compelling event',
    aliases: ['Goal/compelling event', 'Goal', 'Compelling event'],
    kind: 'text',
  },
  {
    key: 'signatureDate',
    label: 'Target signature',
    aliases: ['Target signature date', 'Signature date'],
    kind: 'date',
  },
  {
    key: 'baselineSignatureDate',
    label: 'Baseline signature',
    aliases: ['Baseline signature date', 'Original signature date'],
    kind: 'date',
  },
  {
    key: 'goLiveDate',
    label: 'Go-live',
    aliases: ['Go live', 'Go-live date', 'Go live date', 'Target go-live'],
    kind: 'date',
  },
  { key: 'owner', label: 'Plan owner', aliases: ['Deal owner'], kind: 'text' },
  { key: 'progress', label: 'Progress', aliases: [], kind: 'live' },
  { key: 'planStatus', label: 'Plan status', aliases: [], kind: 'live' },
];

// The header's LIVE formulas: progress and plan status recompute in the sheet with no script
// running, and mean what status.ts means (tested against it with a formula engine).
// COUNTIFS over bounded ranges only: no array formulas, so Sheets and HyperFormula agree.
// The ranges end where the table may end (steps.ts liveRowsEnd), so a step typed past the
// table's end is counted by neither the header nor core.

export interface HeaderFormulas {
  /** Text such as "3 of 10 done (30%)", exactly progressText() of the summary's progress. */
  progress: string;
  /** "On track", "At risk" or "Stalled". */
  status: string;
}

export function headerFormulas(
  columns: Pick<StepLetters, 'step' | 'targetDate' | 'status'>,
  firstDataRow: number,
  lastRow: number,
): HeaderFormulas {
  if (!Number.isInteger(firstDataRow) || firstDataRow < 1 || !Number.isInteger(lastRow)) {
    throw new RangeError(`Rows ${firstDataRow}..${lastRow} are not sheet rows`);
  }
  // An empty table still needs a valid range; one row past the start keeps it well-formed.
  const last = Math.max(lastRow, firstDataRow);
  const range = (letter: string): string => `$${letter}$${firstDataRow}:$${letter}$${last}`;
  const step = range(columns.step);
  const date = range(columns.targetDate);
  const status = range(columns.status);

  // A row is a step when it has a name, as in parseSteps.
  const done = `COUNTIFS(${step},"<>",${status},"Done")`;
  const total = `(COUNTIFS(${step},"<>")-COUNTIFS(${step},"<>",${status},"Skipped"))`;
  const progress =
    `=${done}&" of "&${total}&" done ("` + `&IF(${total}=0,0,ROUND(100*${done}/${total},0))&"%)"`;

  // Late by d days means floor(date) = TODAY()-d, so "d >= 7" is date < TODAY()-6 for any
  // time of day a date cell may carry. Numeric criteria skip text, so unreadable dates never count.
  const open = `${status},"<>Done",${status},"<>Skipped"`;
  const edge = `TODAY()-${STALLED_AFTER_DAYS_LATE - 1}`;
  const stalled = `COUNTIFS(${step},"<>",${date},">=${PLAUSIBLE_SERIALS.first}",${date},"<"&(${edge}),${open})`;
  const atRisk = `COUNTIFS(${step},"<>",${date},">="&(${edge}),${date},"<"&TODAY(),${open})`;
  const planStatus = `=IF(${stalled}>0,"Stalled",IF(${atRisk}>0,"At risk","On track"))`;

  return { progress, status: planStatus };
}

// Reading the header block by its labels.

export interface ReadHeaderOptions {
  origin?: Origin;
  displayValues?: readonly (readonly string[])[];
  /**
   * The step table's heading row: labels are looked for above it only, so a step that happens
   * to be called "Goal" is never taken for the header.
   */
  beforeRow?: number;
  scanRows?: number;
}

export interface HeaderRead {
  header: PlanHeader;
  /** 1-based sheet position of each field's VALUE cell, for the fields whose label was found. */
  cells: Partial<Record<HeaderFieldKey, { row: number; column: number }>>;
  warnings: RowWarning[];
}

const BY_LABEL = new Map<string, HeaderField>();
for (const field of HEADER_FIELDS) {
  for (const label of [field.label, ...field.aliases]) {
    const key = normalizeLabel(label);
    if (!BY_LABEL.has(key)) BY_LABEL.set(key, field);
  }
}

export function readHeader(
  values: readonly (readonly unknown[])[],
  timeZone: string,
  options: ReadHeaderOptions = {},
): HeaderRead {
  const origin = options.origin ?? { row: 1, column: 1 };
  const limit = Math.min(
    values.length,
    options.scanRows ?? DEFAULT_SCAN_ROWS,
    options.beforeRow === undefined ? Infinity : options.beforeRow - origin.row,
  );
  const header: PlanHeader = {
    customer: '',
    vendor: '',
    goal: '',
    signatureDate: null,
    goLiveDate: null,
    baselineSignatureDate: null,
    owner: '',
  };
  const cells: HeaderRead['cells'] = {};
  const warnings: RowWarning[] = [];

  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = row[c];
      if (typeof label !== 'string') continue;
      const field = BY_LABEL.get(normalizeLabel(label));
      // The first label wins: a lower cell repeating "Customer" is the user's, not ours.
      if (!field || cells[field.key]) continue;
      cells[field.key] = { row: origin.row + r, column: origin.column + c + 1 };
      const value = row[c + 1];
      const display = options.displayValues?.[r]?.[c + 1];
      if (field.kind === 'text') {
        header[field.key as 'customer' | 'vendor' | 'goal' | 'owner'] = cellText(
          value,
          display,
          timeZone,
        );
      } else if (field.kind === 'date') {
        const cell = readDateCell(value, display, timeZone);
        const message = unreadableDateMessage(field.label, cell);
        if (message) warnings.push({ row: origin.row + r, message });
        const date: DateKey | null = cell.kind === 'date' ? cell.date : null;
        header[field.key as 'signatureDate' | 'baselineSignatureDate' | 'goLiveDate'] = date;
      }
    }
  }
  return { header, cells, warnings };
}

/**
 * Where the header's Target signature value sits (1-based), found by its label above the step
 * table; null when the label is gone. Positions do not depend on the time zone values are read in.
 */
export function signatureCellIn(
  values: readonly (readonly unknown[])[],
  tableHeaderRow: number,
): { row: number; column: number } | null {
  return readHeader(values, 'UTC', { beforeRow: tableHeaderRow }).cells.signatureDate ?? null;
}

/** Whether a cell's text labels the header's Target signature (its label or an alias). */
export function isSignatureLabel(value: unknown): boolean {
  return typeof value === 'string' && BY_LABEL.get(normalizeLabel(value))?.key === 'signatureDate';
}
