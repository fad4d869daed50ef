// Edits by anyone, seen by the owner's installable trigger (onPlanEdit) through the bundle.
import { addDays } from '../../../src/core/dates';
import type { Emulator } from '../../../dev/emulator';
import { ACME, create, OWNER, PROSPECT, status, world } from '../../support/world';
import { formulaAt, shown, shownRows, tab, totalCalls } from '../../support/sheet';

const MAP = 'MAP – Acme';
const TZ = 'Pacific/Auckland';

function fresh(): Emulator {
  const em = world({
    timeZone: TZ,
    scriptTimeZone: 'America/Los_Angeles',
    now: '2026-11-02T22:30:00',
  }).em;
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  return em;
}

/** Edits as `user` and checks the trigger ran (as the owner) without an error. */
function edit(em: Emulator, user: string, a1: string, text: string): number {
  em.resetCounts();
  const { runs } = em.as(user).edit(`${MAP}!${a1}`, text);
  expect(runs.map((r) => [r.ok, r.execution.functionName, r.execution.effectiveUser])).toEqual([
    [true, 'onPlanEdit', OWNER],
  ]);
  return totalCalls(em);
}

function historyRows(em: Emulator): string[][] {
  return (tab(em, 'Slip history').display ?? []).slice(1);
}

describe('Done stamping', () => {
  const em = fresh();

  it('stamps Done on with today in the spreadsheet’s zone when a prospect marks a step Done', () => {
    edit(em, PROSPECT, 'H9', 'Done');
    expect(shown(em, MAP, 'I9')).toBe('Nov 2, 2026');
    em.setNow('2026-11-03T00:30:00'); // a new day in Auckland, still Nov 2 for the script
    edit(em, PROSPECT, 'H10', 'Done');
    expect(shown(em, MAP, 'I10')).toBe('Nov 3, 2026');
    expect(status(em).progress.done).toBe(2);
  });

  it('keeps a Done on date someone typed, and clears it when the step is reopened', () => {
    edit(em, PROSPECT, 'I11', '2026-10-30');
    edit(em, PROSPECT, 'H11', 'Done');
    expect(shown(em, MAP, 'I11')).toBe('Oct 30, 2026');
    edit(em, PROSPECT, 'H9', 'In progress');
    expect(shown(em, MAP, 'I9')).toBe('');
  });

  it('stamps every row of a pasted block of statuses', () => {
    em.resetCounts();
    em.as(PROSPECT).paste(`${MAP}!H12`, [['Done'], ['Done']]);
    expect(shownRows(em, MAP, 12, 13).map((r) => r[8])).toEqual(['Nov 3, 2026', 'Nov 3, 2026']);
  });
});

describe('what a person typed into Done on', () => {
  const em = fresh();

  it('is kept when the status changes: a remark, or a date on a step that never was Done', () => {
    edit(em, PROSPECT, 'I9', 'keep me');
    edit(em, PROSPECT, 'H9', 'In progress');
    expect(shown(em, MAP, 'I9')).toBe('keep me');
    edit(em, PROSPECT, 'I10', '2026-10-30');
    edit(em, PROSPECT, 'H10', 'Blocked');
    expect(shown(em, MAP, 'I10')).toBe('Oct 30, 2026');
  });

  it('while the date the add-on stamped is cleared when the step is reopened', () => {
    edit(em, PROSPECT, 'H11', 'Done');
    expect(shown(em, MAP, 'I11')).toBe('Nov 2, 2026');
    edit(em, PROSPECT, 'H11', 'In progress');
    expect(shown(em, MAP, 'I11')).toBe('');
  });
});

describe('the end of the table', () => {
  const em = fresh();
  const steps = status(em).progress.total;

  it('takes a step added just below the last one', () => {
    edit(em, PROSPECT, 'C15', 'Reference call');
    edit(em, PROSPECT, 'G15', '2026-12-01');
    expect(shown(em, MAP, 'J15')).toBe('Dec 1, 2026');
    expect(status(em).progress.total).toBe(steps + 1);
  });

  it('ends after a run of blank rows: what is typed ten rows further down is no step', () => {
    edit(em, PROSPECT, 'C26', 'My own reminder');
    edit(em, PROSPECT, 'G26', '2026-12-02');
    expect(shown(em, MAP, 'J26')).toBe('');
    const now = status(em);
    expect(now.progress.total).toBe(steps + 1);
    expect(JSON.stringify(now)).not.toContain('My own reminder');
  });
});

