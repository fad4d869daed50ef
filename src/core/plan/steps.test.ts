import { STEP_COLUMNS, STATUSES, type StepStatus } from './model';
import { locateStepTable, type StepTable } from './table';
import { TIME_ZONES, inProcessZone, sheetDate } from '../../../test/support/zones';
import {
  parseSteps,
  classifyStep,
  type ClassifiableStep,
  parseSide,
  parseStatus,
  stepTableEnd,
  TABLE_END_BLANK_ROWS,
  editMovesTableEnd,
  liveRowsEnd,
  tableEndIn,
} from './steps';
import fc from 'fast-check';
import { addDays } from '../dates';
import { unreadableDateWords } from './cells';

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

const TODAY = '2026-03-01';

function step(over: Partial<ClassifiableStep>): ClassifiableStep {
  return { owner: 'Ana', targetDate: TODAY, status: 'Not started', ...over };
}

describe('classifyStep', () => {
  it('does not call a step due today late', () => {
    const s = classifyStep(step({}), TODAY);
    expect(s).toMatchObject({ late: false, daysLate: 0, dueSoon: true });
  });

  it('calls a step due yesterday 1 day late', () => {
    const s = classifyStep(step({ targetDate: '2026-02-28' }), TODAY);
    expect(s).toMatchObject({ late: true, daysLate: 1, dueSoon: false });
  });

  it('counts days late across a month end and a leap day', () => {
    expect(classifyStep(step({ targetDate: '2028-02-28' }), '2028-03-01').daysLate).toBe(2);
    expect(classifyStep(step({ targetDate: '2026-12-25' }), '2027-01-02').daysLate).toBe(8);
  });

  it('never calls a Skipped or Done step late, due or uncommitted', () => {
    for (const status of ['Skipped', 'Done'] as const) {
      const s = classifyStep(step({ status, targetDate: '2020-01-01', owner: '' }), TODAY);
      expect(s).toMatchObject({ late: false, dueSoon: false, uncommitted: false, closed: true });
      expect(s.missing).toEqual([]);
    }
  });

  it('calls a blank date uncommitted, not late', () => {
    const s = classifyStep(step({ targetDate: null }), TODAY);
    expect(s).toMatchObject({ late: false, dueSoon: false, uncommitted: true, missing: ['date'] });
  });

  it('calls an unreadable date uncommitted and unreadable, never on time', () => {
    const s = classifyStep(step({ targetDate: null, targetDateText: 'next week' }), TODAY);
    expect(s).toMatchObject({
      late: false,
      dueSoon: false,
      uncommitted: true,
      dateUnreadable: true,
    });
  });

  it('lists a missing owner (blank or spaces) and a missing date', () => {
    const s = classifyStep(step({ owner: '  ', targetDate: null }), TODAY);
    expect(s.missing).toEqual(['owner', 'date']);
  });

  it('keeps a blocked step open: it can be late and uncommitted too', () => {
    const s = classifyStep(step({ status: 'Blocked', owner: '', targetDate: '2026-02-20' }), TODAY);
    expect(s).toMatchObject({ blocked: true, late: true, daysLate: 9, uncommitted: true });
  });

  it('ends the due-soon window on today + N days, inclusive', () => {
    expect(classifyStep(step({ targetDate: '2026-03-08' }), TODAY).dueSoon).toBe(true);
    expect(classifyStep(step({ targetDate: '2026-03-09' }), TODAY).dueSoon).toBe(false);
    expect(classifyStep(step({ targetDate: '2026-03-03' }), TODAY, 2).dueSoon).toBe(true);
    expect(classifyStep(step({ targetDate: '2026-03-04' }), TODAY, 2).dueSoon).toBe(false);
  });

  it('holds its invariants for any step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -60, max: 60 }),
        fc.boolean(),
        fc.constantFrom<StepStatus>(...STATUSES),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        (offset, hasDate, status, hasOwner, window) => {
          const targetDate = hasDate ? addDays(TODAY, offset) : null;
          const s = classifyStep(
            step({ targetDate, status, owner: hasOwner ? 'Ana' : '' }),
            TODAY,
            window,
          );
          expect(s.late && s.dueSoon).toBe(false);
          expect(s.late).toBe(hasDate && offset < 0 && !s.closed);
          expect(s.daysLate).toBe(s.late ? -offset : 0);
          expect(s.dueSoon).toBe(hasDate && offset >= 0 && offset <= window && !s.closed);
          expect(s.uncommitted).toBe(!s.closed && (!hasDate || !hasOwner));
          expect(s.closed).toBe(status === 'Done' || status === 'Skipped');
        },
      ),
    );
  });
});

describe('parseStatus', () => {
  it('reads every status whatever its case and spacing', () => {
    for (const status of STATUSES) {
      expect(parseStatus(status)).toBe(status);
      expect(parseStatus(`  ${status.toUpperCase().replace(' ', '   ')} `)).toBe(status);
    }
  });

  it('reads a blank status as Not started', () => {
    expect(parseStatus('')).toBe('Not started');
    expect(parseStatus('   ')).toBe('Not started');
  });

  it('accepts common spellings of the open statuses', () => {
    expect(parseStatus('in-progress')).toBe('In progress');
    expect(parseStatus('To do')).toBe('Not started');
  });

  it('refuses words that are no status rather than guessing Done', () => {
    expect(parseStatus('Finished')).toBeNull();
    expect(parseStatus('Completed')).toBeNull();
    expect(parseStatus('Done!')).toBeNull();
  });
});

