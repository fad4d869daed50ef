import { archiveNote, archiveNoteCell, archiveNoteRows, isArchiveNote } from './archive-note';
import { crunchThresholdOf, requireCrunchOption } from './crunch';
import { failedRunWords, runWords } from './run-outcome';

describe('archive note', () => {
  it('says the outcome and the day in the one date style, and is recognised again', () => {
    const note = archiveNote('won', '2026-12-06');
    expect(note).toMatch(/^Archived: deal won on Dec 6, 2026\./);
    expect(isArchiveNote(note)).toBe(true);
    expect(isArchiveNote('Archived')).toBe(false);
  });

  it('goes above the heading row into a blank cell or over an earlier note, else into a row of its own', () => {
    const values = [['title'], [''], ['#', 'Step']];
    expect(archiveNoteCell(values, 3)).toEqual({ row: 2, column: 1, insertRow: false });
    expect(archiveNoteCell([['t'], [archiveNote('lost', '2026-01-02')]], 3)).toEqual({
      row: 2,
      column: 1,
      insertRow: false,
    });
    expect(archiveNoteCell([['t'], ['my own note']], 3)).toEqual({
      row: 3,
      column: 1,
      insertRow: true,
    });
    expect(archiveNoteCell([['#', 'Step']], 1)).toEqual({ row: 1, column: 1, insertRow: true });
  });

  it('finds every note above the heading row to clear, and nothing else', () => {
    const note = archiveNote('closed', '2026-12-31');
    const values = [['title'], [note], ['mine'], [note], ['#', 'Step'], [note]];
    expect(archiveNoteRows(values, 5)).toEqual([2, 4]);
    expect(archiveNoteRows(values, 1)).toEqual([]);
  });
});

describe('crunch threshold', () => {
  it('takes 2..10 whole deals and says why otherwise', () => {
    expect(requireCrunchOption(undefined)).toBeNull();
    expect(requireCrunchOption({})).toBeNull();
    expect(requireCrunchOption({ crunchThreshold: 3 })).toBe(3);
    for (const bad of [1, 11, 2.5, '3', NaN]) {
      expect(() => requireCrunchOption({ crunchThreshold: bad })).toThrow(
        /whole number of deals from 2 to 10/,
      );
    }
    expect(() => requireCrunchOption('3')).toThrow(/as an object/);
  });

  it('reads a saved threshold, or the default for none or a damaged one', () => {
    expect(crunchThresholdOf('4')).toBe(4);
    expect(crunchThresholdOf(undefined)).toBe(2);
    expect(crunchThresholdOf('99')).toBe(2);
  });
});

describe('run words', () => {
  it('tells the seller what each hourly outcome means, and which are failures', () => {
    expect(runWords('delivered')).toEqual({ ok: true, outcome: "sent this week's email" });
    expect(runWords('not due').ok).toBe(true);
    expect(runWords('busy').ok).toBe(true);
    expect(runWords('plan gone').ok).toBe(false);
    expect(runWords('reauthorization required').ok).toBe(false);
    expect(runWords('something new')).toEqual({
      ok: false,
      outcome: 'ended unexpectedly (something new)',
    });
  });

  it('keeps only the first line of an error', () => {
    expect(failedRunWords(new Error('Boom\n  at x (Code.js:1)'))).toEqual({
      ok: false,
      outcome: 'failed: Boom',
    });
  });
});
