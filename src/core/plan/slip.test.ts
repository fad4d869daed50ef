import {
  detectDateChanges,
  slipFormula,
  slipDays,
  SLIP_HISTORY_HEADERS,
  slipHistoryEntry,
  totalSlipDays,
} from './slip';
import { addDays } from '../dates';
import { TIME_ZONES } from '../../../test/support/zones';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  divByZero,
  text,
  type PlanCell,
} from '../../../test/support/formula-sheet';
import { parseSteps } from './steps';
import { locateStepTable } from './table';

const s = (row: number, step: string, targetDate: string | null, phase = 'Evaluate') => ({
  row,
  step,
  phase,
  targetDate,
});

describe('detectDateChanges', () => {
  it('finds changed dates by step, wherever the rows went after a sort', () => {
    const before = [
      s(5, 'Demo', '2026-03-02'),
      s(6, 'POC', '2026-03-09'),
      s(7, 'Legal', '2026-03-20'),
    ];
    const after = [
      s(5, 'Legal', '2026-03-27'),
      s(6, 'Demo', '2026-03-02'),
      s(7, 'POC', '2026-03-09'),
    ];
    expect(detectDateChanges(before, after)).toEqual([
      { row: 5, step: 'Legal', oldDate: '2026-03-20', newDate: '2026-03-27' },
    ]);
  });

  it('reports dates set and cleared', () => {
    const before = [s(5, 'Demo', null), s(6, 'POC', '2026-03-09')];
    const after = [s(5, 'Demo', '2026-03-04'), s(6, 'POC', null)];
    expect(detectDateChanges(before, after)).toEqual([
      { row: 5, step: 'Demo', oldDate: null, newDate: '2026-03-04' },
      { row: 6, step: 'POC', oldDate: '2026-03-09', newDate: null },
    ]);
  });

  it('says nothing about steps added, removed or renamed', () => {
    const before = [s(5, 'Demo', '2026-03-02'), s(6, 'Old name', '2026-03-09')];
    const after = [s(5, 'New name', '2026-03-30'), s(6, 'Extra', '2026-04-01')];
    expect(detectDateChanges(before, after)).toEqual([]);
  });

  it('matches name and spacing loosely, and follows a step whose phase was renamed', () => {
    const before = [s(5, 'Security  review', '2026-03-02', 'Validate')];
    const after = [s(9, ' security review', '2026-03-05', 'Technical validation')];
    expect(detectDateChanges(before, after)).toEqual([
      { row: 9, step: ' security review', oldDate: '2026-03-02', newDate: '2026-03-05' },
    ]);
  });

  it('does not mistake same-named steps swapped by a sort for two changes', () => {
    const before = [s(5, 'Review', '2026-03-02'), s(6, 'Review', '2026-03-20')];
    const after = [s(5, 'Review', '2026-03-20'), s(6, 'Review', '2026-03-02')];
    expect(detectDateChanges(before, after)).toEqual([]);
  });

  it('uses the phase to tell same-named steps apart', () => {
    const before = [s(5, 'Review', '2026-03-02', 'POC'), s(6, 'Review', '2026-03-20', 'Legal')];
    const after = [s(5, 'Review', '2026-03-27', 'Legal'), s(6, 'Review', '2026-03-02', 'POC')];
    expect(detectDateChanges(before, after)).toEqual([
      { row: 5, step: 'Review', oldDate: '2026-03-20', newDate: '2026-03-27' },
    ]);
  });
});

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

describe('slipHistoryEntry', () => {
  const when = Date.UTC(2026, 2, 10, 9, 30);

  it('fills the history columns in their order, dates as date cells', () => {
    const row = slipHistoryEntry({
      when,
      step: 'Security review',
      oldDate: '2026-03-12',
      newDate: '2026-03-19',
      who: 'cio@customer.example',
    });
    expect(row).toHaveLength(SLIP_HISTORY_HEADERS.length);
    expect(Object.fromEntries(SLIP_HISTORY_HEADERS.map((h, i) => [h, row[i]]))).toEqual({
      When: { instant: when },
      Step: 'Security review',
      'Old date': { date: '2026-03-12' },
      'New date': { date: '2026-03-19' },
      Who: 'cio@customer.example',
    });
  });

  it('says what is known of an editor Google does not name, and leaves missing dates blank', () => {
    for (const who of [undefined, null, '', '  ']) {
      const row = slipHistoryEntry({
        when,
        step: 'Kickoff',
        oldDate: null,
        newDate: '2026-04-01',
        who,
      });
      expect(row[SLIP_HISTORY_HEADERS.indexOf('Who')]).toBe(
        'a collaborator (address hidden by Google)',
      );
      expect(row[SLIP_HISTORY_HEADERS.indexOf('Old date')]).toBeNull();
    }
  });

  it('shows the text that replaced a date, and a blank for a date removed', () => {
    const at = SLIP_HISTORY_HEADERS.indexOf('New date');
    const entry = (newText: string) =>
      slipHistoryEntry({ when, step: 'Demo', oldDate: '2026-03-12', newDate: null, newText });
    expect(entry('next week')[at]).toBe('next week');
    expect(entry('=1+1')[at]).toBe('=1+1');
    expect(entry('')[at]).toBeNull();
    const dated = slipHistoryEntry({
      when,
      step: 'Demo',
      oldDate: '2026-03-12',
      newDate: '2026-03-19',
      newText: 'ignored',
    });
    expect(dated[at]).toEqual({ date: '2026-03-19' });
  });

  it('keeps formula-looking step names as plain strings', () => {
    const row = slipHistoryEntry({
      when,
      step: '=IMPORTXML("x","//a")',
      oldDate: null,
      newDate: null,
    });
    expect(row[SLIP_HISTORY_HEADERS.indexOf('Step')]).toBe('=IMPORTXML("x","//a")');
  });

  it('refuses a moment that is not one', () => {
    expect(() => slipHistoryEntry({ when: NaN, step: 'x', oldDate: null, newDate: null })).toThrow(
      RangeError,
    );
  });
});

describe('slipDays', () => {
  it('is positive when the target moved later than the baseline', () => {
    expect(slipDays({ baselineDate: '2026-02-27', targetDate: '2026-03-02' })).toBe(3);
    expect(slipDays({ baselineDate: '2028-02-28', targetDate: '2028-03-01' })).toBe(2);
    expect(slipDays({ baselineDate: '2026-12-30', targetDate: '2027-01-02' })).toBe(3);
  });

  it('is negative when it moved earlier and 0 when it held', () => {
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: '2026-03-03' })).toBe(-7);
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: '2026-03-10' })).toBe(0);
  });

  it('is null without both dates', () => {
    expect(slipDays({ baselineDate: null, targetDate: '2026-03-10' })).toBeNull();
    expect(slipDays({ baselineDate: '2026-03-10', targetDate: null })).toBeNull();
  });
});

describe('totalSlipDays', () => {
  it('adds delays only, and leaves Skipped steps out', () => {
    expect(
      totalSlipDays([
        { baselineDate: '2026-03-01', targetDate: '2026-03-05', status: 'Done' },
        { baselineDate: '2026-03-01', targetDate: '2026-03-03', status: 'Blocked' },
        { baselineDate: '2026-03-10', targetDate: '2026-03-01', status: 'Not started' },
        { baselineDate: '2026-03-01', targetDate: '2026-04-01', status: 'Skipped' },
        { baselineDate: null, targetDate: '2026-04-01', status: 'Not started' },
      ]),
    ).toBe(6);
  });
});
