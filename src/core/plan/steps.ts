import {
  SIDES,
  STATUSES,
  type Side,
  type StepStatus,
  STEP_COLUMNS,
  type RowWarning,
  type StepColumnKey,
  type ParsedStep,
  DUE_SOON_DAYS,
  type Step,
} from './model';
import {
  cellText,
  formulaErrorOf,
  isBlankCell,
  readDateCell,
  unreadableDateMessage,
} from './cells';
import type { StepTable } from './table';
import { calendarDaysBetween, type DateKey } from '../dates';

// Reading the Status and Side cells people type or pick. The sheet formulas compare status
// with TRIM() and Sheets' case-insensitive "=", so for Done, Skipped and Blocked core accepts
// exactly that tolerance and no more: both must call the same rows done or late.

function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

// Spellings of open statuses that no formula tells apart from Not started, so accepting them
// cannot make the sheet and core disagree.
const OPEN_SPELLINGS: Record<string, StepStatus> = {
  'in-progress': 'In progress',
  inprogress: 'In progress',
  'in process': 'In progress',
  'not-started': 'Not started',
  'not yet started': 'Not started',
  'to do': 'Not started',
  todo: 'Not started',
};

/** The status a cell means, or null when it means none. A blank status is Not started. */
export function parseStatus(text: string): StepStatus | null {
  const key = squash(text);
  if (key === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === key) ?? OPEN_SPELLINGS[key] ?? null;
}

const SIDE_SPELLINGS: Record<string, Side> = {
  customer: 'Prospect',
  buyer: 'Prospect',
  client: 'Prospect',
  seller: 'Vendor',
  supplier: 'Vendor',
  both: 'Joint',
  shared: 'Joint',
};

/** The side a cell means, '' when blank, or null when it means none. */
export function parseSide(text: string): Side | '' | null {
  const key = squash(text);
  if (key === '') return '';
  return SIDES.find((s) => s.toLowerCase() === key) ?? SIDE_SPELLINGS[key] ?? null;
}

// Turning the rows under the step table's headings into steps. Every row that cannot be read
// fully is reported with its row number and the reason; the rest of the plan still reads.

export interface ParseStepsOptions {
  /** The spreadsheet's time zone: date cells are midnights there. */
  timeZone: string;
  /** getDisplayValues() of the same range, to quote cells as the user sees them. */
  displayValues?: readonly (readonly string[])[];
}

export interface ParsedSteps {
  steps: ParsedStep[];
  warnings: RowWarning[];
}

const LABEL = Object.fromEntries(STEP_COLUMNS.map((c) => [c.key, c.header])) as Record<
  StepColumnKey,
  string
>;

// Columns the add-on fills itself: a row holding only these is still an empty row.
const DERIVED: readonly StepColumnKey[] = ['number', 'slipDays'];

/**
 * Where the step table ends: after this many blank rows in a row. A plan's rows sit together,
 * but people leave gaps (a blank row or a few between phases, rows cleared while re-planning)
 * and a new plan keeps empty rows below for steps added later; ten blank rows in a row are no
 * gap any plan needs, so what sits further down is someone's own notes or workings, not steps,
 * for reading, for the edit trigger and for Done/baseline writes.
 */
export const TABLE_END_BLANK_ROWS = 10;

/**
 * Whether a row (read from column A, so row[c - 1] is column c) holds anything of a step: a
 * value in any column the user fills in. A status of Not started alone (a dropdown filled down
 * the sheet) is no step.
 */
export function holdsStepData(
  row: readonly unknown[],
  columns: Partial<Record<StepColumnKey, number>>,
): boolean {
  for (const key of Object.keys(columns) as StepColumnKey[]) {
    if (DERIVED.includes(key)) continue;
    const value = row[(columns[key] ?? 0) - 1];
    if (key === 'status') {
      if (parseStatus(cellText(value)) !== 'Not started') return true;
    } else if (!isBlankCell(value)) return true;
  }
  return false;
}

/**
 * The last sheet row of the step table: the last row holding step data before a run of
 * TABLE_END_BLANK_ROWS blank rows (the heading row when there is none). `values[i]` is sheet
 * row `firstRow + i`, read from column A; `firstRow` is the first row under the headings.
 */
