// `npm start -- --demo`: a plan in the middle of a deal, played through the real add-on: created
// three weeks ago, steps done by both sides, one late, one date slipped, weekly emails sent.
import type { JsonCell } from '../emulator/spreadsheet/workbookState';
import { OWNER, PROSPECT, type PreviewSession } from './session';

const DAY = 86_400_000;

function dateKey(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Table {
  sheet: string;
  headerRow: number;
  column: (header: string) => number;
  rows: JsonCell[][];
}

function findTable(session: PreviewSession, required: string[]): Table {
  for (const sheet of session.emulator.workbook.toJSON().sheets) {
    const index = sheet.values.findIndex((row) =>
      required.every((h) => row.some((v) => String(v).trim() === h)),
    );
    if (index < 0) continue;
    const header = sheet.values[index].map((v) => String(v).trim());
    return {
      sheet: sheet.name,
      headerRow: index + 1,
      column: (h) => header.indexOf(h) + 1,
      rows: sheet.values.slice(index + 1),
    };
  }
  throw new Error(`The demo could not find a table with ${required.join(', ')}`);
}

function cellDate(v: JsonCell): string | null {
  return typeof v === 'object' && v !== null && 'date' in v ? v.date.slice(0, 10) : null;
}

function must(result: { ok: boolean; error?: { message: string } }, what: string): void {
  if (!result.ok) throw new Error(`The demo could not ${what}: ${result.error?.message}`);
}

export function loadDemo(session: PreviewSession): void {
  const today = Date.now();
  const start = today - 21 * DAY;
  session.fresh({ now: new Date(start) });
  const emulator = session.emulator;

  must(
    session.run('createPlan', [
      {
        template: 'enterprise',
        customer: 'Acme Corp',
        vendor: 'Globex',
        goal: 'Replace the legacy CRM before the March renewal',
        signatureDate: dateKey(start + 91 * DAY),
        goLiveDate: dateKey(start + 126 * DAY),
        sellers: [
          { name: 'Sam Seller', email: OWNER },
          { name: 'Erin Engineer', email: 'se@vendor.example' },
        ],
      },
    ]),
    'create the plan',
  );

  // The prospect names their people on the Stakeholders tab and ticks the weekly email.
  const people = findTable(session, ['Name', 'Email', 'Weekly email']);
  const names: Record<string, [string, string]> = {
    Champion: ['Pat Prospect', PROSPECT],
    'Economic buyer': ['Casey Chief', 'cfo@customer.example'],
    'Technical evaluator': ['Tao Tech', 'it@customer.example'],
  };
  emulator.as(PROSPECT);
  people.rows.forEach((row, i) => {
    const role = String(row[people.column('Role') - 1] ?? '');
    const person = names[role];
    if (!person) return;
    const r = people.headerRow + 1 + i;
    emulator.edit(`${people.sheet}!${letters(people.column('Name'))}${r}`, person[0]);
    emulator.edit(`${people.sheet}!${letters(people.column('Email'))}${r}`, person[1]);
    emulator.edit(`${people.sheet}!${letters(people.column('Weekly email'))}${r}`, 'TRUE');
  });
  emulator.as(OWNER);
  must(
    session.run('configureWeeklyDigest', [
      {
        enabled: true,
        weekday: 'MONDAY',
        hour: 9,
        approvedDomains: ['customer.example', 'vendor.example'],
      },
    ]),
    'schedule the weekly email',
  );

  // Three weeks of work: steps due in each week get done, but the prospect's security
  // questionnaire is left open (late), and a date slips.
  const plan = findTable(session, ['Step', 'Status', 'Target date']);
  const statusColumn = letters(plan.column('Status'));
  const dateColumn = letters(plan.column('Target date'));
  const steps = plan.rows
    .map((row, i) => ({
      row: plan.headerRow + 1 + i,
      name: String(row[plan.column('Step') - 1] ?? ''),
      date: cellDate(row[plan.column('Target date') - 1]),
    }))
    .filter((s) => s.name && s.date);
  const done = new Set<number>();
  let leftLate = false;
  let slipped = false;
  for (let week = 1; week <= 3; week++) {
    const weekEnd = dateKey(start + week * 7 * DAY);
    for (const step of steps) {
      if (!step.date || step.date > weekEnd || done.has(step.row)) continue;
      if (!leftLate && week === 3) {
        leftLate = true;
        done.add(step.row);
        emulator.as(PROSPECT).edit(`${plan.sheet}!${statusColumn}${step.row}`, 'In progress');
        continue;
      }
      emulator
        .as(step.row % 2 === 0 ? PROSPECT : OWNER)
        .edit(`${plan.sheet}!${statusColumn}${step.row}`, 'Done');
      done.add(step.row);
    }
    if (week === 2 && !slipped) {
      const later = steps.find((s) => s.date && s.date > dateKey(start + 28 * DAY));
      if (later?.date) {
        slipped = true;
        const moved = dateKey(Date.parse(later.date) + 7 * DAY);
        emulator.as(PROSPECT).edit(`${plan.sheet}!${dateColumn}${later.row}`, moved);
      }
    }
    emulator.as(OWNER);
    emulator.advance('7d');
  }
  emulator.setNow(new Date(today));
  emulator.workbook.recalculate();
  emulator.ui.state.sidebar = null;
  session.save();
}