describe('parseSide', () => {
  it('reads sides and their usual synonyms', () => {
    expect(parseSide('vendor')).toBe('Vendor');
    expect(parseSide(' JOINT ')).toBe('Joint');
    expect(parseSide('Customer')).toBe('Prospect');
    expect(parseSide('')).toBe('');
  });

  it('refuses anything else', () => {
    expect(parseSide('Partner')).toBeNull();
  });
});

describe('parseSteps: a formula error is no value', () => {
  const values = [
    HEADINGS,
    row({ step: 'Security review', owner: '#NAME?', targetDate: 46400, status: 'In progress' }),
    row({ step: '#REF!', owner: 'Ana', side: '#N/A', ownerEmail: '#VALUE!', status: '#N/A' }),
  ];
  const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });

  it('reads an error in Owner as no owner, so the step is uncommitted', () => {
    expect(steps[0].owner).toBe('');
    expect(classifyStep(steps[0], '2026-01-01')).toMatchObject({
      uncommitted: true,
      missing: ['owner'],
    });
  });

  it('shows no error text as a name, side, address or status anywhere', () => {
    expect(steps[1]).toMatchObject({
      step: '(step name unreadable)',
      side: '',
      ownerEmail: '',
      status: 'Not started',
    });
    expect(JSON.stringify(steps)).not.toMatch(/#(NAME\?|REF!|N\/A|VALUE!)/);
  });

  it('reports each such cell with its row and why', () => {
    expect(warnings).toEqual([
      {
        row: 2,
        message:
          'Owner shows the error #NAME? (a formula that failed), not a name, so the step counts as having no owner',
      },
      {
        row: 3,
        message: 'Step shows the error #REF! (a formula that failed), not a name',
      },
      {
        row: 3,
        message: 'Side shows the error #N/A (a formula that failed), not a side',
      },
      {
        row: 3,
        message: 'Owner email shows the error #VALUE! (a formula that failed), not an address',
      },
      {
        row: 3,
        message:
          'Status shows the error #N/A (a formula that failed), not a status, so the step counts as open',
      },
    ]);
  });

  it('reads error-looking words that are not errors as the text they are', () => {
    const words = [HEADINGS, row({ step: '#1 priority', owner: '#team' })];
    const read = parseSteps(words, table(words), { timeZone: 'UTC' });
    expect(read.steps[0]).toMatchObject({ step: '#1 priority', owner: '#team' });
    expect(read.warnings).toEqual([]);
  });
});

describe('unreadableDateWords: one wording for a target date nobody can read', () => {
  it('quotes the cell as the user sees it', () => {
    expect(unreadableDateWords('next week')).toBe("'next week' is not a date");
  });

  it('is what the plan’s warning says after the column’s name', () => {
    const values = [HEADINGS, row({ step: 'Demo', owner: 'Ana', targetDate: 'next week' })];
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(warnings[0].message).toBe(`Target date ${unreadableDateWords('next week')}`);
    expect(steps[0].targetDateText).toBe('next week');
  });

  it('keeps a long cell readable', () => {
    expect(unreadableDateWords('x'.repeat(100))).toBe(`'${'x'.repeat(39)}…' is not a date`);
  });
});

describe('the end of the step table', () => {
  const blank = () => row({});
  const values = [
    HEADINGS,
    row({ step: 'Demo', targetDate: 46400 }),
    blank(),
    blank(),
    row({ step: 'Added after a gap' }),
    ...Array.from({ length: TABLE_END_BLANK_ROWS }, blank),
    row({ step: 'My own reminder', targetDate: 46410, status: 'Blocked' }),
  ];

  it('is after a run of blank rows: a gap shorter than that is still the table', () => {
    const { steps, warnings } = parseSteps(values, table(values), { timeZone: 'UTC' });
    expect(steps.map((s) => [s.row, s.step])).toEqual([
      [2, 'Demo'],
      [5, 'Added after a gap'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('is the same row for the edit trigger, reading rows from column A', () => {
    const columns = Object.fromEntries(STEP_COLUMNS.map((c, i) => [c.key, i + 1]));
    expect(stepTableEnd(values.slice(1), 2, columns)).toBe(5);
    // One blank row fewer and the reminder is a step.
    expect(stepTableEnd([...values.slice(1, 5), ...values.slice(6)], 2, columns)).toBe(
      5 + TABLE_END_BLANK_ROWS,
    );
  });

  it('is found the same from a located table (tableEndIn)', () => {
    expect(tableEndIn(values, table(values))).toBe(5);
  });

  it('bounds the live formatting to the last row a step may still be typed in', () => {
    // A step typed on the last covered row is in the table; one row further is not.
    const end = tableEndIn(values, table(values));
    const reach = liveRowsEnd(end);
    const typed = (at: number) => {
      const grid = values.slice(0, 6).concat(Array.from({ length: 20 }, blank));
      grid[at - 1] = row({ step: 'Typed later' });
      return parseSteps(grid, table(grid), { timeZone: 'UTC' }).steps.map((s) => s.row);
    };
    expect(typed(reach)).toEqual([2, 5, reach]);
    expect(typed(reach + 1)).toEqual([2, 5]);
  });
});

describe('editMovesTableEnd', () => {
  it('holds for edits of the end row or the blank rows just under it', () => {
    expect(editMovesTableEnd(20, 20, 20)).toBe(true);
    expect(editMovesTableEnd(18, 25, 22)).toBe(true);
    expect(editMovesTableEnd(20 + TABLE_END_BLANK_ROWS, 20 + TABLE_END_BLANK_ROWS, 20)).toBe(true);
  });

  it('does not for edits above the end or past the blank rows under it', () => {
    expect(editMovesTableEnd(8, 8, 20)).toBe(false);
    expect(editMovesTableEnd(21 + TABLE_END_BLANK_ROWS, 40, 20)).toBe(false);
  });
});
