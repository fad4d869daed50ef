import { detectDateChanges } from './changes';

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
