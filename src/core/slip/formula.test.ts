import { addDays } from '../dates';
import { TIME_ZONES } from '../cells.test-util';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  divByZero,
  text,
  type PlanCell,
} from '../rules/formula-sheet.test-util';
import { parseSteps } from '../steps/parse';
import { locateStepTable } from '../table/plan-tables';
import { slipFormula } from './formula';
import { slipDays } from './slip';

const BASE = '2026-03-27';
// [target, baseline]: moves both ways, across DST weekends and a month end, with times of day,
// and cells slipDays cannot use.
const PAIRS: [PlanCell, PlanCell][] = [
  [dateOn(addDays(BASE, 10)), dateOn(BASE)],
  [dateOn(addDays(BASE, -10)), dateOn(BASE)],
  [dateOn(BASE, 0.9), dateOn(BASE)],
  [dateOn(addDays(BASE, 1), 0.1), dateOn(BASE, 0.8)],
  [dateOn('2026-04-06'), dateOn('2026-03-29')],
  [blank, dateOn(BASE)],
  [dateOn(BASE), blank],
  [text('TBD'), dateOn(BASE)],
  [dateOn(BASE), { kind: 'number', value: 7 }],
  [divByZero, dateOn(BASE)],
];

describe('slipFormula', () => {
  it('is row-relative and column-anchored', () => {
    expect(slipFormula({ targetDate: 'G', baselineDate: 'J' }, 9)).toBe(
      '=IF(AND(IFERROR(AND(ISNUMBER($G9),$G9>=36526,$G9<73416),FALSE()),' +
        'IFERROR(AND(ISNUMBER($J9),$J9>=36526,$J9<73416),FALSE())),INT($G9)-INT($J9),"")',
    );
    expect(() => slipFormula({ targetDate: 'G', baselineDate: 'J' }, 0)).toThrow(RangeError);
  });

  it.each(TIME_ZONES)('gives the days slipDays gives, or blank, spreadsheet in %s', (zone) => {
    const grid: PlanCell[][] = [
      ['Step', 'Target date', 'Owner', 'Status', 'Baseline date', 'Slip (days)'].map(text),
      ...PAIRS.map(([target, baseline], i) => [
        text(`S${i}`),
        target,
        blank,
        blank,
        baseline,
        blank,
      ]),
    ];
    const values = grid.map((r) => r.map((c) => asSheetsValue(c, zone)));
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    const { steps } = parseSteps(values, table, { timeZone: zone });

    const sheet = new FormulaSheet(grid.map((r) => r.map(asEngineInput)));
    const formulaValues = sheet.fillDown(
      slipFormula({ targetDate: 'B', baselineDate: 'E' }, 2),
      6,
      2,
      PAIRS.length + 1,
    );
    sheet.destroy();

    expect(formulaValues).toEqual(steps.map((s) => slipDays(s) ?? ''));
    expect(formulaValues.slice(0, 5)).toEqual([10, -10, 0, 1, 8]);
  });
});