export function stepTableEnd(
  values: readonly (readonly unknown[])[],
  firstRow: number,
  columns: Partial<Record<StepColumnKey, number>>,
): number {
  let last = firstRow - 1;
  for (let i = 0; i < values.length; i++) {
    const row = firstRow + i;
    if (holdsStepData(values[i] ?? [], columns)) last = row;
    else if (row - last >= TABLE_END_BLANK_ROWS) break;
  }
  return last;
}

/**
 * The last sheet row the sheet's own live formatting (conditional-format rules, the header's
 * Progress and Plan status) reaches for a table whose last step row is `tableEnd`: any row down
 * to here is still in the table when someone types a step into it, so it is painted and counted
 * with no script running; further down is past the table's end and stays plain and uncounted,
 * as core reads it. The edit trigger and refreshFormatting move this as the table grows.
 */
export function liveRowsEnd(tableEnd: number): number {
  return tableEnd + TABLE_END_BLANK_ROWS;
}

/**
 * Whether an edit of sheet rows `firstRow..lastRow` may have moved the table's end (`end`, read
 * after the edit): the edit holds the end, or lies in the blank rows just under it (a step
 * appended, or the last steps cleared). Any other edit leaves the live ranges right.
 */
export function editMovesTableEnd(firstRow: number, lastRow: number, end: number): boolean {
  return end <= lastRow && end >= firstRow - TABLE_END_BLANK_ROWS;
}

/** The last step row of a located table, read from `values` (the tab from A1). */
export function tableEndIn(
  values: readonly (readonly unknown[])[],
  table: Pick<StepTable, 'firstDataRow' | 'column'>,
): number {
  return stepTableEnd(values.slice(table.firstDataRow - 1), table.firstDataRow, table.column);
}

/** The date columns of a step, in the order their problems are reported. */
const DATE_KEYS = ['targetDate', 'doneOn', 'baselineDate'] as const;

/** What a step is called when its Step cell shows a formula error: never the error's text. */
export const UNREADABLE_STEP_NAME = '(step name unreadable)';

/**
 * The text columns in which a formula error is read as no value, in the order their problems
 * are reported: what the cell is not, and what follows for the step.
 */
const ERROR_READS: readonly { key: StepColumnKey; not: string; so?: string }[] = [
  { key: 'step', not: 'a name' },
  { key: 'side', not: 'a side' },
  { key: 'owner', not: 'a name', so: 'the step counts as having no owner' },
  { key: 'ownerEmail', not: 'an address' },
  { key: 'status', not: 'a status', so: 'the step counts as open' },
];

/**
 * One sheet row read through the table's column positions. A class rather than closures made
 * per row: the bundle names every closure it creates (for readable stack traces), which costs
 * more than the reading itself on a 5,000-row plan.
 */
class RowCells {
  constructor(
    private readonly table: StepTable,
    private readonly timeZone: string,
    private readonly row: readonly unknown[],
    private readonly shown: readonly string[] | undefined,
  ) {}

  raw(key: StepColumnKey): unknown {
    const i = this.table.index[key];
    return i === undefined ? '' : this.row[i];
  }

  display(key: StepColumnKey): string | undefined {
    const i = this.table.index[key];
    return i === undefined ? undefined : this.shown?.[i];
  }

  text(key: StepColumnKey): string {
    return cellText(this.raw(key), this.display(key), this.timeZone);
  }

  date(key: StepColumnKey): ReturnType<typeof readDateCell> {
    return readDateCell(this.raw(key), this.display(key), this.timeZone);
  }
}

