// Whose table is it? With no plan record pointing at a tab, a table is taken for the plan only
// with a sign the add-on wrote it: its slip columns, its header block or its marked rules. A
// user's own task list under the same headings is never adopted, blocked on or written to.
import { Emulator } from '../../../dev/emulator';
import { ADDON_CODE_PATH } from '../../../dev/addon-bundle';
import type { ConditionalRule } from '../../../dev/emulator/spreadsheet/models';
import { ACME, create, status, world } from '../../support/world';
import { shown } from '../../support/sheet';

const MAP = 'MAP – Acme';
const TASKS = 'Tasks';
const NO_PLAN = 'This spreadsheet has no plan yet: create one from the sidebar.';

/** A seller's own task list: the step table's four headings, dates and statuses of their own. */
const THEIR_ROWS = [
  ['Step', 'Owner', 'Target date', 'Status', 'Done on'],
  ['Order laptops', 'Kim', '2026-10-20', 'Done', '2026-10-19'],
  ['Book the offsite', 'Lee', '2026-10-25', 'In progress', ''],
  ['Renew the lease', '', '2026-12-01', 'Not started', ''],
];

const THEIR_RULE: ConditionalRule = {
  ranges: [{ row: 2, column: 4, numRows: 50, numColumns: 1 }],
  type: 'TEXT_CONTAINS',
  values: ['Blocked'],
  format: { background: '#ff0000' },
};

/** The user adds a tab in front of the others and pastes their list into it. */
function addTheirTab(em: Emulator, rows: string[][] = THEIR_ROWS, name = TASKS): void {
  em.workbook.insertSheet(name, 0);
  em.paste(`${name}!A1`, rows);
  em.workbook.requireSheet(name).conditionalRules.push({ ...THEIR_RULE });
}

function tabJson(em: Emulator, name: string): string {
  const tab = em.workbook.toJSON().sheets.find((s) => s.name === name);
  return JSON.stringify(tab);
}

function forgetRecord(em: Emulator): void {
  em.properties.document(em.workbook.id).delete('map.plan');
}

function storedSheetId(em: Emulator): number | null {
  const raw = em.properties.document(em.workbook.id).get('map.plan');
  return raw ? (JSON.parse(raw) as { sheetId: number }).sheetId : null;
}

function sheetIdOf(em: Emulator, name: string): number {
  return em.workbook.requireSheet(name).sheetId;
}

function removeOurRules(em: Emulator, name: string): void {
  const sheet = em.workbook.requireSheet(name);
  sheet.conditionalRules = sheet.conditionalRules.filter(
    (rule) => !JSON.stringify(rule.values).includes('mutual-action-plan:'),
  );
}

