import type { PlanHeader, StepStatus, ParsedStep } from './model';
import { planStatusOf, progressOf, progressText, NEXT_STEPS_COUNT, summarizePlan } from './status';

const TODAY = '2026-03-10';

let row = 10;
function step(over: Partial<ParsedStep>): ParsedStep {
  return {
    row: row++,
    number: '',
    phase: '',
    step: `Step ${row}`,
    side: '',
    owner: 'Ana',
    ownerEmail: '',
    targetDate: null,
    status: 'Not started',
    doneOn: null,
    baselineDate: null,
    notes: '',
    ...over,
  };
}

const HEADER: PlanHeader = {
  customer: 'Acme',
  vendor: 'Us',
  goal: '',
  signatureDate: '2026-04-20',
  goLiveDate: null,
  baselineSignatureDate: '2026-04-06',
  owner: 'Sam',
};

function summarize(steps: ParsedStep[], header: PlanHeader | null = HEADER) {
  return summarizePlan({
    steps,
    warnings: [{ row: 99, message: "Target date 'soon' is not a date" }],
    header,
    today: TODAY,
    sheetName: 'MAP',
    timeZone: 'Pacific/Auckland',
  });
}

describe('planStatusOf', () => {
  it.each([
    [0, 'On track'],
    [1, 'At risk'],
    [6, 'At risk'],
    [7, 'Stalled'],
    [40, 'Stalled'],
  ])('%i days late is %s', (days, status) => {
    expect(planStatusOf(days)).toBe(status);
  });
});

describe('progressOf', () => {
  it('leaves Skipped steps out of the total', () => {
    expect(progressOf(['Done', 'Done', 'Skipped', 'Not started', 'Blocked'])).toEqual({
      done: 2,
      total: 4,
      percent: 50,
    });
  });

  it('does not divide by zero', () => {
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 0 });
    expect(progressOf(['Skipped'])).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('rounds half up to whole percent', () => {
    expect(progressOf(['Done', 'Not started', 'Not started']).percent).toBe(33);
    expect(progressOf(['Done', 'Done', 'Not started']).percent).toBe(67);
    const eighth: StepStatus[] = ['Done', ...Array<StepStatus>(7).fill('Not started')];
    expect(progressOf(eighth).percent).toBe(13);
  });

  it('spells the header line', () => {
    expect(progressText({ done: 3, total: 10, percent: 30 })).toBe('3 of 10 done (30%)');
  });
});