describe('slip tracking', () => {
  const em = fresh();
  const original = shown(em, MAP, 'G9');

  it('records a prospect’s date move in Slip history and shows the slip against the baseline', () => {
    const baseline = shown(em, MAP, 'J9');
    const step = shown(em, MAP, 'C9');
    const moved = addDays(status(em).next.find((s) => s.row === 9)?.targetDate ?? '', 5);
    edit(em, PROSPECT, 'G9', moved);
    expect(shown(em, MAP, 'J9')).toBe(baseline);
    expect(shown(em, MAP, 'K9')).toBe('5');
    const history = historyRows(em);
    expect(history).toHaveLength(1);
    // Google hides an outside editor's address from the owner's trigger: say so, never a blank.
    expect(history[0].slice(1)).toEqual([
      step,
      original,
      shown(em, MAP, 'G9'),
      'a collaborator (address hidden by Google)',
    ]);
    expect(history[0][0]).toBe('Nov 2, 2026 at 22:30');
    expect(status(em).totalSlipDays).toBe(5);
  });

  it('names the editor when Apps Script tells us (the owner), and records a removed date', () => {
    const before = shown(em, MAP, 'G10');
    edit(em, OWNER, 'G10', '');
    const last = historyRows(em).at(-1) ?? [];
    expect(last.slice(2)).toEqual([before, '', OWNER]);
    expect(shown(em, MAP, 'K10')).toBe('');
  });

  it('keeps slip right after a paste over many dates and a sort (no old values to go on)', () => {
    const count = historyRows(em).length;
    const raw = () =>
      em.workbook.requireSheet(MAP).read({ row: 8, column: 1, numRows: 6, numColumns: 12 }).values;
    const baselineOf = new Map(raw().map((r) => [r[2], r[9]]));
    em.as(PROSPECT).paste(`${MAP}!G11`, [['2027-01-04'], ['2027-01-05']]);
    em.workbook.userSortRange(MAP, 'A8:L13', 7, false); // by Target date, latest first
    const rows = raw();
    const dates = rows.map((r) => r[6]).filter((d): d is number => typeof d === 'number');
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(dates[0]).not.toBe(dates[dates.length - 1]);
    for (const row of rows) {
      expect(row[9]).toBe(baselineOf.get(row[2])); // the baseline travelled with its step
      if (typeof row[6] === 'number') expect(row[10]).toBe((row[6] as number) - (row[9] as number));
    }
    expect(
      rows.filter((r) => typeof r[10] === 'number' && r[10] > 0).length,
    ).toBeGreaterThanOrEqual(2);
    expect(historyRows(em)).toHaveLength(count);
  });

  it('sets the baseline (and slip formula) of a step added later from its first date', () => {
    edit(em, PROSPECT, 'C14', 'Reference call');
    edit(em, PROSPECT, 'G14', '2026-12-01');
    expect(shown(em, MAP, 'J14')).toBe('Dec 1, 2026');
    expect(formulaAt(em, MAP, 'K14')).toContain('INT($G14)-INT($J14)');
    edit(em, PROSPECT, 'G14', '2026-12-04');
    expect([shown(em, MAP, 'J14'), shown(em, MAP, 'K14')]).toEqual(['Dec 1, 2026', '3']);
  });

  it('reads an old value typed as text, and records only moves of a known date', () => {
    edit(em, PROSPECT, 'C15', 'Vague step');
    edit(em, PROSPECT, 'G15', 'soon'); // allowed with a warning: the add-on reports it
    const count = historyRows(em).length;
    edit(em, PROSPECT, 'G15', '2026-12-20'); // the old value is no date: nothing to record
    expect(historyRows(em)).toHaveLength(count);
    expect(shown(em, MAP, 'J15')).toBe('Dec 20, 2026');
    edit(em, PROSPECT, 'G15', '12/22/2026');
    expect(historyRows(em).at(-1)?.slice(1, 4)).toEqual([
      'Vague step',
      'Dec 20, 2026',
      'Dec 22, 2026',
    ]);
  });

  it('never fails the editor: a damaged plan record is ignored', () => {
    em.properties.document(em.workbook.id).set('map.plan', '{"sheetId": "oops"');
    edit(em, PROSPECT, 'H8', 'Done');
    expect(shown(em, MAP, 'I8')).toBe('');
    em.call('getPlanStatus'); // finds the plan again by its headings and stores it afresh
    edit(em, PROSPECT, 'H8', 'In progress');
    edit(em, PROSPECT, 'H8', 'Done');
    expect(shown(em, MAP, 'I8')).toBe('Nov 2, 2026');
  });
});

describe('cost of an edit', () => {
  const em = fresh();

  it('costs at most 5 calls for an edit far from the table, 4 on another tab', () => {
    expect(edit(em, PROSPECT, 'Z500', 'scratch')).toBeLessThanOrEqual(5);
    expect(edit(em, PROSPECT, 'C2', 'Acme Corp')).toBeLessThanOrEqual(5);
    em.resetCounts();
    em.as(PROSPECT).edit('Stakeholders!A2', 'Pat Champion');
    expect(totalCalls(em)).toBeLessThanOrEqual(4);
  });

  it('still stamps Done after rows are inserted above and columns reordered', () => {
    em.workbook.userInsertRows(MAP, 1, 2);
    em.workbook.userMoveColumns(MAP, 8, 1, 3); // Status moves to C; Done on stays right of Target
    edit(em, PROSPECT, 'C10', 'Done'); // was H8
    const row = shownRows(em, MAP, 10, 10)[0];
    expect(row[2]).toBe('Done');
    expect(row[8]).toBe('Nov 2, 2026'); // Done on, column I
    expect(edit(em, PROSPECT, 'C11', 'Blocked')).toBeLessThan(30);
  });
});