describe('a user’s own task list and no plan', () => {
  it('is not a plan: the status says so and createPlan makes one beside it, leaving it as it was', () => {
    const { em } = world();
    addTheirTab(em);
    const before = tabJson(em, TASKS);
    expect(() => status(em)).toThrow(NO_PLAN);

    const created = create(em, ACME);
    expect(created.outcome).toBe('created');
    expect(created.sheetName).toBe(MAP);
    expect(tabJson(em, TASKS)).toBe(before);
    expect(status(em).sheetName).toBe(MAP);
    expect(storedSheetId(em)).toBe(sheetIdOf(em, MAP));
  });

  it('does not block createPlan when it only half matches (no Status column)', () => {
    const { em } = world();
    addTheirTab(em, [
      ['Task', 'Owner', 'Due'],
      ['Order laptops', 'Kim', '2026-10-20'],
    ]);
    const before = tabJson(em, TASKS);
    expect(() => status(em)).toThrow(NO_PLAN);
    expect(create(em, ACME).outcome).toBe('created');
    expect(tabJson(em, TASKS)).toBe(before);
  });

  it('costs the same calls however long it is, and only its own tab is asked for rules', () => {
    const callsFor = (rows: number): Record<string, number> => {
      const { em } = world();
      const list = Array.from({ length: rows }, (_, i) => [
        `Task ${i + 1}`,
        'Kim',
        '2026-11-20',
        'Done',
        '',
      ]);
      addTheirTab(em, [THEIR_ROWS[0], ...list]);
      em.resetCounts();
      expect(() => status(em)).toThrow(NO_PLAN);
      return em.counts();
    };
    const short = callsFor(3);
    expect(callsFor(400)).toEqual(short);
    expect(short['Sheet.getConditionalFormatRules']).toBe(1);
    expect(Object.values(short).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
  });
});

describe('the plan found again with its record gone', () => {
  it('after the tab was renamed, rows inserted above and columns moved', () => {
    const { em } = world({ plan: ACME });
    forgetRecord(em);
    em.workbook.userInsertRows(MAP, 1, 2);
    em.workbook.userMoveColumns(MAP, 8, 1, 1);
    em.workbook.userRenameSheet(MAP, 'Deal plan');
    expect(status(em).sheetName).toBe('Deal plan');
    expect(storedSheetId(em)).toBe(sheetIdOf(em, 'Deal plan'));
  });

  // Each sign alone is enough: the prospect may have removed the other two.
  it.each([
    ['its marked rules', ['header block', 'slip columns']],
    ['its slip columns', ['header block', 'rules']],
    ['its header block', ['slip columns', 'rules']],
  ])('by %s alone', (_, removed) => {
    const { em } = world({ plan: ACME });
    const total = status(em).progress.total;
    forgetRecord(em);
    const sheet = em.workbook.requireSheet(MAP);
    if (removed.includes('slip columns')) sheet.deleteLines('columns', 10, 2);
    if (removed.includes('rules')) removeOurRules(em, MAP);
    if (removed.includes('header block')) em.workbook.userDeleteRows(MAP, 1, 6);
    const found = status(em);
    expect(found.sheetName).toBe(MAP);
    expect(found.progress.total).toBe(total);
  });

  it('not at all once every sign is gone: a bare table is anybody’s', () => {
    const { em } = world({ plan: ACME });
    forgetRecord(em);
    em.workbook.requireSheet(MAP).deleteLines('columns', 10, 2);
    removeOurRules(em, MAP);
    em.workbook.userDeleteRows(MAP, 1, 6);
    expect(() => status(em)).toThrow(NO_PLAN);
  });

  it('in a copy of the spreadsheet, where no record came along', () => {
    const { em } = world({ plan: ACME });
    // A copy keeps the tabs with their values and rules; the add-on's properties and triggers
    // belong to the original file.
    const state = em.toState();
    state.properties.document = {};
    state.triggers = [];
    const copy = Emulator.fromState(state, { codePath: ADDON_CODE_PATH }).load();
    expect(status(copy).sheetName).toBe(MAP);
  });
});

describe('a user’s own task list beside our plan', () => {
  it('loses to ours even when it comes first and the record is gone', () => {
    const { em } = world({ plan: ACME });
    addTheirTab(em);
    forgetRecord(em);
    expect(status(em).sheetName).toBe(MAP);
    expect(storedSheetId(em)).toBe(sheetIdOf(em, MAP));
  });

  it('is never adopted when the plan tab is deleted, so the edit trigger never writes into it', () => {
    const { em } = world({ plan: ACME });
    addTheirTab(em, [...THEIR_ROWS, ['Plan the party', 'Kim', '2026-11-30', 'Not started', '']]);
    em.workbook.deleteSheet(em.workbook.requireSheet(MAP));
    expect(() => status(em)).toThrow(NO_PLAN);
    expect(storedSheetId(em)).not.toBe(sheetIdOf(em, TASKS));

    const { runs } = em.edit(`${TASKS}!D5`, 'Done');
    expect(runs.map((r) => r.ok)).toEqual([true]); // the owner's trigger ran, and wrote nothing
    expect(shown(em, TASKS, 'E5')).toBe('');
    expect(create(em, ACME).outcome).toBe('created');
  });
});
