// What an edit inside the step table costs (service calls, counted by the emulator) and that the
// cheaper paths still do the right thing: words typed into Notes or Owner cost nothing, an edit
// to the table reads its heading and rows in one block, a far edit in two, the slip history is
// one append, and columns moved since the plan was last seen are still found. Each count includes
// the two Utilities.formatDate calls with which an execution's first date conversions (in the
// sheet's zone and in UTC) check Intl against the platform.
import type { Emulator } from '../../../dev/emulator';
import { ACME, create, PROSPECT, world } from '../../support/world';
import { formulaAt, shown, tab } from '../../support/sheet';

const MAP = 'MAP – Acme';
const HISTORY = 'Slip history';
// The velocity plan: headings on row 7, steps from row 8; G Target date, H Status, I Done on,
// J Baseline date, K Slip (days), L Notes.
const HEADER_ROW = 7;

function fresh(): Emulator {
  const em = world({ timeZone: 'Pacific/Auckland', now: '2026-11-02T22:30:00' }).em;
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  return em;
}

/** A prospect's single-cell edit; returns the calls the owner's handler made, by method. */
function type(em: Emulator, a1: string, text: string): Record<string, number> {
  em.resetCounts();
  const { runs } = em.as(PROSPECT).edit(`${MAP}!${a1}`, text);
  expect(runs.map((r) => r.ok)).toEqual([true]);
  return em.counts();
}