export function parseSteps(
  values: readonly (readonly unknown[])[],
  table: StepTable,
  options: ParseStepsOptions,
): ParsedSteps {
  const { timeZone, displayValues } = options;
  const steps: ParsedStep[] = [];
  const warnings: RowWarning[] = [];
  const keys = Object.keys(table.index) as StepColumnKey[];
  let lastWithData = table.firstDataRow - 1;

  for (let r = table.firstDataRow - table.origin.row; r < values.length; r++) {
    const cells = new RowCells(table, timeZone, values[r] ?? [], displayValues?.[r]);
    const sheetRow = table.origin.row + r;

    const statusRaw = cells.text('status');
    const status = parseStatus(statusRaw);
    const holdsData = keys.some((key) => {
      if (DERIVED.includes(key)) return false;
      // A default status alone, e.g. from a dropdown filled down the sheet, is not a step.
      if (key === 'status') return status !== 'Not started';
      return !isBlankCell(cells.raw(key));
    });
    if (!holdsData) {
      if (sheetRow - lastWithData >= TABLE_END_BLANK_ROWS) break;
      continue;
    }
    lastWithData = sheetRow;

    const name = cells.text('step');
    if (name === '') {
      warnings.push({
        row: sheetRow,
        message: `${LABEL.step} is blank, so this row is left out; give the step a name`,
      });
      continue;
    }

    // A formula error is no value: said once, and never read as a name, side or status.
    const failed = new Set<StepColumnKey>();
    for (const { key, not, so } of ERROR_READS) {
      const error = formulaErrorOf(cells.raw(key));
      if (error === null) continue;
      failed.add(key);
      warnings.push({
        row: sheetRow,
        message: `${LABEL[key]} shows the error ${error} (a formula that failed), not ${not}${so ? `, so ${so}` : ''}`,
      });
    }
    const text = (key: StepColumnKey): string => (failed.has(key) ? '' : cells.text(key));

    const step: ParsedStep = {
      row: sheetRow,
      number: cells.text('number'),
      phase: cells.text('phase'),
      step: failed.has('step') ? UNREADABLE_STEP_NAME : name,
      side: '',
      owner: text('owner'),
      ownerEmail: text('ownerEmail'),
      targetDate: null,
      status: status ?? 'Not started',
      doneOn: null,
      baselineDate: null,
      notes: cells.text('notes'),
    };

    const sideText = text('side');
    const side = parseSide(sideText);
    if (side === null) {
      warnings.push({
        row: sheetRow,
        message: `${LABEL.side} '${sideText}' is not one of ${SIDES.join(', ')}`,
      });
    } else step.side = side;

    if (status === null && !failed.has('status')) {
      step.statusText = statusRaw;
      warnings.push({
        row: sheetRow,
        message: `${LABEL.status} '${statusRaw}' is not one of ${STATUSES.join(', ')}`,
      });
    }

    for (const key of DATE_KEYS) {
      const cell = cells.date(key);
      if (cell.kind === 'date') {
        step[key] = cell.date;
        continue;
      }
      const problem = unreadableDateMessage(LABEL[key], cell);
      if (!problem) continue;
      warnings.push({ row: sheetRow, message: problem });
      if (key === 'targetDate' && cell.kind !== 'blank') step.targetDateText = cell.text;
    }

    steps.push(step);
  }
  return { steps, warnings };
}

// THE definition of a step's state. The sidebar, the email, the plan status and the sheet's
// conditional-format and header formulas (tested against this) all mean exactly this.

export type MissingCommitment = 'owner' | 'date';

export interface StepState {
  late: boolean;
  /** Calendar days past the target date; 0 unless late. */
  daysLate: number;
  dueSoon: boolean;
  uncommitted: boolean;
  missing: MissingCommitment[];
  done: boolean;
  skipped: boolean;
  blocked: boolean;
  /** Done or Skipped: the step can no longer be late, due or uncommitted. */
  closed: boolean;
  /** The Target date cell holds something that is not a date. */
  dateUnreadable: boolean;
}

export type ClassifiableStep = Pick<Step, 'owner' | 'targetDate' | 'status'> & {
  targetDateText?: string;
};

/**
 * Late: a target date before today, not Done or Skipped (due today is not late yet).
 * Due soon: open, target within [today, today + dueSoonDays].
 * Uncommitted: open with no owner or no readable target date. A step whose date cell holds
 * text ("TBD", "next week") has no date anybody committed to, so it counts, and is never on time.
 */
export function classifyStep(
  step: ClassifiableStep,
  today: DateKey,
  dueSoonDays: number = DUE_SOON_DAYS,
): StepState {
  const done = step.status === 'Done';
  const skipped = step.status === 'Skipped';
  const closed = done || skipped;
  const target = step.targetDate;

  // Calendar days from today to the target: negative when it has gone by.
  const ahead = !closed && target !== null ? calendarDaysBetween(today, target) : null;
  const late = ahead !== null && ahead < 0;
  const dueSoon = ahead !== null && ahead >= 0 && ahead <= dueSoonDays;

  const missing: MissingCommitment[] = [];
  if (!closed) {
    if (step.owner.trim() === '') missing.push('owner');
    if (target === null) missing.push('date');
  }

  return {
    late,
    daysLate: late && ahead !== null ? -ahead : 0,
    dueSoon,
    uncommitted: missing.length > 0,
    missing,
    done,
    skipped,
    blocked: step.status === 'Blocked',
    closed,
    dateUnreadable: step.targetDateText !== undefined,
  };
}
