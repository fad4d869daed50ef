// A prospect sorts the step table with its heading row inside the range (Data > Sort range
// without "has header row"). The heading row lands among or below the steps; the steps above it
// are out of the status and the weekly email, and the plan must say so, not go quiet.
import type { Emulator } from '../../../dev/emulator';
import type { SidebarState } from '../../../src/shared/api';
import { ACME, PROSPECT, status, world } from '../../support/world';

const MAP = 'MAP – Acme';
const HEADING = 7;

function sortedPlan() {
  const { em } = world({ plan: { ...ACME, template: 'mid-market' } });
  const total = status(em).progress.total;
  return { em, total, lastStep: HEADING + total };
}

function sheetJson(em: Emulator): string {
  return JSON.stringify(em.workbook.toJSON().sheets.find((s) => s.name === MAP));
}

describe('a sort that took the heading row with it', () => {
  it('by Target date: every dated step lands above the heading row, and the status says so', () => {
    const { em, total, lastStep } = sortedPlan();
    expect(status(em).warnings).toEqual([]);
    em.workbook.userSortRange(MAP, `A${HEADING}:L${lastStep}`, 7, true, PROSPECT);

    const before = sheetJson(em);
    const now = status(em);
    // The steps really are gone from the count: that is what the warning is for.
    expect(now.progress.total).toBe(0);
    expect(now.warnings).toEqual([
      {
        row: HEADING,
        message:
          `Rows ${HEADING}–${lastStep - 1} read like steps but sit above the heading row ` +
          `(row ${lastStep}: Step, Owner, Target date, Status): the table was probably sorted ` +
          "together with its heading row, so those steps are left out of the plan's status and " +
          'the weekly email. Undo the sort, or move the heading row back above the steps.',
      },
    ]);
    expect(total).toBeGreaterThan(1);
    // Reading repaired nothing: the sheet is as the sort left it.
    expect(sheetJson(em)).toBe(before);
  });

  it('by Step name: the heading row lands among the steps; the sidebar shows the same warning', () => {
    const { em, total, lastStep } = sortedPlan();
    em.workbook.userSortRange(MAP, `A${HEADING}:L${lastStep}`, 3, true, PROSPECT);
    const names = em.workbook
      .requireSheet(MAP)
      .read({ row: HEADING, column: 3, numRows: total + 1, numColumns: 1 })
      .values.map((r) => String(r[0]));
    const headingAt = names.indexOf('Step');
    expect(headingAt).toBeGreaterThan(0);
    expect(headingAt).toBeLessThan(total);

    const now = status(em);
    expect(now.progress.total).toBe(total - headingAt);
    expect(now.warnings).toHaveLength(1);
    expect(now.warnings[0].row).toBe(HEADING);
    expect(now.warnings[0].message).toMatch(
      new RegExp(`^Rows? ${HEADING}(–${HEADING + headingAt - 1})? reads? like`),
    );
    const sidebar = em.call('getSidebarState') as SidebarState;
    expect(sidebar.plan?.warnings).toEqual(now.warnings);
  });

  it('finds the heading row sorted far down a long plan, past where headings are looked for', () => {
    const { em, total } = sortedPlan();
    const added = Array.from({ length: 50 }, (_, i) => [
      String(total + i + 1),
      'Extra',
      `Extra step ${i + 1}`,
      'Joint',
      'Pat',
      '',
      `2027-02-${String((i % 28) + 1).padStart(2, '0')}`,
      'Not started',
    ]);
    em.as(PROSPECT).paste(`${MAP}!A${HEADING + total + 1}`, added);
    const lastStep = HEADING + total + added.length;
    expect(status(em).progress.total).toBe(total + added.length);

    em.workbook.userSortRange(MAP, `A${HEADING}:L${lastStep}`, 7, true, PROSPECT);
    const now = status(em);
    expect(now.warnings).toHaveLength(1);
    expect(now.warnings[0].message).toMatch(
      new RegExp(`^Rows ${HEADING}–${lastStep - 1} read like steps .*\\(row ${lastStep}:`),
    );
  });

  it('is quiet again once the heading row is moved back above the steps', () => {
    const { em, lastStep } = sortedPlan();
    em.workbook.userSortRange(MAP, `A${HEADING}:L${lastStep}`, 7, true, PROSPECT);
    expect(status(em).warnings).toHaveLength(1);
    // Sorted again, newest first: text sorts after dates, so the heading row is back on top.
    em.workbook.userSortRange(MAP, `A${HEADING}:L${lastStep}`, 7, false, PROSPECT);
    const back = status(em);
    expect(back.warnings).toEqual([]);
    expect(back.progress.total).toBe(lastStep - HEADING);
  });
});
