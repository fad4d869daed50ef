// Rows past the step table's end are no steps, in the sheet's own live formatting as in core:
// the rules and the header's Progress / Plan status reach ten rows under the last step, so a
// step appended under the table is painted and counted with no script running, the edit
// trigger moves that reach when the table grows, and a step typed past the ten blank rows is
// neither painted, counted, stamped nor listed.
import type { Emulator } from '../../../dev/emulator';
import { TABLE_END_BLANK_ROWS } from '../../../src/core/plan';
import { ACME, create, status, world } from '../../support/world';
import { formulaAt, lookOf, shown, tab } from '../../support/sheet';

const MAP = 'MAP – Acme';
// The velocity plan: headings on row 7, six steps on rows 8-13; C Step, G Target date, H Status,
// J Baseline date; Progress in H2, Plan status in H3.
const LAST_STEP = 13;

function fresh(): Emulator {
  const em = world({ timeZone: 'Pacific/Auckland', now: '2026-11-02T22:30:00' }).em;
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  return em;
}

/** The rows our rules cover, e.g. 'A8:L23' (every rule of ours shares one range). */
function ruleRanges(em: Emulator): string[] {
  const rules = (tab(em, MAP).conditionalFormats ?? []) as { ranges: string[] }[];
  return [...new Set(rules.map((r) => r.ranges.join(',')))];
}

/** The last row the header's Progress formula counts. */
function progressReach(em: Emulator): number {
  const ends = [...formulaAt(em, MAP, 'H2').matchAll(/\$[A-Z]+\$\d+:\$[A-Z]+\$(\d+)/g)];
  return Math.max(...ends.map((m) => Number(m[1])));
}

/** Typing with no script running: the sheet's own formulas and rules are all that react. */
function typeWithoutScript(em: Emulator, a1: string, text: string): void {
  em.workbook.userEdit('prospect@customer.example', MAP, a1, text);
  em.workbook.recalculate();
}

describe('the live formatting ends where the table may end', () => {
  it('reaches ten rows under the last step of a new plan', () => {
    const em = fresh();
    const reach = LAST_STEP + TABLE_END_BLANK_ROWS;
    expect(ruleRanges(em)).toEqual([`A8:L${reach}`]);
    expect(progressReach(em)).toBe(reach);
    expect(formulaAt(em, MAP, 'H3')).toContain(`$H$8:$H$${reach}`);
  });

  it('paints and counts a step appended under the table with no script, then grows with the edit trigger', () => {
    const em = fresh();
    expect(shown(em, MAP, 'H2')).toBe('0 of 6 done (0%)');
    typeWithoutScript(em, 'C14', 'Reference call');
    expect(lookOf(em, MAP, 14)).toBe('uncommitted');
    expect(shown(em, MAP, 'H2')).toBe('0 of 7 done (0%)');

    // Its date, typed by the prospect: the trigger stamps the baseline and moves the reach.
    const { runs } = em.edit(`${MAP}!G14`, '2026-10-20');
    expect(runs.map((r) => r.ok)).toEqual([true]);
    expect(shown(em, MAP, 'J14')).toBe('Oct 20, 2026');
    expect(lookOf(em, MAP, 14)).toBe('late');
    expect(ruleRanges(em)).toEqual([`A8:L${14 + TABLE_END_BLANK_ROWS}`]);
    expect(progressReach(em)).toBe(14 + TABLE_END_BLANK_ROWS);
    expect(shown(em, MAP, 'H3')).toBe('Stalled');
    expect(status(em).late.map((s) => s.row)).toEqual([14]);
  });

  it('neither paints, counts, stamps nor lists a step typed past the ten blank rows', () => {
    const em = fresh();
    const junk = LAST_STEP + TABLE_END_BLANK_ROWS + 1;
    em.edit(`${MAP}!C${junk}`, 'My own reminder');
    em.edit(`${MAP}!G${junk}`, '2026-10-01');
    em.edit(`${MAP}!H${junk}`, 'Done');
    for (const row of [junk]) {
      expect(lookOf(em, MAP, row)).toBe('plain');
      expect(shown(em, MAP, `I${row}`)).toBe('');
      expect(shown(em, MAP, `J${row}`)).toBe('');
    }
    expect(ruleRanges(em)).toEqual([`A8:L${LAST_STEP + TABLE_END_BLANK_ROWS}`]);
    expect(shown(em, MAP, 'H2')).toBe('0 of 6 done (0%)');
    expect(shown(em, MAP, 'H3')).toBe('On track');
    expect(status(em).progress).toMatchObject({ done: 0, total: 6 });

    em.call('refreshFormatting');
    expect(lookOf(em, MAP, junk)).toBe('plain');
    expect(shown(em, MAP, 'H2')).toBe('0 of 6 done (0%)');
  });

  it('covers rows inserted inside the table, as Sheets grows the ranges', () => {
    const em = fresh();
    em.workbook.userInsertRows(MAP, 10, 2);
    const reach = LAST_STEP + 2 + TABLE_END_BLANK_ROWS;
    expect(ruleRanges(em)).toEqual([`A8:L${reach}`]);
    expect(progressReach(em)).toBe(reach);
    typeWithoutScript(em, 'C10', 'Inserted step');
    expect(lookOf(em, MAP, 10)).toBe('uncommitted');
    expect(shown(em, MAP, 'H2')).toBe('0 of 7 done (0%)');
  });

  it('shrinks back when the last steps are cleared, so rows past the new end are plain', () => {
    const em = fresh();
    em.paste(`${MAP}!A12`, [Array(12).fill(''), Array(12).fill('')]);
    expect(ruleRanges(em)).toEqual([`A8:L${11 + TABLE_END_BLANK_ROWS}`]);
    expect(shown(em, MAP, 'H2')).toBe('0 of 4 done (0%)');
  });
});
