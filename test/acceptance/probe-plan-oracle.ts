// The acceptance oracle of world.ts, for sheets where people typed statuses themselves: Sheets
// compares text ignoring case, so 'done' and 'SKIPPED' mean Done and Skipped to the colours and
// the header formulas alike. Rows are read as the sheet holds them, statuses spelled as the
// dropdown spells them, then held against the same definitions world.ts writes down.
import type { Emulator } from '../../dev/emulator';
import {
  addDays,
  expectedPlanStatus,
  expectedProgress,
  expectedState,
  FILL,
  headerValue,
  status,
  stepRows,
  tab,
  type StepRow,
} from './world';

const CLOSED: Record<string, string> = { done: 'Done', skipped: 'Skipped', blocked: 'Blocked' };

/** A step row with its status as the dropdown would spell it (case aside, nothing else). */
export function spelled(step: StepRow): StepRow {
  return { ...step, status: CLOSED[step.status.toLowerCase()] ?? step.status };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

/** Colours, header formulas and getPlanStatus all say what the oracle says for `today`. */
export function expectAgreement(em: Emulator, sheetName: string, today: string): void {
  const api = status(em);
  expect(api.today).toBe(today);
  const sheet = tab(em, sheetName);
  const steps = stepRows(sheet).map(spelled);
  const rows = (list: { row: number }[]) => list.map((s) => s.row).sort((a, b) => a - b);
  const open = steps.filter((s) => s.status !== 'Done' && s.status !== 'Skipped');
  expect(rows(api.late)).toEqual(
    open.filter((s) => s.target !== null && s.target < today).map((s) => s.row),
  );
  for (const s of api.late) expect(s.daysLate).toBe(daysBetween(s.targetDate as string, today));
  expect(rows(api.dueSoon)).toEqual(
    open
      .filter((s) => s.target !== null && s.target >= today && s.target <= addDays(today, 7))
      .map((s) => s.row),
  );
  expect(rows(api.uncommitted)).toEqual(
    open.filter((s) => s.owner === '' || s.target === null).map((s) => s.row),
  );
  for (const s of steps) {
    expect([s.row, s.background]).toEqual([s.row, FILL[expectedState(s, today)]]);
  }
  expect(api.status).toBe(expectedPlanStatus(steps, today));
  expect(headerValue(sheet, 'Plan status')).toBe(api.status);
  expect(headerValue(sheet, 'Progress')).toBe(expectedProgress(steps));
}
