// Probe: the plan side in the zones the existing acceptance matrix leaves out, each with the
// script's zone far away. Pacific/Apia (+13, across the date line from its neighbours),
// Africa/Casablanca (falls BACK an hour for Ramadan, so its "DST" runs in February-March), and
// zones whose DST switch skips local midnight itself (Asia/Beirut, America/Havana,
// America/Santiago), where "midnight on the switch day" does not exist. Around each boundary
// (the year's end, leap day, a switch day) the colours, the header and getPlanStatus agree, a
// step due today is not late until the next local day, and Done on is stamped with the
// spreadsheet's date.
import { create, edit, paste, status, world } from '../../support/world';
import { stepRows, tab } from '../../support/sheet';
import { addDays, expectSheetAgrees } from '../../support/plan-oracle';

jest.setTimeout(180_000);

interface Boundary {
  timeZone: string;
  scriptTimeZone: string;
  /** The local day the probe straddles: the first day of something. */
  day: string;
  why: string;
}

const BOUNDARIES: Boundary[] = [
  {
    timeZone: 'Pacific/Apia',
    scriptTimeZone: 'Pacific/Pago_Pago',
    day: '2027-01-01',
    why: 'a new year',
  },
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
    timeZone: 'Africa/Casablanca',
    scriptTimeZone: 'Pacific/Apia',
    day: '2026-03-22',
    why: 'clocks go forward after Ramadan',
  },
  {
    timeZone: 'Asia/Beirut',
    scriptTimeZone: 'America/Los_Angeles',
    day: '2026-03-29',
    why: 'local midnight is skipped',
  },
  {
    timeZone: 'America/Havana',
    scriptTimeZone: 'Asia/Kathmandu',
    day: '2026-03-08',
    why: 'local midnight is skipped',
  },
  {
    timeZone: 'America/Santiago',
    scriptTimeZone: 'Asia/Kathmandu',
    day: '2026-09-06',
    why: 'local midnight is skipped',
  },
  {
    timeZone: 'Pacific/Chatham',
    scriptTimeZone: 'America/St_Johns',
    day: '2026-12-31',
    why: 'New Year’s Eve at +13:45',
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

describe.each([
  ['Pacific/Apia', 'Pacific/Pago_Pago'],
  ['Africa/Casablanca', 'Pacific/Kiritimati'],
  ['Pacific/Kiritimati', 'Pacific/Pago_Pago'],
  ['Pacific/Pago_Pago', 'Pacific/Kiritimati'],
])('a plan created in %s (script in %s) at the turn of the year', (timeZone, scriptTimeZone) => {
  it.each([
    ['2026-12-31T23:59:00', '2026-12-31'],
    ['2027-01-01T00:00:30', '2027-01-01'],
  ])('at %s works from the spreadsheet’s today, %s', (now, today) => {
    const em = world({ timeZone, scriptTimeZone, now }).em;
    const options = { template: 'velocity', signatureDate: '2027-01-08', compress: true };
    const preview = em.call('previewSchedule', options) as { today: string; firstDate: string };
    const made = create(em, options);
    // 2027-01-01 is a Friday: a plan compressed on New Year's Eve or Day starts that day.
    expect(preview).toMatchObject({ today, firstDate: today });
    expect([made.firstDate, made.signatureDate]).toEqual([today, '2027-01-08']);
    const api = status(em);
    expect(api).toMatchObject({ today, late: [], warnings: [] });
    expect(stepRows(tab(em, made.sheetName)).every((s) => (s.target as string) >= today)).toBe(
      true,
    );
  });
});
