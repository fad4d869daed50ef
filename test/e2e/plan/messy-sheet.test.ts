// getPlanStatus after a prospect has been at the sheet: text in date cells, rows deleted,
// columns reordered, the tab renamed, HTML pasted, the heading row cleared, a needed column
// deleted, the table sorted. Every answer is either a right status (with a warning per row it
// could not read) or a message that names what to fix; nothing crashes, nothing is lost.
import type { Emulator } from '../../../dev/emulator';
import type { PlanStatusResult } from '../../../src/shared/api';
import { create, edit, errorOf, paste, PROSPECT, status, world } from '../../support/world';
import { stepRows, tab } from '../../support/sheet';
import { notJson } from '../../support/plan-oracle';

jest.setTimeout(60_000);

interface Plan {
  em: Emulator;
  map: string;
  total: number;
}

function plan(): Plan {
  const em = world({ timeZone: 'America/St_Johns', scriptTimeZone: 'Asia/Tokyo' }).em;
  const made = create(em, { template: 'enterprise' });
  return { em, map: made.sheetName, total: made.stepCount };
}

/** What getPlanStatus says, checked to be plain JSON first. */
function read(em: Emulator): PlanStatusResult {
  const result = status(em);
  expect(notJson(result)).toEqual([]);
  return result;
}

it('reports text typed into date cells, row by row, and never counts it on time', () => {
  const { em, map } = plan();
  edit(em, `${map}!G9`, 'next week');
  edit(em, `${map}!G10`, '12/10/2026'); // Sheets (en_US) reads this as a date
  edit(em, `${map}!G11`, '2026-13-01');
  edit(em, `${map}!G13`, "'2026-12-01"); // forced text
  const now = read(em);
  expect(now.warnings).toEqual([
    { row: 9, message: "Target date 'next week' is not a date" },
    {
      row: 11,
      message:
        "Target date '2026-13-01' is not a date (it is stored as text; type it again as a date)",
    },
    {
      row: 13,
      message:
        "Target date '2026-12-01' is not a date (it is stored as text; type it again as a date)",
    },
  ]);
  for (const row of [9, 11, 13]) {
    expect(now.uncommitted.find((s) => s.row === row)?.missing).toContain('date');
    expect(now.dueSoon.concat(now.late).some((s) => s.row === row)).toBe(false);
  }
  expect(now.uncommitted.find((s) => s.row === 10)?.targetDate).toBe('2026-12-10');
  const shown = stepRows(tab(em, map));
  expect(shown.filter((s) => s.background === '#ffe0b8').map((s) => s.row)).toEqual([9, 11, 13]);
});

it('keeps counting after rows are deleted and a blank row is left in the middle', () => {
  const { em, map, total } = plan();
  em.workbook.userDeleteRows(map, 9, 3, PROSPECT);
  paste(em, `${map}!A10`, [Array(12).fill('')]);
  const now = read(em);
  expect(now.progress.total).toBe(total - 4);
  expect(now.warnings).toEqual([]);
  expect(now.next.map((s) => s.row)).not.toContain(10);
});

it('finds the plan after the header rows are deleted, columns reordered and the tab renamed', () => {
  const { em, map } = plan();
  edit(em, `${map}!H8`, 'Done');
  const before = read(em);
  em.workbook.userDeleteRows(map, 1, 3, PROSPECT);
  em.workbook.userMoveColumns(map, 7, 2, 2, PROSPECT); // Target date and Status to column B
  em.workbook.userRenameSheet(map, 'Plan ✓ (shared)');
  const after = read(em);
  expect(after.sheetName).toBe('Plan ✓ (shared)');
  expect(after.progress).toEqual(before.progress);
  expect(after.next.map((s) => s.row)).toEqual(before.next.map((s) => s.row - 3));
  // Edits still stamp Done on in the moved column.
  edit(em, 'Plan ✓ (shared)!C6', 'Done');
  expect(read(em).progress.done).toBe(2);
  expect(em.executions().filter((e) => !e.ok)).toEqual([]);
});

