// The sheet's colours, its live header formulas and getPlanStatus must say the same thing about
// every step (issue 5), whatever mix of statuses, owners, dates and text the prospect leaves and
// whatever the clock says. Random plans, one per odd zone, checked against the oracle in
// world.ts at local midnight, just before it and at noon. Seeds are fixed, so a failure replays.
import fc from 'fast-check';
import { create, edit, farScriptZone, ODD_ZONES, world } from '../../support/world';
import { stepRows, tab } from '../../support/sheet';
import { addDays, expectSheetAgrees } from '../../support/plan-oracle';

jest.setTimeout(120_000);

const STATUSES = ['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'];
const BASE = '2026-11-10';

/** One random edit of a step row: status, owner or target date (a date, blank or text). */
const editOf = fc.oneof(
  fc.record({ column: fc.constant('H'), text: fc.constantFrom(...STATUSES) }),
  fc.record({ column: fc.constant('E'), text: fc.constantFrom('', 'Pat', 'Chris') }),
  fc.record({
    column: fc.constant('G'),
    text: fc.oneof(
      fc.integer({ min: -10, max: 10 }).map((d) => addDays(BASE, d)),
      fc.constantFrom('', 'TBD', 'next week'),
    ),
  }),
);

const scenario = fc.record({
  edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 17 }), editOf), {
    minLength: 10,
    maxLength: 40,
  }),
  dayOffset: fc.integer({ min: -4, max: 4 }),
  time: fc.constantFrom('00:00:30', '23:59:30', '12:00:00'),
});

describe.each(ODD_ZONES.map((zone, i) => [zone, 1000 + i] as const))(
  'a randomly edited plan in %s (seed %i)',
  (timeZone, seed) => {
    const [run] = fc.sample(scenario, { seed, numRuns: 1 });

    it('shows the same late, due-soon, uncommitted and plan status everywhere', () => {
      const em = world({ timeZone, scriptTimeZone: farScriptZone(timeZone) }).em;
      const map = create(em, { template: 'enterprise' }).sheetName;
      const rows = stepRows(tab(em, map)).map((s) => s.row);
      for (const [index, change] of run.edits) {
        edit(em, `${map}!${change.column}${rows[index]}`, change.text);
      }
      const today = addDays(BASE, run.dayOffset);
      em.setNow(`${today}T${run.time}`);
      expectSheetAgrees(em, map, today);
      expect(em.executions().filter((e) => !e.ok)).toEqual([]);
    });
  },
);
