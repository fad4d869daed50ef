import fc from 'fast-check';
import { addDays } from '../dates';
import { STATUSES, type StepStatus } from '../model';
import { classifyStep, type ClassifiableStep } from './state';

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
