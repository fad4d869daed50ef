// Turning the rows under the step table's headings into steps. Every row that cannot be read
// fully is reported with its row number and the reason; the rest of the plan still reads.
import { cellText, isBlankCell, readDateCell, unreadableDateMessage } from '../cells';
import { SIDES, STATUSES, STEP_COLUMNS, type RowWarning, type StepColumnKey } from '../model';
import type { StepTable } from '../table/plan-tables';
import type { ParsedStep } from './parsed-step';
import { parseSide, parseStatus } from './status-text';

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

/** The date columns of a step, in the order their problems are reported. */
const DATE_KEYS = ['targetDate', 'doneOn', 'baselineDate'] as const;

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
    if (!holdsData) continue;

    const name = cells.text('step');
    if (name === '') {
      warnings.push({
        row: sheetRow,
        message: `${LABEL.step} is blank, so this row is left out; give the step a name`,
      });
      continue;
    }

    const step: ParsedStep = {
      row: sheetRow,
      number: cells.text('number'),
      phase: cells.text('phase'),
      step: name,
      side: '',
      owner: cells.text('owner'),
      ownerEmail: cells.text('ownerEmail'),
      targetDate: null,
      status: status ?? 'Not started',
      doneOn: null,
      baselineDate: null,
      notes: cells.text('notes'),
    };

    if (status === null) {
      step.statusText = statusRaw;
      warnings.push({
        row: sheetRow,
        message: `${LABEL.status} '${statusRaw}' is not one of ${STATUSES.join(', ')}`,
      });
    }

    const sideText = cells.text('side');
    const side = parseSide(sideText);
    if (side === null) {
      warnings.push({
        row: sheetRow,
        message: `${LABEL.side} '${sideText}' is not one of ${SIDES.join(', ')}`,
      });
    } else step.side = side;

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
