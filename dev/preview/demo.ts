// `npm start -- --demo`: a deal in its fourth week, played day by day through the real add-on.
// The seller creates the plan, both sides name owners, steps get done on time, the prospect
// lets one step run late, slips a date and blocks another, two roles stay unfilled, and the
// hourly trigger sends the weekly email every Monday. Everything shown was made by the add-on
// reacting to user edits and the clock, nothing is written into the sheet behind its back.
import {
  addBusinessDays,
  addDays,
  businessDayOnOrBefore,
  businessDaysBetween,
  calendarDaysBetween,
  dayOfWeek,
  isBusinessDay,
} from '../../src/core/dates/days';
import { DUE_SOON_DAYS, STALLED_AFTER_DAYS_LATE } from '../../src/core/plan/model';
import type { CreatePlanOptions, SchedulePreview } from '../../src/shared/api';
import { dateKeyIn } from '../emulator/timezone';
import { OWNER, PREVIEW_TIME_ZONE, PROSPECT, type PreviewSession } from './session';
import { findTable, type Table, type TableRow } from './table-reader';

export const DEMO_CUSTOMER = 'Acme Corp';
export const DEMO_VENDOR = 'Globex';
/** The weekly email goes out on Mondays at 9:00; the demo starts three Mondays ago. */
const DIGEST = { weekday: 'MONDAY', hour: 9 } as const;
const WORK_HOUR = 'T10:00';

interface Person {
  name: string;
  email: string;
  weekly: boolean;
}

const SELLERS = [
  { name: 'Sam Seller', email: OWNER },
  { name: 'Erin Engineer', email: 'se@vendor.example' },
];

/** The prospect's side of the Stakeholders tab, by role; Procurement is left for later. */
const PROSPECT_PEOPLE: Record<string, Person> = {
  'Economic buyer': { name: 'Casey Chief', email: 'cfo@customer.example', weekly: true },
  Champion: { name: 'Pat Prospect', email: PROSPECT, weekly: true },
  'Technical evaluator': { name: 'Tao Tech', email: 'it@customer.example', weekly: true },
  Security: { name: 'Sasha Shield', email: 'security@customer.example', weekly: false },
  Legal: { name: 'Lee Counsel', email: 'legal@customer.example', weekly: false },
  'Executive sponsor': { name: 'Dana Director', email: 'dana@customer.example', weekly: false },
};

const VENDOR_ROLES = new Set(['AE', 'SE', 'Customer success']);