it('keeps pasted HTML as text in the status and the email, escaped', () => {
  const { em, map } = plan();
  const html = '<b>Bold</b><script>x()</script>';
  paste(em, `${map}!C9`, [[html, 'Vendor', '"><img src=x onerror=alert(1)>', '', '2026-11-05']]);
  const now = read(em);
  expect(now.dueSoon.find((s) => s.row === 9)).toEqual({
    row: 9,
    step: html,
    owner: '"><img src=x onerror=alert(1)>',
    targetDate: '2026-11-05',
  });
  em.call('configureWeeklyDigest', { enabled: true, weekday: 'MONDAY', hour: 9 });
  const [email] = em.call('previewWeeklyDigest') as { htmlBody: string }[];
  expect(email.htmlBody).not.toContain('<script>');
  expect(email.htmlBody).not.toContain('<img');
  expect(email.htmlBody).toContain('&lt;b&gt;Bold&lt;/b&gt;');
});

describe('damage that stops the plan being read names what to fix', () => {
  it.each([
    ['the Status column is deleted', 8, "has no 'Status' column; add a column headed Status."],
    ['the Target date column is deleted', 7, "has no 'Target date' column"],
    ['the Owner column is deleted', 5, "has no 'Owner' column"],
    ['the Step column is deleted', 3, "has no 'Step' column"],
  ])('%s', (_, column, message) => {
    const { em, map } = plan();
    const rows = tab(em, map).values.length;
    em.workbook.requireSheet(map).deleteLines('columns', column, 1);
    expect(errorOf(() => status(em))).toContain(`The plan on the tab '${map}' ${message}`);
    // Reading wrote nothing: the rest of the plan is still there for the user to repair.
    expect(tab(em, map).values.length).toBe(rows);
  });

  it('the heading row is cleared', () => {
    const { em, map } = plan();
    paste(em, `${map}!A7`, [Array(12).fill('')]);
    expect(errorOf(() => status(em))).toBe(
      `The plan on the tab '${map}' has no table: no row among the first 50 has the headings Step, Owner, Target date and Status.`,
    );
  });

  it('the plan tab is deleted', () => {
    const { em, map } = plan();
    em.workbook.deleteSheet(em.workbook.requireSheet(map));
    expect(errorOf(() => status(em))).toBe(
      'This spreadsheet has no plan yet: create one from the sidebar.',
    );
  });
});

it('reads optional columns as optional: Done on, Notes, Baseline and Slip deleted', () => {
  const { em, map, total } = plan();
  em.workbook.requireSheet(map).deleteLines('columns', 9, 4);
  const now = read(em);
  expect(now.progress.total).toBe(total);
  expect(now.warnings).toEqual([]);
});

it('follows a sort of the table: same steps, same progress, rows where they went', () => {
  const { em, map } = plan();
  edit(em, `${map}!H9`, 'Done');
  const before = read(em);
  const last = 7 + before.progress.total;
  em.workbook.userSortRange(map, `A8:L${last}`, 3, true, PROSPECT); // by step name
  const after = read(em);
  expect(after.progress).toEqual(before.progress);
  const byName = (r: PlanStatusResult) => r.uncommitted.map((s) => s.step).sort();
  expect(byName(after)).toEqual(byName(before));
  for (const s of after.uncommitted) {
    expect(stepRows(tab(em, map)).find((r) => r.row === s.row)?.step).toBe(s.step);
  }
});

it('a refresh after the columns moved is idempotent and keeps the user’s own rule', () => {
  const { em, map } = plan();
  const userRule = {
    ranges: [{ row: 8, column: 12, numRows: 20, numColumns: 1 }],
    type: 'TEXT_CONTAINS',
    values: ['urgent'],
    format: { background: '#ff00ff' },
  };
  em.workbook.requireSheet(map).conditionalRules.push(userRule);
  em.workbook.userMoveColumns(map, 7, 2, 2, PROSPECT);
  const rules = () => JSON.stringify(tab(em, map).conditionalFormats ?? []);
  em.call('refreshFormatting');
  const once = rules();
  for (let i = 0; i < 3; i++) em.call('refreshFormatting');
  expect(rules()).toBe(once);
  const mine = em.workbook
    .requireSheet(map)
    .conditionalRules.filter((r) => r.format?.background === '#ff00ff');
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ type: 'TEXT_CONTAINS', values: ['urgent'] });
  // The moved Target date column is what the late rule now reads.
  edit(em, `${map}!B9`, '2026-10-01');
  expect(stepRows(tab(em, map)).find((s) => s.row === 9)?.background).toBe('#f6a38c');
});
