// The acceptance pass's shared ground: the BUILT add-on in the emulator, driven only through the
// public functions of DESIGN §4 and user edits, plus readers that look at the sheet the way a
// user does (values, what cells show, effective backgrounds) and an independent oracle of what
// each step's state must be. Nothing here imports the add-on's own decision code.
import { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import type { SheetState } from '../../dev/emulator/spreadsheet';
import type { CreatePlanOptions, CreatePlanResult, PlanStatusResult } from '../../src/shared/api';

export const OWNER = 'owner@vendor.example';
/** Same domain as the owner, so Apps Script reveals who edited (slip history "Who"). */
export const COLLEAGUE = 'sam@vendor.example';
export const PROSPECT = 'prospect@customer.example';

/** The odd zones of the brief: quarter-hour and half-hour offsets, ±14 h, 30-minute DST. */
export const ODD_ZONES = [
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/** A script zone far from each spreadsheet zone, so a mix-up of the two cannot go unseen. */
export function farScriptZone(timeZone: string): string {
  return timeZone.startsWith('Pacific/K') || timeZone.startsWith('Asia')
    ? 'Pacific/Pago_Pago'
    : 'Pacific/Kiritimati';
}

export const PLAN: CreatePlanOptions = {
  template: 'velocity',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  sellers: [{ name: 'Olivia Owner', email: OWNER }],
};

export interface WorldOptions {
  timeZone?: string;
  scriptTimeZone?: string;
  /** Wall time in the spreadsheet's zone. */
  now?: string;
}

export function world(options: WorldOptions = {}): Emulator {
  return new Emulator({
    codePath: ADDON_CODE_PATH,
    timeZone: options.timeZone ?? 'America/New_York',
    scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
    now: options.now ?? '2026-11-02T09:00:00',
    user: OWNER,
    editors: [PROSPECT, COLLEAGUE],
  }).load();
}

export function create(em: Emulator, options: Partial<CreatePlanOptions> = {}): CreatePlanResult {
  return em.call('createPlan', { ...PLAN, ...options }) as CreatePlanResult;
}

export function status(em: Emulator): PlanStatusResult {
  return em.call('getPlanStatus') as PlanStatusResult;
}

/** The message of what `work` throws; fails the test when it does not throw. */
export function errorOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

export function tab(em: Emulator, name: string): SheetState {
  const sheet = em.workbook.toJSON().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab named ${name}`);
  return sheet;
}

export function tabNames(em: Emulator): string[] {
  return em.workbook.sheets.map((s) => s.name);
}

/** The step table's heading row (1-based), found by its headings as a user would. */
export function headingRow(sheet: SheetState): number {
  const at = sheet.values.findIndex((r) => r.includes('Step') && r.includes('Status'));
  if (at < 0) throw new Error(`no step table on ${sheet.name}`);
  return at + 1;
}

/** 1-based column of a heading in the step table. */
export function columnOf(sheet: SheetState, heading: string): number {
  const at = sheet.values[headingRow(sheet) - 1].indexOf(heading);
  if (at < 0) throw new Error(`no '${heading}' column on ${sheet.name}`);
  return at + 1;
}

export function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

/** A cell of the state JSON as a day: {"date":"yyyy-MM-dd"} -> 'yyyy-MM-dd', else null. */
export function dayOf(cell: unknown): string | null {
  if (cell && typeof cell === 'object' && 'date' in cell) {
    return String((cell as { date: string }).date).slice(0, 10);
  }
  return null;
}

export interface StepRow {
  row: number;
  step: string;
  owner: string;
  status: string;
  target: string | null;
  /** The Target date cell holds something that is not a date. */
  targetText: boolean;
  doneOn: string | null;
  background: string;
}

/** Every step row below the headings (rows with a step name), as the sheet holds them. */
export function stepRows(sheet: SheetState): StepRow[] {
  const head = headingRow(sheet);
  const col = (h: string) => sheet.values[head - 1].indexOf(h);
  const [step, owner, status, target, doneOn] = [
    'Step',
    'Owner',
    'Status',
    'Target date',
    'Done on',
  ].map(col);
  const rows: StepRow[] = [];
  for (let i = head; i < sheet.values.length; i++) {
    const v = sheet.values[i];
    if (String(v[step] ?? '').trim() === '') continue;
    const t = v[target];
    rows.push({
      row: i + 1,
      step: String(v[step]),
      owner: String(v[owner] ?? '').trim(),
      status: String(v[status] ?? ''),
      target: dayOf(t),
      targetText: typeof t === 'string' && t.trim() !== '',
      doneOn: dayOf(v[doneOn]),
      background: (sheet.backgrounds?.[i]?.[step] ?? '').toLowerCase(),
    });
  }
  return rows;
}

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
 * What a step must be on `today`, written from DESIGN §2 and issue 5 alone: closed steps are
 * never late; due today is not late; a blank date is uncommitted; text is reported, not on time.
 * The priority is the one the README documents (done, skipped, unreadable, late, blocked,
 * uncommitted, due soon).
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

/** The value beside a label of the header block ("Progress", "Plan status", ...). */
export function headerValue(sheet: SheetState, label: string): unknown {
  for (const row of sheet.values.slice(0, headingRow(sheet) - 1)) {
    const at = row.indexOf(label);
    if (at >= 0) return row[at + 1];
  }
  throw new Error(`no '${label}' in the header of ${sheet.name}`);
}

/** `user` (the prospect by default) types into a cell; the owner acts again afterwards. */
export function edit(em: Emulator, ref: string, text: string, user = PROSPECT): void {
  try {
    em.as(user).edit(ref, text);
  } finally {
    em.as(OWNER);
  }
}

/** `user` pastes a block of typed text; the owner acts again afterwards. */
export function paste(em: Emulator, ref: string, rows: string[][], user = PROSPECT): void {
  try {
    em.as(user).paste(ref, rows);
  } finally {
    em.as(OWNER);
  }
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