function must<T>(
  result: { ok: boolean; value?: unknown; error?: { message: string } },
  what: string,
): T {
  if (!result.ok) throw new Error(`The demo could not ${what}: ${result.error?.message}`);
  return result.value as T;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The most recent digest time (Monday 9:00 in the sheet's zone) at or before `now`. */
export function lastDigestDay(now: number): string {
  const today = dateKeyIn(now, PREVIEW_TIME_ZONE);
  const monday = addDays(today, -(dayOfWeek(today) - 1));
  const hour = Number(
    new Intl.DateTimeFormat('en-US', {
      timeZone: PREVIEW_TIME_ZONE,
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(now),
  );
  return monday === today && hour < DIGEST.hour ? addDays(monday, -7) : monday;
}

function previewOf(session: PreviewSession, options: CreatePlanOptions): SchedulePreview {
  return must<SchedulePreview>(session.run('previewSchedule', [options]), 'work the schedule back');
}

/** The signature date that starts the template's first step on `firstDay`. */
function signatureFor(
  session: PreviewSession,
  options: CreatePlanOptions,
  firstDay: string,
): string {
  let signature = options.signatureDate;
  for (let attempt = 0; attempt < 6; attempt++) {
    const preview = previewOf(session, { ...options, signatureDate: signature });
    const off = calendarDaysBetween(firstDay, preview.firstDate);
    if (Math.abs(off) <= 1) break;
    signature = businessDayOnOrBefore(addDays(signature, -off));
  }
  return signature;
}

/** The side's user types, as a person would: one cell, or a pasted run of cells. */
function type(
  session: PreviewSession,
  user: string,
  table: Table,
  header: string,
  row: number,
  text: string,
): void {
  session.emulator.as(user).edit(`${quoted(table.sheet)}!${table.cell(header, row)}`, text);
}

function paste(
  session: PreviewSession,
  user: string,
  table: Table,
  header: string,
  row: number,
  cells: string[],
): void {
  session.emulator.as(user).paste(`${quoted(table.sheet)}!${table.cell(header, row)}`, [cells]);
}

function suggestedRole(step: TableRow): string | null {
  return /Suggested owner:\s*([^·]+)/.exec(step.text('Notes'))?.[1].trim() ?? null;
}

interface DemoSteps {
  late: TableRow | undefined;
  slipped: TableRow | undefined;
  blocked: TableRow | undefined;
  /** Late when a weekly email went out, which flagged it; done the day after. */
  caughtUp: { step: TableRow; doneOn: string } | undefined;
}

const prospectOwned = (r: TableRow) => r.text('Owner email').endsWith('@customer.example');

/** Which steps the story bends: chosen from the plan's own dates, so any template works. */
function chooseSteps(rows: TableRow[], today: string, lastMonday: string): DemoSteps {
  const dated = rows.filter((r) => r.text('Step') && r.date('Target date'));
  const daysFromToday = (r: TableRow) => calendarDaysBetween(today, r.date('Target date')!);
  const past = dated.filter((r) => daysFromToday(r) < 0);
  const recent = past.filter((r) => daysFromToday(r) >= -(STALLED_AFTER_DAYS_LATE - 1));
  // Late by days, not weeks: the plan is at risk, not stalled.
  const lateCandidates = recent.length ? recent : past.slice(-1);
  const late = lateCandidates.filter(prospectOwned).pop() ?? lateCandidates.pop();
  // Beyond the due-soon window, so due soon, blocked and slipped each show their own colour.
  const later = dated.filter((r) => daysFromToday(r) > DUE_SOON_DAYS);
  const blocked = later.find(prospectOwned) ?? later[0];
  const slipped =
    later.find((r) => r !== blocked && prospectOwned(r)) ?? later.find((r) => r !== blocked);
  // The latest weekly email whose next working day has come: a step due the week before it is
  // still open when it goes out, so the email lists it as behind schedule.
  const monday = addBusinessDays(lastMonday, 1) <= today ? lastMonday : addDays(lastMonday, -7);
  const before = dated.filter((r) => {
    const due = r.date('Target date')!;
    return r !== late && due < monday && due >= addDays(monday, -6);
  });
  const step = before.filter(prospectOwned).pop() ?? before.pop();
  const caughtUp = step && { step, doneOn: addBusinessDays(monday, 1) };
  return { late, slipped, blocked, caughtUp };
}

/**
 * Where the first step starts, in business days after the plan is made: the first start that
 * leaves, today, a step a few days late and another due within the week.
 */
function startOffset(preview: SchedulePreview, created: string, today: string): number {
  const offsets = preview.steps.map((s) => businessDaysBetween(preview.firstDate, s.targetDate));
  for (let k = 1; k <= 10; k++) {
    const first = addBusinessDays(created, k);
    const days = offsets.map((o) => calendarDaysBetween(today, addBusinessDays(first, o)));
    const lateByDays = days.some((d) => d < 0 && d > -STALLED_AFTER_DAYS_LATE);
    const dueSoon = days.some((d) => d > 0 && d < DUE_SOON_DAYS);
    if (lateByDays && dueSoon) return k;
  }
  return 2;
}

/** Plays the demo so that it ends at `now` (default: this moment), the seller looking at it. */
export function loadDemo(
  session: PreviewSession,
  progress: (line: string) => void = () => {},
  now: number = Date.now(),
): void {
  const today = dateKeyIn(now, PREVIEW_TIME_ZONE);
  // Three Mondays of email: the plan was made on the Tuesday three weeks before the last one.
  const lastMonday = lastDigestDay(now);
  const created = addDays(lastMonday, -20);
  session.fresh({ now: `${created}${WORK_HOUR}` });
  const emulator = session.emulator;
  emulator.as(OWNER);

  const draft: CreatePlanOptions = {
    template: 'enterprise',
    customer: DEMO_CUSTOMER,
    vendor: DEMO_VENDOR,
    goal: 'Replace the legacy CRM before the renewal in the spring',
    signatureDate: addDays(created, 90),
    sellers: SELLERS,
  };
  const firstDay = addBusinessDays(created, startOffset(previewOf(session, draft), created, today));
  const signatureDate = signatureFor(session, draft, firstDay);
  must(
    session.run('createPlan', [
      { ...draft, signatureDate, goLiveDate: addDays(signatureDate, 35) },
    ]),
    'create the plan',
  );

  // Day one: the champion fills in the buying committee; the seller approves their domain
  // and schedules the weekly email.
  const people = findTable(emulator.workbook, ['Name', 'Email', 'Role', 'Weekly email']);
  for (const row of people.rows) {
    const person = PROSPECT_PEOPLE[row.text('Role')];
    if (!person || row.text('Name')) continue;
    paste(session, PROSPECT, people, 'Name', row.row, [person.name, person.email]);
    if (person.weekly) type(session, PROSPECT, people, 'Weekly email', row.row, 'TRUE');
  }
  emulator.as(OWNER);
  must(
    session.run('configureWeeklyDigest', [
      { enabled: true, ...DIGEST, approvedDomains: ['customer.example', 'vendor.example'] },
    ]),
    'schedule the weekly email',
  );

  // Owners: each side names its own people, from the template's suggested role. Roles nobody
  // holds yet stay blank, which the add-on flags as uncommitted.
  const byRole = new Map(
    findTable(emulator.workbook, ['Name', 'Email', 'Role'])
      .rows.filter((r) => r.text('Name') && r.text('Email'))
      .map((r) => [r.text('Role'), { name: r.text('Name'), email: r.text('Email') }]),
  );
  let plan = findTable(emulator.workbook, [
    'Step',
    'Owner',
    'Owner email',
    'Status',
    'Target date',
  ]);
  for (const step of plan.rows) {
    const role = suggestedRole(step);
    const person = role ? byRole.get(role) : undefined;
    if (!role || !person || step.text('Owner')) continue;
    const user = VENDOR_ROLES.has(role) ? OWNER : PROSPECT;
    paste(session, user, plan, 'Owner', step.row, [person.name, person.email]);
  }

  // Day by day to today: steps are done on their dates by their side, except the story's.
  plan = findTable(emulator.workbook, ['Step', 'Owner', 'Owner email', 'Status', 'Target date']);
  const story = chooseSteps(plan.rows, today, lastMonday);
  const sideUser = (step: TableRow) => (step.text('Side') === 'Prospect' ? PROSPECT : OWNER);
  const totalDays = calendarDaysBetween(created, today);
  for (let day = created, n = 0; day <= today; day = addDays(day, 1), n++) {
    if (n % 7 === 0) progress(`week ${n / 7 + 1} of ${Math.ceil((totalDays + 1) / 7)}`);
    if (isBusinessDay(day)) {
      plan = findTable(emulator.workbook, ['Step', 'Status', 'Target date']);
      for (const step of plan.rows) {
        const due = step.date('Target date');
        const status = step.text('Status');
        if (!due || status === 'Done' || status === 'Skipped' || status === 'Blocked') continue;
        const isLate =
          step.row === story.late?.row ||
          (step.row === story.caughtUp?.step.row && day < story.caughtUp.doneOn);
        if (due <= day && !isLate) type(session, sideUser(step), plan, 'Status', step.row, 'Done');
        else if (status === 'Not started' && due <= addBusinessDays(day, 2))
          type(session, sideUser(step), plan, 'Status', step.row, 'In progress');
      }
      // Week two: the prospect needs another week for a later step (slip tracking records it).
      if (n === 8 && story.slipped) {
        const moved = addBusinessDays(story.slipped.date('Target date')!, 5);
        type(session, PROSPECT, plan, 'Target date', story.slipped.row, moved);
      }
      // The last working day: a prospect step is blocked, waiting on something.
      if (day === businessDayOnOrBefore(addDays(today, -1)) && story.blocked)
        type(session, PROSPECT, plan, 'Status', story.blocked.row, 'Blocked');
    }
    const next = emulator.now().getTime() + 86_400_000;
    emulator.as(OWNER).advance(Math.max(0, Math.min(next, now) - emulator.now().getTime()));
  }
  if (emulator.now().getTime() < now) emulator.advance(now - emulator.now().getTime());

  // The seller opens the spreadsheet today: an empty default tab tidied away, the sidebar open.
  emulator.as(OWNER);
  const blank = emulator.workbook.getSheetByName('Sheet1');
  if (blank && blank.lastRow() === 0 && emulator.workbook.sheets.length > 1)
    emulator.workbook.deleteSheet(blank);
  const map = emulator.workbook.getSheetByName(plan.sheet);
  if (map) emulator.workbook.activeSheetId = map.sheetId;
  must(session.run('showSidebar', []), 'open the sidebar');
  session.save();
}
