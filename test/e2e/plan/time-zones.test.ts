// Odd spreadsheet time zones, with the script's zone far away: "today", due today vs late at
// the first minute of the next local day, Done on stamped with the spreadsheet's date, and the
// sheet's own colours and header formulas agreeing with getPlanStatus, around local midnight
// and on DST switch days.
import { create, edit, farScriptZone, ODD_ZONES, paste, status, world } from '../../support/world';
import { stepRows, tab } from '../../support/sheet';
import { addDays, expectSheetAgrees } from '../../support/plan-oracle';

jest.setTimeout(120_000);

describe.each(ODD_ZONES)('a plan kept in %s', (timeZone) => {
  const scriptTimeZone = farScriptZone(timeZone);
  const em = world({ timeZone, scriptTimeZone, now: '2026-11-02T09:00:00' }).em;
  const made = create(em);
  const map = made.sheetName;
  const first = stepRows(tab(em, map))[0];
  const day = first.target as string;

  beforeAll(() => {
    // A committed step (owner and date), so its colour is about time alone.
    edit(em, `${map}!E${first.row}`, 'Pat');
  });

  it(`knows today in the spreadsheet's zone, not the script's (${scriptTimeZone})`, () => {
    for (const [wall, today] of [
      ['2026-11-02T23:59:00', '2026-11-02'],
      ['2026-11-03T00:00:30', '2026-11-03'],
    ]) {
      em.setNow(wall);
      expect(status(em).today).toBe(today);
    }
  });

  it('shows a step due today as due, not late, until the last minute of the local day', () => {
    em.setNow(`${day}T23:59:30`);
    expect(status(em).late).toEqual([]);
    expect(status(em).dueSoon.map((s) => s.row)).toContain(first.row);
    expectSheetAgrees(em, map, day);
  });

  it('shows it late, one day, at the first minute of the next local day', () => {
    em.setNow(`${addDays(day, 1)}T00:00:30`);
    const api = status(em);
    expect(api.late).toEqual([
      { row: first.row, step: first.step, owner: 'Pat', targetDate: day, daysLate: 1 },
    ]);
    expect(api.status).toBe('At risk');
    expectSheetAgrees(em, map, addDays(day, 1));
  });

  it('stamps Done on with the spreadsheet’s date just after and just before local midnight', () => {
    const [, second, third] = stepRows(tab(em, map));
    em.setNow(`${day}T00:04:00`);
    edit(em, `${map}!H${second.row}`, 'Done');
    em.setNow(`${day}T23:56:00`);
    edit(em, `${map}!H${third.row}`, 'Done');
    const rows = stepRows(tab(em, map));
    expect(rows.find((r) => r.row === second.row)?.doneOn).toBe(day);
    expect(rows.find((r) => r.row === third.row)?.doneOn).toBe(day);
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
    expectSheetAgrees(em, map, day);
  });
});

// DST switch days: Lord Howe moves by 30 minutes, Chatham at 02:45, St John's at -03:30.
describe.each([
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Pacific/Chatham', '2026-09-27'],
  ['Pacific/Chatham', '2026-04-05'],
  ['America/St_Johns', '2026-03-08'],
  ['America/St_Johns', '2026-11-01'],
])('in %s on the DST switch day %s', (timeZone, switchDay) => {
  const em = world({ timeZone, now: `${addDays(switchDay, -20)}T10:00:00` }).em;
  const map = create(em, { signatureDate: addDays(switchDay, 60) }).sheetName;
  const [a, b, c] = stepRows(tab(em, map));

  beforeAll(() => {
    paste(em, `${map}!E${a.row}`, [['Pat'], ['Pat']]);
    paste(em, `${map}!G${a.row}`, [[addDays(switchDay, -1)], [switchDay]]);
  });

  it.each([
    [-1, '23:59:30'],
    [0, '00:00:30'],
    [0, '23:59:30'],
    [1, '00:00:30'],
  ])('agrees everywhere at day %i, %s', (offset, time) => {
    const today = addDays(switchDay, offset);
    em.setNow(`${today}T${time}`);
    expectSheetAgrees(em, map, today);
    const late = status(em).late.map((s) => [s.row, s.daysLate]);
    const expected = [
      [a.row, offset + 1],
      [b.row, offset],
    ].filter(([, days]) => days > 0);
    expect(late).toEqual(expected);
  });

  it('stamps Done on with the switch day in the small hours', () => {
    em.setNow(`${switchDay}T03:10:00`);
    edit(em, `${map}!H${c.row}`, 'Done');
    expect(stepRows(tab(em, map)).find((r) => r.row === c.row)?.doneOn).toBe(switchDay);
  });
});

describe.each([
  // Local 00:30 on 3 Nov is still 2 Nov in UTC and 1 Nov in the script's Pago Pago.
  ['Pacific/Kiritimati', '2026-11-03T00:30:00', '2026-11-03'],
  // Local 23:30 on 2 Nov is already 3 Nov in UTC and 4 Nov in the script's Kiritimati.
  ['Pacific/Pago_Pago', '2026-11-02T23:30:00', '2026-11-02'],
])('a compressed plan created in %s at %s', (timeZone, now, today) => {
  it('starts on the spreadsheet’s today, in the preview and the plan alike', () => {
    const em = world({ timeZone, now, scriptTimeZone: farScriptZone(timeZone) }).em;
    const options = { template: 'velocity', signatureDate: '2026-11-10', compress: true };
    const preview = em.call('previewSchedule', options) as { today: string; firstDate: string };
    expect(preview).toMatchObject({ today, firstDate: today });
    const made = create(em, options);
    expect([made.firstDate, made.signatureDate]).toEqual([today, '2026-11-10']);
    expect(stepRows(tab(em, made.sheetName))[0].target).not.toBeNull();
    expect(status(em)).toMatchObject({ today, late: [] });
  });
});