function paste(em: Emulator, a1: string, rows: string[][]): Record<string, number> {
  em.resetCounts();
  const { runs } = em.as(PROSPECT).paste(`${MAP}!${a1}`, rows);
  expect(runs.map((r) => r.ok)).toEqual([true]);
  return em.counts();
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function history(em: Emulator): string[][] {
  return (tab(em, HISTORY).display ?? []).slice(1);
}

describe('cost of an edit inside the table', () => {
  const em = fresh();

  it('costs nothing for words typed into Notes, Owner or Step', () => {
    expect(total(type(em, 'L9', 'Waiting on their security team'))).toBe(0);
    expect(total(type(em, 'E9', 'Pat Champion'))).toBe(0);
    expect(total(type(em, 'C9', 'Discovery call'))).toBe(0);
    expect(shown(em, MAP, 'L9')).toBe('Waiting on their security team');
  });

  it('stamps Done on in at most 12 calls, with one read of heading and row together', () => {
    const calls = type(em, 'H9', 'Done');
    expect(shown(em, MAP, 'I9')).toBe('Nov 2, 2026');
    expect(total(calls)).toBeLessThanOrEqual(12);
    expect(calls['Range.getValues']).toBe(1);
    expect(calls['Range.setValues']).toBe(1);
    // Nothing to write when Done on already holds a date: the read, the zone, no write.
    const again = type(em, 'H9', 'Done');
    expect(again['Range.setValues']).toBeUndefined();
    expect(total(again)).toBeLessThan(total(calls));
  });

  it('records a date move in the slip history with one append, in at most 13 calls', () => {
    const before = history(em).length;
    const calls = type(em, 'G10', '2026-12-02');
    expect(history(em)).toHaveLength(before + 1);
    expect(history(em).at(-1)?.[3]).toBe('Dec 2, 2026');
    expect(total(calls)).toBeLessThanOrEqual(13);
    expect(calls['Sheet.appendRow']).toBe(1);
    expect(calls['Range.getValues']).toBe(1);
  });

  it('writes a new step’s baseline and slip formula in one setValues, and moves the live ranges once', () => {
    expect(total(type(em, 'C14', 'Reference call'))).toBe(0);
    const calls = type(em, 'G14', '2026-12-01');
    expect(shown(em, MAP, 'J14')).toBe('Dec 1, 2026');
    expect(formulaAt(em, MAP, 'K14')).toContain('INT($G14)-INT($J14)');
    expect(calls['Range.setValues']).toBe(1);
    // The table grew by a row: the rules are read and rewritten, the header's two formulas
    // rewritten in one call, so the sheet keeps covering ten rows under the new last step.
    expect(calls['Sheet.getConditionalFormatRules']).toBe(1);
    expect(calls['Sheet.setConditionalFormatRules']).toBe(1);
    expect(calls['Range.setFormulas']).toBe(1);
    const again = type(em, 'G14', '2026-12-04');
    expect(shown(em, MAP, 'K14')).toBe('3');
    // The end did not move: the rules are read, nothing more is written.
    expect(again['Sheet.setConditionalFormatRules']).toBeUndefined();
    expect(again['Range.setFormulas']).toBeUndefined();
  });

  it('stamps a pasted block of statuses and dates across both columns', () => {
    const calls = paste(em, 'G15', [
      ['2026-12-10', 'Done'],
      ['2026-12-11', 'Done'],
    ]);
    expect(['I15', 'I16', 'J15', 'J16'].map((a1) => shown(em, MAP, a1))).toEqual([
      'Nov 2, 2026',
      'Nov 2, 2026',
      'Dec 10, 2026',
      'Dec 11, 2026',
    ]);
    expect(formulaAt(em, MAP, 'K16')).toContain('INT($G16)-INT($J16)');
    expect(calls['Range.getValues']).toBe(1);
  });

  it('reads a row typed far below the table in two reads, and takes it for no step', () => {
    // Hundreds of blank rows lie between: past the table's end, so nothing is written there.
    const row = HEADER_ROW + 400;
    type(em, `C${row}`, 'Renewal review');
    const calls = type(em, `G${row}`, '2027-06-01');
    expect(shown(em, MAP, `J${row}`)).toBe('');
    expect(calls['Range.getValues']).toBe(2);
    expect(total(calls)).toBeLessThanOrEqual(12);
  });
});

describe('an edit after the table changed shape, with no handler run in between', () => {
  it('finds Status moved to another column from the heading row, and remembers it', () => {
    const em = fresh();
    em.workbook.userMoveColumns(MAP, 8, 1, 3); // Status moves to C, the old Step column
    // The stored columns say C is Step; the heading row, read with the row, says Status.
    type(em, 'C9', 'Done');
    expect(shown(em, MAP, 'I9')).toBe('Nov 2, 2026');
    // Remembered: the next status edit costs no more than usual.
    const calls = type(em, 'C10', 'Done');
    expect(shown(em, MAP, 'I10')).toBe('Nov 2, 2026');
    expect(total(calls)).toBeLessThanOrEqual(12);
    // Reopening the step in the moved column clears its Done on.
    type(em, 'C9', 'In progress');
    expect(shown(em, MAP, 'I9')).toBe('');
  });

  it('records the move of a date typed over with words in a column that moved', () => {
    const em = fresh();
    em.workbook.userMoveColumns(MAP, 7, 1, 3); // Target date moves to C
    const before = history(em).length;
    type(em, 'C9', 'tbd'); // words over a date: the history shows what replaced it
    expect(history(em)).toHaveLength(before + 1);
    expect(history(em).at(-1)?.[3]).toBe('tbd');
  });

  it('writes the slip formula on its own when Slip no longer sits right of Baseline', () => {
    const em = fresh();
    em.workbook.userMoveColumns(MAP, 11, 1, 13); // Slip (days) moves from K to after Notes: L
    type(em, 'C14', 'Reference call');
    const calls = type(em, 'G14', '2026-12-01');
    expect(shown(em, MAP, 'J14')).toBe('Dec 1, 2026');
    expect(formulaAt(em, MAP, 'L14')).toContain('INT($G14)-INT($J14)');
    expect(formulaAt(em, MAP, 'K14')).toBe('');
    // One for the slip formula, one for the header's formulas following the table's new end.
    expect(calls['Range.setFormulas']).toBe(2);
  });

  it('stamps the right row after rows were inserted above (the plan is found again)', () => {
    const em = fresh();
    em.workbook.userInsertRows(MAP, 2, 3);
    type(em, 'H12', 'Done'); // was H9
    expect(shown(em, MAP, 'I12')).toBe('Nov 2, 2026');
    expect(shown(em, MAP, 'I9')).toBe('');
    expect(total(type(em, 'H13', 'Done'))).toBeLessThanOrEqual(12);
  });
});

describe('the slip history append', () => {
  it('grows a tab with no empty row left, and writes formula-looking step names as text', () => {
    const em = fresh();
    type(em, 'C9', "'=1+1 review");
    type(em, 'G9', '2026-12-20');
    const rows = em.workbook.requireSheet(HISTORY);
    em.workbook.userDeleteRows(HISTORY, 3, rows.maxRows - 2);
    expect(rows.maxRows).toBe(2);
    type(em, 'G9', '2026-12-21');
    expect(history(em).map((r) => r.slice(1, 4))).toEqual([
      ['=1+1 review', shown(em, MAP, 'J9'), 'Dec 20, 2026'],
      ['=1+1 review', 'Dec 20, 2026', 'Dec 21, 2026'],
    ]);
  });

  it('re-creates a deleted history tab and appends under its headings', () => {
    const em = fresh();
    em.workbook.deleteSheet(em.workbook.requireSheet(HISTORY));
    type(em, 'G9', '2026-12-20');
    type(em, 'G10', '2026-12-21');
    const state = tab(em, HISTORY);
    expect(state.values[0]).toEqual(['When', 'Step', 'Old date', 'New date', 'Who']);
    expect(history(em).map((r) => r[3])).toEqual(['Dec 20, 2026', 'Dec 21, 2026']);
  });
});
