// Turning the rows under the step table's headings into steps. Every row that cannot be read
// fully is reported with its row number and the reason; the rest of the plan still reads.
import { cellText, isBlankCell, readDateCell, unreadableDateMessage } from '../cells';
import {
  SIDES,
  STATUSES,
  STEP_COLUMNS,
  type DateKey,
  type RowWarning,
  type StepColumnKey,
} from '../model';
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

export function parseSteps(
  values: readonly (readonly unknown[])[],
  table: StepTable,
  options: ParseStepsOptions,
): ParsedSteps {
  const { timeZone, displayValues } = options;
  const steps: ParsedStep[] = [];
  const warnings: RowWarning[] = [];

  for (let r = table.firstDataRow - table.origin.row; r < values.length; r++) {
    const row = values[r] ?? [];
    const shown = displayValues?.[r];
    const sheetRow = table.origin.row + r;
    const raw = (key: StepColumnKey): unknown => {
      const i = table.index[key];
      return i === undefined ? '' : row[i];
    };
    const display = (key: StepColumnKey): string | undefined => {
      const i = table.index[key];
      return i === undefined ? undefined : shown?.[i];
    };
    const text = (key: StepColumnKey): string => cellText(raw(key), display(key), timeZone);
    const warn = (message: string): void => {
      warnings.push({ row: sheetRow, message });
    };

    const statusRaw = text('status');
    const status = parseStatus(statusRaw);
    const holdsData = (Object.keys(table.index) as StepColumnKey[]).some((key) => {
      if (DERIVED.includes(key)) return false;
      // A default status alone, e.g. from a dropdown filled down the sheet, is not a step.
      if (key === 'status') return status !== 'Not started';
      return !isBlankCell(raw(key));
    });
    if (!holdsData) continue;

    const name = text('step');
    if (name === '') {
      warn(`${LABEL.step} is blank, so this row is left out; give the step a name`);
      continue;
    }

    const step: ParsedStep = {
      row: sheetRow,
      number: text('number'),
      phase: text('phase'),
      step: name,
      side: '',
      owner: text('owner'),
      ownerEmail: text('ownerEmail'),
      targetDate: null,
      status: status ?? 'Not started',
      doneOn: null,
      baselineDate: null,
      notes: text('notes'),
    };

    if (status === null) {
      step.statusText = statusRaw;
      warn(`${LABEL.status} '${statusRaw}' is not one of ${STATUSES.join(', ')}`);
    }

    const side = parseSide(text('side'));
    if (side === null) warn(`${LABEL.side} '${text('side')}' is not one of ${SIDES.join(', ')}`);
    else step.side = side;

    const readDate = (key: 'targetDate' | 'doneOn' | 'baselineDate'): DateKey | null => {
      const cell = readDateCell(raw(key), display(key), timeZone);
      if (cell.kind === 'date') return cell.date;
      const problem = unreadableDateMessage(LABEL[key], cell);
      if (problem) {
        warn(problem);
        if (key === 'targetDate' && cell.kind !== 'blank') step.targetDateText = cell.text;
      }
      return null;
    };
    step.targetDate = readDate('targetDate');
    step.doneOn = readDate('doneOn');
    step.baselineDate = readDate('baselineDate');

    steps.push(step);
  }
  return { steps, warnings };
}
