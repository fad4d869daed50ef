import { STEP_COLUMNS } from '../model';
import { locateStepTable, type StepTable } from '../table/plan-tables';
import { TIME_ZONES, inProcessZone, sheetDate } from '../cells.test-util';
import { parseSteps } from './parse';

const HEADINGS = STEP_COLUMNS.map((c) => c.header);
type Key = (typeof STEP_COLUMNS)[number]['key'];

/** A sheet row in STEP_COLUMNS order from the cells given; the rest blank. */
function row(cells: Partial<Record<Key, unknown>>): unknown[] {
  return STEP_COLUMNS.map((c) => cells[c.key] ?? '');
}

function table(values: unknown[][]): StepTable {
  const located = locateStepTable(values);
  if (!located.ok) throw new Error(located.message);
  return located;
}

describe('parseSteps', () => {
  describe.each(TIME_ZONES)('spreadsheet in %s', (zone) => {
    it.each(TIME_ZONES)('reads every field of a full row, script in %s', (scriptZone) => {
      const values = [
        ['Customer', 'Acme'],
        HEADINGS,
        row({
          number: 1,
          phase: 'Evaluate',
          step: 'POC review',
          side: 'joint',
          owner: 'Ana',
          ownerEmail: 'ana@acme.example',
          targetDate: sheetDate('2026-03-08', zone),
          status: 'in progress',
          doneOn: '',
          baselineDate: sheetDate('2026-02-28', zone),
          slipDays: 8,
          notes: 'Bring the security team',
        }),
      ];
      const { steps, warnings } = inProcessZone(scriptZone, () =>
        parseSteps(values, table(values), { timeZone: zone }),
      );
      expect(warnings).toEqual([]);
      expect(steps).toEqual([
        {
          row: 3,
          number: '1',
          phase: 'Evaluate',
          step: 'POC review',
          side: 'Joint',
          owner: 'Ana',
          ownerEmail: 'ana@acme.example',
          targetDate: '2026-03-08',
          status: 'In progress',
          doneOn: null,
          baselineDate: '2026-02-28',
          notes: 'Bring the security team',
        },
      ]);
    });
  });

  it('skips blank rows silently, including rows holding only a default status or derived cells', () => {
    const values = [
      HEADINGS,
      row({ step: 'A' }),
      row({}),
      row({ status: 'Not started', number: 3, slipDays: '' }),
      row({ step: 'B' }),
    ];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps.map((s) => [s.row, s.step, s.status])).toEqual([
      [2, 'A', 'Not started'],
      [5, 'B', 'Not started'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reports a row with data but no step name, and leaves it out', () => {
    const values = [HEADINGS, row({ owner: 'Ana', targetDate: 46100 }), row({ step: 'B' })];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps.map((s) => s.step)).toEqual(['B']);
    expect(warnings).toEqual([
      { row: 2, message: 'Step is blank, so this row is left out; give the step a name' },
    ]);
  });

  it('keeps a step with an unknown status, read as Not started, and says why', () => {
    const values = [HEADINGS, row({ step: 'Legal review', status: 'Finished' })];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps[0].status).toBe('Not started');
    expect(steps[0].statusText).toBe('Finished');
    expect(warnings).toEqual([
      {
        row: 2,
        message: "Status 'Finished' is not one of Not started, In progress, Blocked, Done, Skipped",
      },
    ]);
  });

  it('keeps a step whose target date is text as date-unreadable, never as on time', () => {
    const values = [
      HEADINGS,
      row({ step: 'Security review', targetDate: 'next week' }),
      row({ step: 'Procurement', targetDate: 12 }),
    ];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps.map((s) => [s.targetDate, s.targetDateText])).toEqual([
      [null, 'next week'],
      [null, '12'],
    ]);
    expect(warnings).toEqual([
      { row: 2, message: "Target date 'next week' is not a date" },
      { row: 3, message: "Target date '12' is not a date between 2000 and 2100" },
    ]);
  });

  it('reports unreadable Done on, Baseline date and Side cells but keeps the step', () => {
    const values = [
      HEADINGS,
      row({ step: 'Kickoff', doneOn: 'yes', baselineDate: true, side: 'Partner' }),
    ];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ doneOn: null, baselineDate: null, side: '' });
    expect(steps[0].targetDateText).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      "Side 'Partner' is not one of Vendor, Prospect, Joint",
      "Done on 'yes' is not a date",
      "Baseline date 'TRUE' is not a date",
    ]);
  });

  it('quotes cells as the user sees them when display values are given', () => {
    const values = [HEADINGS, row({ step: 'Sign', targetDate: 5 })];
    const displayValues = values.map((r) => r.map((v) => (v === 5 ? '1/4/1900' : String(v))));
    const { warnings } = parseSteps(values, table(values), { timeZone: 'UTC', displayValues });
    expect(warnings[0].message).toBe("Target date '1/4/1900' is not a date between 2000 and 2100");
  });

  it('reads reordered columns and reports sheet rows when the values start below row 1', () => {
    const values = [
      ['Status', 'Extra', 'Target date', 'Owner', 'Step'],
      ['Done', 'x', 46100, 'Ana', 'Contract signed'],
    ];
    const located = locateStepTable(values, { row: 12, column: 2 });
    if (!located.ok) throw new Error(located.message);
    const { steps } = parseSteps(values, located, { timeZone: 'Asia/Kolkata' });
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      row: 13,
      step: 'Contract signed',
      owner: 'Ana',
      status: 'Done',
      targetDate: '2026-03-19',
      phase: '',
      notes: '',
    });
  });

  it('reads the rest of the plan around bad rows', () => {
    const values = [
      HEADINGS,
      row({ step: 'A', targetDate: 'TBD' }),
      row({ step: 'B', status: '???' }),
      row({ step: 'C', targetDate: 46100, status: 'Done' }),
    ];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps.map((s) => s.step)).toEqual(['A', 'B', 'C']);
    expect(warnings.map((w) => w.row)).toEqual([2, 3]);
  });
});
