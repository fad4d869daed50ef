import { type SheetCell, DATE_FORMAT, type TableFormat, dateCellOf } from './cells';
import { type DateKey, calendarDaysBetween, SHEET_DATE_TIME_FORMAT } from '../dates';
import type { Step } from './model';
import { readableDate } from './rules';

// The Slip history tab: one row per target-date change whose old value is known.

export const SLIP_HISTORY_HEADERS = ['When', 'Step', 'Old date', 'New date', 'Who'] as const;

export const SLIP_HISTORY_FORMAT: TableFormat = {
  headerRow: 1,
  firstDataRow: 2,
  frozenRows: 1,
  columns: [
    { column: 1, width: 150, numberFormat: SHEET_DATE_TIME_FORMAT },
    { column: 2, width: 260 },
    { column: 3, width: 110, numberFormat: DATE_FORMAT },
    { column: 4, width: 110, numberFormat: DATE_FORMAT },
    { column: 5, width: 220 },
  ],
};

export function slipHistoryHeader(): SheetCell[] {
  return [...SLIP_HISTORY_HEADERS];
}

// Which target dates changed between two reads of the plan. A paste over many cells or a sort
// gives no e.oldValue, and rows move, so steps are matched by who they are, not where they sit.

export interface DateChange {
  /** The step's row in the AFTER read. */
  row: number;
  step: string;
  oldDate: DateKey | null;
  newDate: DateKey | null;
}

type Identified = Pick<Step, 'row' | 'step' | 'phase' | 'targetDate'>;

function norm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Pairs steps first by phase and name, then by name alone (a phase renamed in between); among
 * same-named steps, unchanged dates first, then in order of appearance. Steps added, removed or renamed have no partner
 * and report nothing: a history entry must never be a guess.
 */
export function detectDateChanges(
  before: readonly Identified[],
  after: readonly Identified[],
): DateChange[] {
  const unmatched = new Set(before.map((_, i) => i));
  const partner = new Map<number, number>();
  const byPhase = (s: Identified): string => `${norm(s.phase)}\u0000${norm(s.step)}`;
  const byName = (s: Identified): string => norm(s.step);
  const sameDate =
    (keyOf: (s: Identified) => string) =>
    (s: Identified): string =>
      `${keyOf(s)}\u0000${s.targetDate ?? ''}`;
  // Same-named steps that kept their dates pair up first, so sorting two "Review" rows past each
  // other is not mistaken for both their dates changing.
  const passes = [sameDate(byPhase), byPhase, sameDate(byName), byName];
  for (const keyOf of passes) {
    const waiting = new Map<string, number[]>();
    before.forEach((s, i) => {
      if (!unmatched.has(i)) return;
      const key = keyOf(s);
      waiting.set(key, [...(waiting.get(key) ?? []), i]);
    });
    after.forEach((s, j) => {
      if (partner.has(j)) return;
      const i = waiting.get(keyOf(s))?.shift();
      if (i === undefined) return;
      partner.set(j, i);
      unmatched.delete(i);
    });
  }

  const changes: DateChange[] = [];
  after.forEach((s, j) => {
    const i = partner.get(j);
    if (i === undefined) return;
    const oldDate = before[i].targetDate;
    if (oldDate !== s.targetDate) {
      changes.push({ row: s.row, step: s.step, oldDate, newDate: s.targetDate });
    }
  });
  return changes;
}

// The live "Slip (days)" cell of one step row: the same number slipDays() gives, so a sort or a
// paste can never leave a stale slip behind (the formula moves with its row).

export function slipFormula(
  columns: { targetDate: string; baselineDate: string },
  row: number,
): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`Row ${row} is not a sheet row`);
  const target = `$${columns.targetDate}${row}`;
  const baseline = `$${columns.baselineDate}${row}`;
  return `=IF(AND(${readableDate(target)},${readableDate(baseline)}),INT(${target})-INT(${baseline}),"")`;
}

// One row of the slip history tab, in the column order of slipHistoryHeader.

export interface SlipHistoryInput {
  /** When the change was seen (epoch ms), shown in the spreadsheet's time zone. */
  when: number;
  step: string;
  oldDate: DateKey | null;
  newDate: DateKey | null;
  /**
   * What the cell holds instead of a new date ('next week', '04.03.2024'): written as typed,
   * so the history shows what replaced the date rather than a blank that reads as "cleared".
   */
  newText?: string;
  /** The editor's address when Apps Script tells us; it often cannot (see UNNAMED_EDITOR). */
  who?: string | null;
}

/**
 * Who made an edit when Google will not say: it hides the address of anyone outside the plan
 * owner's domain (every prospect) from the owner's trigger. A blank would read as "nobody".
 */
export const UNNAMED_EDITOR = 'a collaborator (address hidden by Google)';

export function slipHistoryEntry(input: SlipHistoryInput): SheetCell[] {
  if (!Number.isFinite(input.when)) throw new RangeError('A history entry needs a real moment');
  const cells: Record<(typeof SLIP_HISTORY_HEADERS)[number], SheetCell> = {
    When: { instant: input.when },
    Step: input.step,
    'Old date': dateCellOf(input.oldDate),
    'New date': input.newDate === null && input.newText ? input.newText : dateCellOf(input.newDate),
    Who: input.who?.trim() || UNNAMED_EDITOR,
  };
  return SLIP_HISTORY_HEADERS.map((header) => cells[header]);
}

/**
 * How far a step's target date has moved from its baseline (the date first agreed), in calendar
 * days: positive = later. Null when either date is missing or unreadable. Measured against the
 * baseline rather than the last edit, so pastes and sorts cannot make it wrong.
 */
export function slipDays(step: Pick<Step, 'targetDate' | 'baselineDate'>): number | null {
  if (step.targetDate === null || step.baselineDate === null) return null;
  return calendarDaysBetween(step.baselineDate, step.targetDate);
}

/**
 * The plan's total slip: days that open and done steps moved LATER than their baselines.
 * A step pulled earlier counts 0 rather than offsetting another's delay, and Skipped steps
 * are left out, because a skipped step's date no longer matters.
 */
export function totalSlipDays(
  steps: readonly Pick<Step, 'targetDate' | 'baselineDate' | 'status'>[],
): number {
  let total = 0;
  for (const step of steps) {
    if (step.status === 'Skipped') continue;
    const slip = slipDays(step);
    if (slip !== null && slip > 0) total += slip;
  }
  return total;
}
