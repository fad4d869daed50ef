import { layBackward, layForward } from './lay';
import { smallTemplate } from './test-template';

const before = smallTemplate.steps.slice(0, 6);
const natural = before.map((s) => s.businessDays);
const dates = (spans: { startDate: string; targetDate: string }[]) =>
  spans.map((s) => [s.startDate, s.targetDate]);

describe('layBackward', () => {
  it('ends the last step on the end date and each step the business day before the next starts', () => {
    expect(dates(layBackward(before, natural, '2026-12-18'))).toEqual([
      ['2026-12-03', '2026-12-07'], // Thu-Mon: 3 business days over a weekend
      ['2026-12-08', '2026-12-09'],
      ['2026-12-10', '2026-12-15'],
      ['2026-12-11', '2026-12-15'], // in parallel: same end, its own 3 days
      ['2026-12-16', '2026-12-17'],
      ['2026-12-18', '2026-12-18'],
    ]);
  });

  it('skips holidays over the year end', () => {
    expect(dates(layBackward(before, natural, '2027-01-04', ['2026-12-25', '2027-01-01']))).toEqual(
      [
        ['2026-12-16', '2026-12-18'],
        ['2026-12-21', '2026-12-22'],
        ['2026-12-23', '2026-12-29'],
        ['2026-12-24', '2026-12-29'],
        ['2026-12-30', '2026-12-31'],
        ['2027-01-04', '2027-01-04'],
      ],
    );
  });

  it('passes through leap day', () => {
    expect(dates(layBackward(before, natural, '2028-03-01'))).toEqual([
      ['2028-02-15', '2028-02-17'],
      ['2028-02-18', '2028-02-21'],
      ['2028-02-22', '2028-02-25'],
      ['2028-02-23', '2028-02-25'],
      ['2028-02-28', '2028-02-29'],
      ['2028-03-01', '2028-03-01'],
    ]);
  });

  it('reports the duration each step was laid with', () => {
    expect(layBackward(before, natural, '2026-12-18').map((s) => s.businessDays)).toEqual(natural);
  });
});

describe('layForward', () => {
  const kickoff = smallTemplate.steps.slice(6);
  it('starts the business day after `after`', () => {
    expect(dates(layForward(kickoff, [3], '2026-12-18'))).toEqual([['2026-12-21', '2026-12-23']]);
    expect(dates(layForward(kickoff, [5], '2026-12-18', ['2026-12-25']))).toEqual([
      ['2026-12-21', '2026-12-28'],
    ]);
  });

  it('is the mirror of layBackward', () => {
    const forward = layForward(before, natural, '2026-12-02');
    expect(forward).toEqual(layBackward(before, natural, '2026-12-18'));
  });
});
