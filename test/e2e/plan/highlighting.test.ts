// The conditional formats, evaluated by the emulator's formula engine through the built bundle:
// exactly which rows take which look, at the boundaries, across clock times and time zones.
import { addDays } from '../../../src/core/dates';
import { PALETTE, RULE_ORDER, type RuleId } from '../../../src/core/plan/rules';
import { lookOf } from '../../support/sheet';
import type { Emulator } from '../../../dev/emulator';
import { ACME, create, status, world } from '../../support/world';

const MAP = 'MAP – Acme';
type Look = RuleId | 'plain';

/** Six template rows plus two typed in below the table, each put in a known state. */
function stage(em: Emulator, today: string): void {
  const type = (a1: string, text: string) => em.edit(`${MAP}!${a1}`, text);
  for (let row = 8; row <= 13; row++) type(`E${row}`, 'Ana');
  type('G8', addDays(today, -1)); // late by a day
  type('G9', today); // due today: due soon, not late
  type('G10', addDays(today, -3));
  type('H10', 'Skipped'); // never late
  type('G11', ''); // no date: uncommitted, not late
  type('G12', 'next week'); // text: unreadable, never on time
  type('G13', addDays(today, 30));
  type('H13', 'Blocked');
  // Rows added after the plan was created, at the end of the table.
  type('C14', 'Reference call');
  type('G14', addDays(today, 20)); // no owner: uncommitted
  type('C15', 'Pricing approved');
  type('E15', 'Bo');
  type('G15', addDays(today, -9));
  type('H15', 'Done');
}

function looks(em: Emulator): Look[] {
  return [8, 9, 10, 11, 12, 13, 14, 15, 16].map((row) => lookOf(em, MAP, row));
}

describe('highlighting in a spreadsheet in Pacific/Auckland, script in America/Los_Angeles', () => {
  const em = world({
    timeZone: 'Pacific/Auckland',
    scriptTimeZone: 'America/Los_Angeles',
    now: '2026-11-02T08:00:00',
  }).em;
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  const today = '2026-11-02';
  stage(em, today);

  it('paints each row by its state, first rule wins, empty rows stay plain', () => {
    expect(looks(em)).toEqual([
      'late',
      'dueSoon',
      'skipped',
      'uncommitted',
      'dateUnreadable',
      'blocked',
      'uncommitted',
      'done',
      'plain',
    ]);
  });

  it('agrees with getPlanStatus, which reports the text date instead of taking it as on time', () => {
    const now = status(em);
    expect(now.today).toBe(today);
    expect(now.late).toEqual([expect.objectContaining({ row: 8, daysLate: 1 })]);
    expect(now.dueSoon.map((s) => s.row)).toEqual([9]);
    expect(now.uncommitted.map((s) => [s.row, s.missing])).toEqual([
      [11, ['date']],
      [12, ['date']],
      [14, ['owner']],
    ]);
    expect(now.next.map((s) => s.row)).not.toContain(12);
    expect(now.warnings).toEqual([{ row: 12, message: "Target date 'next week' is not a date" }]);
  });

  it('changes by itself at midnight in the SPREADSHEET’s zone, with no script running', () => {
    em.setNow('2026-11-02T23:59:00');
    expect(looks(em).slice(0, 2)).toEqual(['late', 'dueSoon']);
    em.setNow('2026-11-03T00:01:00'); // still Nov 2 in Los Angeles
    expect(looks(em).slice(0, 2)).toEqual(['late', 'late']);
    expect(status(em).late.map((s) => [s.row, s.daysLate])).toEqual([
      [8, 2],
      [9, 1],
    ]);
  });

  it('shows due soon for the next seven days and not beyond', () => {
    em.setNow(`${addDays('2026-11-02', 30 - 7)}T09:00:00`); // row 13's date is 7 days away
    em.edit(`${MAP}!H13`, 'In progress');
    expect(lookOf(em, MAP, 13)).toBe('dueSoon');
    em.setNow(`${addDays('2026-11-02', 30 - 8)}T09:00:00`);
    expect(lookOf(em, MAP, 13)).toBe('plain');
  });
});

describe('refreshFormatting', () => {
  const { em } = world();
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  const sheet = em.workbook.requireSheet(MAP);
  const userRule = {
    ranges: [{ row: 8, column: 12, numRows: 20, numColumns: 1 }],
    type: 'TEXT_CONTAINS',
    values: ['urgent'],
    format: { background: '#ff00ff' },
  };
  sheet.conditionalRules.unshift(userRule);
  const rulesNow = () => JSON.stringify(sheet.conditionalRules);

  it('leaves the same rule set after ten refreshes, and the user’s own rule survives', () => {
    em.call('refreshFormatting');
    const once = rulesNow();
    for (let i = 0; i < 9; i++) em.call('refreshFormatting');
    expect(rulesNow()).toBe(once);
    expect(sheet.conditionalRules).toHaveLength(RULE_ORDER.length + 1);
    expect(sheet.conditionalRules[0]).toEqual(userRule);
    em.edit(`${MAP}!L9`, 'urgent: call back');
    expect(em.workbook.effectiveFormat(MAP, 9, 12).background).toBe('#ff00ff');
  });

  it('covers rows added inside the table, and none past its end', () => {
    em.workbook.userInsertRows(MAP, 10, 1);
    em.edit(`${MAP}!C10`, 'Inserted step');
    expect(lookOf(em, MAP, 10)).toBe('uncommitted');
    em.workbook.userInsertRows(MAP, sheet.maxRows + 1, 50); // the sheet grows at the end
    const last = sheet.maxRows;
    em.edit(`${MAP}!C${last}`, 'Far down');
    expect(lookOf(em, MAP, last)).toBe('plain');
    // Hundreds of blank rows above it: past the table's end, so no step, even after a refresh.
    em.call('refreshFormatting');
    expect(lookOf(em, MAP, last)).toBe('plain');
  });

  it('re-applies the rules where the table now is after rows above and columns moved', () => {
    em.workbook.userInsertRows(MAP, 2, 2);
    em.workbook.userMoveColumns(MAP, 8, 1, 2); // Status to column B
    em.call('refreshFormatting');
    const now = status(em);
    expect(now.uncommitted.length).toBeGreaterThan(0);
    const row = now.uncommitted[0].row;
    expect(em.workbook.effectiveFormat(MAP, row, 4).fontColor.toLowerCase()).toBe(
      PALETTE.uncommitted.fontColor.toLowerCase(),
    );
    expect(sheet.conditionalRules).toHaveLength(RULE_ORDER.length + 1);
    expect(sheet.conditionalRules[0].values).toEqual(['urgent']);
  });
});
