// The live header formulas and getPlanStatus agree at several clock times; the plan is found
// again after prospects rearrange it.
import type { Emulator } from '../../../dev/emulator';
import { addDays } from '../../../src/core/dates';
import { ACME, create, status, world } from '../../support/world';
import { shown, valueAt } from '../../support/sheet';
import { serialToDateKey } from '../../../src/core/plan/cells';

const MAP = 'MAP – Acme';

/** The Target date of a MAP row, as a DateKey. */
function targetOf(em: Emulator, row: number): string {
  return serialToDateKey(valueAt(em, MAP, `G${row}`) as number);
}

describe('header formulas and getPlanStatus, as the clock moves', () => {
  const em = world({ timeZone: 'Asia/Kolkata', scriptTimeZone: 'America/Los_Angeles' }).em;
  create(em, ACME);
  const total = status(em).progress.total;

  it('count Done over the steps that are not Skipped', () => {
    em.edit(`${MAP}!H8`, 'Done');
    em.edit(`${MAP}!H9`, 'Skipped');
    const now = status(em);
    expect(now.progress).toEqual({
      done: 1,
      total: total - 1,
      percent: Math.round(100 / (total - 1)),
    });
    expect(shown(em, MAP, 'H2')).toBe(`1 of ${total - 1} done (${now.progress.percent}%)`);
  });

  it.each([
    [0, 'On track', 0],
    [1, 'At risk', 1],
    [6, 'At risk', 6],
    [7, 'Stalled', 7],
  ])('%i day(s) after the third step’s date the plan is %s', (days, expected, daysLate) => {
    const due = targetOf(em, 10);
    em.setNow(`${addDays(due, days)}T00:05:00`);
    const now = status(em);
    expect(now.today).toBe(addDays(due, days));
    expect(now.status).toBe(expected);
    expect(shown(em, MAP, 'H3')).toBe(expected);
    expect(now.late[0]?.daysLate ?? 0).toBe(daysLate);
    if (days === 0) expect(now.dueSoon.map((s) => s.row)).toContain(10);
  });

  it('is JSON only: no Date objects cross to the sidebar', () => {
    const now = status(em);
    expect(JSON.parse(JSON.stringify(now))).toEqual(now);
    expect(now.timeZone).toBe('Asia/Kolkata');
  });
});

describe('finding the plan again', () => {
  it('after rows inserted above, columns reordered and the tab renamed', () => {
    const { em } = world({ plan: ACME });
    em.edit(`${MAP}!H8`, 'Done');
    const before = status(em);
    em.workbook.userInsertRows(MAP, 1, 3);
    em.workbook.userMoveColumns(MAP, 8, 1, 3); // Status in front of Step
    em.workbook.userMoveColumns(MAP, 12, 1, 1); // Notes first
    em.workbook.userRenameSheet(MAP, 'Our plan');
    const after = status(em);
    expect(after.sheetName).toBe('Our plan');
    expect(after.progress).toEqual(before.progress);
    expect(after.next.map((s) => s.row)).toEqual(before.next.map((s) => s.row + 3));
    expect(after.warnings).toEqual([]);
    expect(shown(em, 'Our plan', 'A10')).toBe('Notes');
    expect(shown(em, 'Our plan', 'D10')).toBe('Status');
  });

  it('by its headings when the stored id is gone', () => {
    const { em } = world({ plan: ACME });
    em.properties.document(em.workbook.id).delete('map.plan');
    expect(status(em).sheetName).toBe(MAP);
    expect(em.properties.document(em.workbook.id).get('map.plan')).toContain('"sheetId"');
  });

  it('names a missing required column in words a user can act on', () => {
    const { em } = world({ plan: ACME });
    em.edit(`${MAP}!G7`, 'Deadline!');
    expect(() => status(em)).toThrow(
      `The plan on the tab '${MAP}' has no 'Target date' column; add a column headed Target date.`,
    );
  });

  it('says there is no plan yet in a fresh spreadsheet', () => {
    expect(() => status(world().em)).toThrow('no plan yet');
  });
});
