// An oracle of what the plan must show, written from the README's promises alone (never the
// add-on's code): each step's state and colour on a given day, the plan status and progress,
// and the check that the sheet's colours, its live header formulas and getPlanStatus agree.
import type { Emulator } from '../../dev/emulator';
import { headerValue, stepRows, tab, type StepRow } from './sheet';
import { status } from './world';

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

export type Expected = 'done' | 'unreadable' | 'late' | 'blocked' | 'uncommitted' | 'due' | '';

/**
 * What a step must be on `today`: closed steps are never late; due today is not late; a blank
 * date is uncommitted; text is reported, not on time. The priority is the one the README
 * documents (done, skipped, unreadable, late, blocked, uncommitted, due soon).
 */
export function expectedState(s: StepRow, today: string): Expected {
  if (s.status === 'Done') return 'done';
  if (s.status === 'Skipped') return '';
  if (s.targetText) return 'unreadable';
  if (s.target !== null && s.target < today) return 'late';
  if (s.status === 'Blocked') return 'blocked';
  if (s.owner === '' || s.target === null) return 'uncommitted';
  if (s.target !== null && s.target <= addDays(today, 7)) return 'due';
  return '';
}

/** The README's palette, as the emulator reports effective backgrounds. */
export const FILL: Record<Expected, string> = {
  done: '#c6e0f5',
  unreadable: '#ffe0b8',
  late: '#f6a38c',
  blocked: '#c9a8e8',
  uncommitted: '#8fd9c8',
  due: '#f9eda5',
  '': '#ffffff',
};

/** Plan status from the steps: At risk when a step is 1–6 days late, Stalled at 7+. */
export function expectedPlanStatus(steps: StepRow[], today: string): string {
  const open = (s: StepRow) => s.status !== 'Done' && s.status !== 'Skipped';
  const late = steps.filter((s) => open(s) && s.target !== null && s.target < today);
  const worst = Math.max(0, ...late.map((s) => daysBetween(s.target as string, today)));
  return worst >= 7 ? 'Stalled' : worst >= 1 ? 'At risk' : 'On track';
}

/** "d of n done (p%)": Done over every step that is not Skipped. */
export function expectedProgress(steps: StepRow[]): string {
  const counted = steps.filter((s) => s.status !== 'Skipped');
  const done = counted.filter((s) => s.status === 'Done').length;
  const percent = counted.length === 0 ? 0 : Math.round((100 * done) / counted.length);
  return `${done} of ${counted.length} done (${percent}%)`;
}

/** Where a public function's result is not plain JSON: Dates, undefined, NaN, functions. */
export function notJson(value: unknown, path = '$'): string[] {
  if (value === undefined) return [`${path} is undefined`];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    return [`${path} is a ${typeof value}`];
  }
  if (value === null || typeof value !== 'object') return [];
  const tag = Object.prototype.toString.call(value);
  if (Array.isArray(value)) return value.flatMap((v, i) => notJson(v, `${path}[${i}]`));
  if (tag !== '[object Object]') return [`${path} is ${tag}`];
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [] : notJson(v, `${path}.${k}`),
  );
}

const SPELLINGS: Record<string, string> = {
  done: 'Done',
  skipped: 'Skipped',
  blocked: 'Blocked',
};

/**
 * A step row with its status as the dropdown spells it. Sheets compares text ignoring case, so
 * a typed 'done' or 'SKIPPED' means Done and Skipped to the colours and header formulas alike.
 */
function spelled(step: StepRow): StepRow {
  return { ...step, status: SPELLINGS[step.status.toLowerCase()] ?? step.status };
}

/** Everything a user can see of the plan agrees with what the oracle says for the sheet's today. */
export function expectSheetAgrees(em: Emulator, sheetName: string, today: string): void {
  const api = status(em);
  expect(api.today).toBe(today);
  const sheet = tab(em, sheetName);
  const steps = stepRows(sheet).map(spelled);
  const rowsIn = (list: { row: number }[]) => list.map((s) => s.row).sort((a, b) => a - b);
  const open = steps.filter((s) => s.status !== 'Done' && s.status !== 'Skipped');
  const late = open.filter((s) => s.target !== null && s.target < today);
  expect(rowsIn(api.late)).toEqual(late.map((s) => s.row));
  expect(api.late.map((s) => s.daysLate)).toEqual(
    api.late.map((s) => daysBetween(s.targetDate as string, today)),
  );
  expect(rowsIn(api.dueSoon)).toEqual(
    open
      .filter((s) => s.target !== null && s.target >= today && s.target <= addDays(today, 7))
      .map((s) => s.row),
  );
  expect(rowsIn(api.uncommitted)).toEqual(
    open.filter((s) => s.owner === '' || s.target === null).map((s) => s.row),
  );
  for (const s of steps) {
    expect([s.row, s.background]).toEqual([s.row, FILL[expectedState(s, today)]]);
  }
  expect(api.status).toBe(expectedPlanStatus(steps, today));
  expect(headerValue(sheet, 'Plan status')).toBe(api.status);
  expect(headerValue(sheet, 'Progress')).toBe(expectedProgress(steps));
}
