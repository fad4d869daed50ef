// The plan in odd spreadsheet zones, each with the script's zone far away: "today", due today vs
// late at the first minute of the next local day, Done on stamped with the spreadsheet's date,
// and the sheet's own colours and header formulas agreeing with getPlanStatus, around local
// midnight, on DST switch days (Lord Howe's 30 minutes, Chatham at 02:45, St John's at -03:30)
// and at boundaries: Pacific/Apia (+13, across the date line from its neighbours),
// Africa/Casablanca (falls BACK an hour for Ramadan, so its "DST" runs in February-March), zones
// whose DST switch skips local midnight itself (Asia/Beirut, as America/Havana and Santiago),
// where "midnight on the switch day" does not exist, the year's end and leap day.
//
// Every plan here costs a createPlan and every instant a recalculation of the sheet, so each
// kind of zone runs through the add-on once or twice: the day bridge of every zone named here is
// proven day by day over 2026 and 2028 in src/core/dates/zone.test.ts, and the sheet agrees with
// getPlanStatus in all six odd zones in agreement.test.ts.
import { create, edit, farScriptZone, paste, status, world } from '../../support/world';
import { stepRows, tab } from '../../support/sheet';
import { addDays, expectSheetAgrees } from '../../support/plan-oracle';

jest.setTimeout(180_000);

// A quarter-hour offset and the two ends of the clock, 25 hours apart; Lord Howe, Chatham and
// St John's are kept in below on their DST switch days.
const KEPT_IN = ['Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe.each(KEPT_IN)('a plan kept in %s', (timeZone) => {
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

// DST switch days: Lord Howe moves by 30 minutes, Chatham at 02:45, St John's at -03:30. One
// switch each, forward and back between them.
describe.each([
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Pacific/Chatham', '2026-04-05'],
  ['America/St_Johns', '2026-03-08'],
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

// A compressed plan starts on the spreadsheet's today, whatever day it is in UTC or the script.
describe.each([
  // Local 00:30 on 3 Nov is still 2 Nov in UTC and 1 Nov in the script's Pago Pago.
  ['Pacific/Kiritimati', 'Pacific/Pago_Pago', '2026-11-03T00:30:00', '2026-11-03', '2026-11-10'],
  // Local 23:30 on 2 Nov is already 3 Nov in UTC and 4 Nov in the script's Kiritimati.
  ['Pacific/Pago_Pago', 'Pacific/Kiritimati', '2026-11-02T23:30:00', '2026-11-02', '2026-11-10'],
  // The turn of the year: 2027-01-01 is a Friday, so a plan compressed on New Year's Eve or
  // Day starts that day.
  ['Pacific/Apia', 'Pacific/Pago_Pago', '2026-12-31T23:59:00', '2026-12-31', '2027-01-08'],
  ['Africa/Casablanca', 'Pacific/Kiritimati', '2027-01-01T00:00:30', '2027-01-01', '2027-01-08'],
])(
  'a compressed plan created in %s (script in %s) at %s',
  (timeZone, scriptTimeZone, now, today, signatureDate) => {
    it(`starts on the spreadsheet’s today, ${today}, in the preview and the plan alike`, () => {
      const em = world({ timeZone, scriptTimeZone, now }).em;
      const options = { template: 'velocity', signatureDate, compress: true };
      const preview = em.call('previewSchedule', options) as { today: string; firstDate: string };
      expect(preview).toMatchObject({ today, firstDate: today });
      const made = create(em, options);
      expect([made.firstDate, made.signatureDate]).toEqual([today, signatureDate]);
      expect(status(em)).toMatchObject({ today, late: [], warnings: [] });
      expect(stepRows(tab(em, made.sheetName)).every((s) => (s.target as string) >= today)).toBe(
        true,
      );
    });
  },
);

interface Boundary {
  timeZone: string;
  scriptTimeZone: string;
  /** The local day the probe straddles: the first day of something. */
  day: string;
  why: string;
}

// One zone of each kind; Havana and Santiago skip midnight as Beirut does, and their first
// instants are checked in zone.test.ts.
const BOUNDARIES: Boundary[] = [
  {
    timeZone: 'Pacific/Apia',
    scriptTimeZone: 'Africa/Casablanca',
    day: '2028-02-29',
    why: 'leap day',
  },
  {
    timeZone: 'Pacific/Kiritimati',
    scriptTimeZone: 'Pacific/Pago_Pago',
    day: '2027-01-01',
    why: 'a new year, 25 hours ahead of the script',
  },
  {
    timeZone: 'Pacific/Pago_Pago',
    scriptTimeZone: 'Pacific/Kiritimati',
    day: '2028-03-01',
    why: 'the day after leap day, 25 hours behind the script',
  },
  {
    timeZone: 'Africa/Casablanca',
    scriptTimeZone: 'Pacific/Apia',
    day: '2026-02-15',
    why: 'clocks go back for Ramadan',
  },
  {
    timeZone: 'Asia/Beirut',
    scriptTimeZone: 'America/Los_Angeles',
    day: '2026-03-29',
    why: 'local midnight is skipped',
  },
];

describe.each(BOUNDARIES)('$timeZone around $day ($why)', ({ timeZone, scriptTimeZone, day }) => {
  const before = addDays(day, -1);
  const after = addDays(day, 1);
  const em = world({ timeZone, scriptTimeZone, now: `${addDays(day, -20)}T10:00:00` }).em;
  const map = create(em, { signatureDate: addDays(day, 60) }).sheetName;
  const [a, b, c, d] = stepRows(tab(em, map));

  beforeAll(() => {
    // a is due the day before, b on the day itself, c the day after; d is left for Done.
    paste(em, `${map}!E${a.row}`, [['Pat'], ['Pat'], ['Pat']]);
    paste(em, `${map}!G${a.row}`, [[before], [day], [after]]);
  });

  it.each([
    ['the last half-minute before it', before, '23:59:30'],
    ['its first minute', day, '00:00:30'],
    ['one in the morning', day, '01:00:30'],
    ['its last half-minute', day, '23:59:30'],
    ['the first minute after it', after, '00:00:30'],
  ])('agrees everywhere in %s', (_, today, time) => {
    em.setNow(`${today}T${time}`);
    expectSheetAgrees(em, map, today);
    const late = status(em)
      .late.filter((s) => [a.row, b.row, c.row].includes(s.row))
      .map((s) => [s.row, s.daysLate]);
    const expected = [
      [a.row, before],
      [b.row, day],
      [c.row, after],
    ]
      .filter(([, due]) => (due as string) < today)
      .map(([row, due]) => [
        row,
        Math.round((Date.parse(today) - Date.parse(due as string)) / 864e5),
      ]);
    expect(late).toEqual(expected);
  });

  it('shows the step due on the day as due, not late, all that day', () => {
    for (const time of ['00:00:30', '23:59:30']) {
      em.setNow(`${day}T${time}`);
      const api = status(em);
      expect(api.dueSoon.map((s) => s.row)).toContain(b.row);
      expect(api.late.map((s) => s.row)).not.toContain(b.row);
    }
  });

  it('stamps Done on with the day itself just after and just before local midnight', () => {
    em.setNow(`${day}T00:00:30`);
    edit(em, `${map}!H${c.row}`, 'Done');
    em.setNow(`${day}T23:59:30`);
    edit(em, `${map}!H${d.row}`, 'Done');
    const rows = stepRows(tab(em, map));
    expect([c.row, d.row].map((row) => rows.find((r) => r.row === row)?.doneOn)).toEqual([
      day,
      day,
    ]);
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });
});