describe('summarizePlan', () => {
  it('is On track when nothing is late, even with steps due today', () => {
    const result = summarize([
      step({ targetDate: TODAY }),
      step({ targetDate: '2026-03-01', status: 'Done' }),
    ]);
    expect(result.status).toBe('On track');
    expect(result.late).toEqual([]);
  });

  it('is At risk at 1 to 6 days late and Stalled at 7', () => {
    expect(summarize([step({ targetDate: '2026-03-09' })]).status).toBe('At risk');
    expect(summarize([step({ targetDate: '2026-03-04' })]).status).toBe('At risk');
    expect(summarize([step({ targetDate: '2026-03-03' })]).status).toBe('Stalled');
  });

  it('lists late steps most late first, with days late', () => {
    const a = step({ step: 'A', targetDate: '2026-03-08' });
    const b = step({ step: 'B', targetDate: '2026-02-20', owner: '' });
    const c = step({ step: 'C', targetDate: '2026-03-09', status: 'Skipped' });
    const result = summarize([a, b, c]);
    expect(result.late).toEqual([
      { row: b.row, step: 'B', owner: '', targetDate: '2026-02-20', daysLate: 18 },
      { row: a.row, step: 'A', owner: 'Ana', targetDate: '2026-03-08', daysLate: 2 },
    ]);
    expect(result.status).toBe('Stalled');
  });

  it('lists due-soon steps by date, uncommitted ones with what they miss', () => {
    const later = step({ step: 'Later', targetDate: '2026-03-17' });
    const sooner = step({ step: 'Sooner', targetDate: '2026-03-11', owner: ' ' });
    const outside = step({ step: 'Outside', targetDate: '2026-03-18' });
    const undated = step({ step: 'Undated', targetDate: null });
    const unreadable = step({ step: 'TBD', targetDate: null, targetDateText: 'TBD', owner: '' });
    const result = summarize([later, sooner, outside, undated, unreadable]);
    expect(result.dueSoon.map((s) => s.step)).toEqual(['Sooner', 'Later']);
    expect(result.uncommitted).toEqual([
      { row: sooner.row, step: 'Sooner', owner: ' ', targetDate: '2026-03-11', missing: ['owner'] },
      { row: undated.row, step: 'Undated', owner: 'Ana', targetDate: null, missing: ['date'] },
      {
        row: unreadable.row,
        step: 'TBD',
        owner: '',
        targetDate: null,
        targetDateText: 'TBD',
        missing: ['owner', 'date'],
      },
    ]);
  });

  it('lists the next open steps by date, a handful, leaving out late and closed ones', () => {
    const steps = [
      step({ step: 'late', targetDate: '2026-03-01' }),
      step({ step: 'done', targetDate: '2026-03-11', status: 'Done' }),
      ...[6, 5, 4, 3, 2, 1, 0].map((d) =>
        step({ step: `in ${d}`, targetDate: `2026-03-${10 + d}` }),
      ),
    ];
    const next = summarize(steps).next.map((s) => s.step);
    expect(next).toHaveLength(NEXT_STEPS_COUNT);
    expect(next).toEqual(['in 0', 'in 1', 'in 2', 'in 3', 'in 4']);
  });

  it('counts progress, passes warnings through and echoes its context', () => {
    const result = summarize([
      step({ status: 'Done' }),
      step({ status: 'Skipped' }),
      step({ status: 'In progress' }),
    ]);
    expect(result.progress).toEqual({ done: 1, total: 2, percent: 50 });
    expect(result.warnings).toEqual([{ row: 99, message: "Target date 'soon' is not a date" }]);
    expect(result).toMatchObject({ sheetName: 'MAP', today: TODAY, timeZone: 'Pacific/Auckland' });
  });

  it('adds up slip and measures the signature drift against its baseline', () => {
    const result = summarize([
      step({ baselineDate: '2026-03-01', targetDate: '2026-03-11' }),
      step({ baselineDate: '2026-03-20', targetDate: '2026-03-15' }),
      step({ baselineDate: '2026-03-01', targetDate: '2026-03-31', status: 'Skipped' }),
      step({ baselineDate: null, targetDate: '2026-03-31' }),
    ]);
    expect(result.totalSlipDays).toBe(10);
    expect(result.signatureDate).toBe('2026-04-20');
    expect(result.signatureDriftDays).toBe(14);
  });

  it('reports no drift without both signature dates, and survives a missing header', () => {
    expect(summarize([], { ...HEADER, baselineSignatureDate: null }).signatureDriftDays).toBeNull();
    const bare = summarize([], null);
    expect(bare).toMatchObject({
      signatureDate: null,
      signatureDriftDays: null,
      status: 'On track',
    });
  });

  it('is plain JSON', () => {
    const result = summarize([step({ targetDate: '2026-03-01' }), step({ targetDate: null })]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('summarizePlan: an unreadable target date travels with the step', () => {
  it('gives the sidebar and the email the cell’s text, so both can say the same words', () => {
    const unreadable = step({ owner: '', targetDateText: 'next week' });
    const result = summarize([unreadable]);
    expect(result.uncommitted).toEqual([
      {
        row: unreadable.row,
        step: unreadable.step,
        owner: '',
        targetDate: null,
        targetDateText: 'next week',
        missing: ['owner', 'date'],
      },
    ]);
  });

  it('leaves the field out for a date that is merely blank', () => {
    const result = summarize([step({ owner: '' })]);
    expect(result.uncommitted[0]).not.toHaveProperty('targetDateText');
  });
});

describe('blocked steps', () => {
  it('are listed by date, open ones only', () => {
    const later = step({ step: 'Legal', status: 'Blocked', targetDate: '2026-03-20' });
    const sooner = step({ step: 'Security', status: 'Blocked', targetDate: '2026-03-12' });
    const result = summarize([
      later,
      step({ step: 'Pilot', status: 'In progress', targetDate: '2026-03-11' }),
      sooner,
      step({ step: 'Kickoff', status: 'Done', targetDate: '2026-03-01' }),
    ]);
    expect(result.blocked?.map((s) => s.step)).toEqual(['Security', 'Legal']);
    expect(result.blocked?.[0].row).toBe(sooner.row);
  });
});
