// Probe: what a prospect types into the step table, read back through the built add-on. Dates
// typed the en_US way, ISO, as words, as serial numbers, blank, in a European format and as
// formulas that fail; statuses typed in lower case once the dropdown is gone. Whatever lands in
// a cell, the sheet's colours, its header formulas and getPlanStatus must tell the same story,
// and text in a date cell is reported with its row and why. Spreadsheet in Pacific/Chatham
// (+13:45 in March), script in Pacific/Pago_Pago (-11): a day apart, so a mix-up shows.
import type { Emulator } from '../../../dev/emulator';
import { COLLEAGUE, create, edit, paste, status, world } from '../../support/world';
import { type StepRow, stepRows, tab } from '../../support/sheet';
import { addDays, expectSheetAgrees, FILL } from '../../support/plan-oracle';

jest.setTimeout(120_000);

/** Friday of a leap year; the plan runs through leap day's month into April. */
const TODAY = '2024-03-01';

function plan(): { em: Emulator; map: string; rows: number[] } {
  const em = world({
    timeZone: 'Pacific/Chatham',
    scriptTimeZone: 'Pacific/Pago_Pago',
    now: `${TODAY}T09:00:00`,
  }).em;
  const made = create(em, { template: 'enterprise', signatureDate: '2024-05-31' });
  const rows = stepRows(tab(em, made.sheetName)).map((s) => s.row);
  // Every step owned, so a row's colour is about its date and status alone.
  paste(
    em,
    `${made.sheetName}!E${rows[0]}`,
    rows.map(() => ['Pat']),
  );
  return { em, map: made.sheetName, rows };
}

function rowOf(em: Emulator, map: string, row: number): StepRow {
  const found = stepRows(tab(em, map)).find((s) => s.row === row);
  if (!found) throw new Error(`no step on row ${row}`);
  return found;
}

/**
 * The prospect removed the dropdowns (Data > Data validation > Remove), or pasted cells from
 * another spreadsheet over them: from then on a cell holds whatever is typed.
 */
function removeValidation(em: Emulator, map: string, rows: number[], column: number): void {
  const sheet = em.workbook.requireSheet(map);
  for (const row of rows) sheet.patchMeta(row, column, { validation: undefined });
}

describe('dates typed into Target date', () => {
  const { em, map, rows } = plan();
  const typed: [string, string | null][] = [
    ['3/4/2024', '2024-03-04'], // Sheets (en_US) reads month/day/year
    ['2024-03-04', '2024-03-04'],
    ['March 4, 2024', '2024-03-04'],
    ['45355', '2024-03-04'], // a serial number, under the column's date format
    ['3/4/24', '2024-03-04'],
    ['2024-3-4', '2024-03-04'],
    ['4-Mar-2024', '2024-03-04'],
    ['3/4/2024 14:00', '2024-03-04'], // a time of day does not change the day
    ['2/29/2024', '2024-02-29'], // leap day, already past on TODAY
    ['next week', null],
    ['', null],
    ['04.03.2024', null], // day.month.year is not a date in en_US: kept as text
    ['2024-02-30', null], // shaped like a date, but no such day
    ['=1/0', null], // a formula that fails
    ['=NA()', null],
  ];

  /** The rows whose typed text is a date on March 4, and those holding no date at all. */
  const march4 = rows.filter((_, i) => typed[i]?.[1] === '2024-03-04');
  const undated = rows.filter((_, i) => typed[i] !== undefined && typed[i][1] === null);

  beforeAll(() => {
    typed.forEach(([text], i) => edit(em, `${map}!G${rows[i]}`, text));
  });

  it('keeps each typed date as the day the user meant, and nothing else as a date', () => {
    typed.forEach(([text, day], i) => {
      expect([text, rowOf(em, map, rows[i]).target]).toEqual([text, day]);
    });
  });

  it('reports every unreadable date with its row and why, and nothing else', () => {
    const [words, , european, noSuchDay, divide, na] = undated;
    expect(status(em).warnings).toEqual([
      { row: words, message: "Target date 'next week' is not a date" },
      {
        row: european,
        message:
          "Target date '04.03.2024' is not a date (it is stored as text; type it again as a date)",
      },
      {
        row: noSuchDay,
        message:
          "Target date '2024-02-30' is not a date (it is stored as text; type it again as a date)",
      },
      { row: divide, message: "Target date '#DIV/0!' is not a date" },
      { row: na, message: "Target date '#N/A' is not a date" },
    ]);
  });

  it('counts a text or failed date as uncommitted, never as on time or late', () => {
    const api = status(em);
    for (const row of undated) {
      expect(api.uncommitted.find((s) => s.row === row)?.missing).toEqual(['date']);
      expect([...api.late, ...api.dueSoon].some((s) => s.row === row)).toBe(false);
    }
  });

  it('paints text and formula errors as unreadable, and a blank date as uncommitted', () => {
    const fills = undated.map((row) => rowOf(em, map, row).background);
    expect(fills).toEqual([
      FILL.unreadable,
      FILL.uncommitted,
      FILL.unreadable,
      FILL.unreadable,
      FILL.unreadable,
      FILL.unreadable,
    ]);
  });

  it.each([
    [`${TODAY}T09:00:00`, TODAY],
    ['2024-03-04T23:59:30', '2024-03-04'], // the typed dates are due today: not late
    ['2024-03-05T00:00:30', '2024-03-05'], // one minute into the next local day: late
  ])('agrees everywhere at %s', (now, today) => {
    em.setNow(now);
    expectSheetAgrees(em, map, today);
  });

  it('calls the typed dates late by one day just after local midnight', () => {
    em.setNow('2024-03-05T00:00:30');
    const late = status(em).late.filter((s) => march4.includes(s.row));
    expect(march4).toHaveLength(8);
    expect(late.map((s) => [s.targetDate, s.daysLate])).toEqual(Array(8).fill(['2024-03-04', 1]));
  });

  it('ran every edit trigger without an error', () => {
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });
});

describe('slip history of typed dates', () => {
  const { em, map, rows } = plan();
  const history = () => tab(em, 'Slip history').values.slice(1);

  it('records a move typed the en_US way with both days and who moved it', () => {
    const before = rowOf(em, map, rows[0]).target as string;
    edit(em, `${map}!G${rows[0]}`, '3/4/2024', COLLEAGUE);
    const [last] = history().slice(-1);
    expect(last.slice(1)).toEqual([
      rowOf(em, map, rows[0]).step,
      { date: before },
      { date: '2024-03-04' },
      COLLEAGUE,
    ]);
  });

  it('keeps the baseline, so slip is the typed day minus the first committed day', () => {
    const sheet = tab(em, map);
    const head = sheet.values.findIndex((r) => r.includes('Slip (days)'));
    const slipAt = sheet.values[head].indexOf('Slip (days)');
    const baseAt = sheet.values[head].indexOf('Baseline date');
    const row = sheet.values[rows[0] - 1];
    const baseline = (row[baseAt] as { date: string }).date;
    const days = Math.round((Date.parse('2024-03-04') - Date.parse(baseline)) / 864e5);
    expect(row[slipAt]).toBe(days);
  });

  it('leaves slip blank, not zero or an error, while the date is text or a failed formula', () => {
    edit(em, `${map}!G${rows[1]}`, 'next week', COLLEAGUE);
    edit(em, `${map}!G${rows[2]}`, '=1/0', COLLEAGUE);
    const sheet = tab(em, map);
    const head = sheet.values.findIndex((r) => r.includes('Slip (days)'));
    const slipAt = sheet.values[head].indexOf('Slip (days)');
    expect([sheet.values[rows[1] - 1][slipAt], sheet.values[rows[2] - 1][slipAt]]).toEqual([
      '',
      '',
    ]);
  });
});

describe('statuses typed once the dropdown is gone', () => {
  const { em, map, rows } = plan();
  const late = addDays(TODAY, -3);

  beforeAll(() => {
    // Nine steps, all three days late, so "closed" and "open" show in every colour and count.
    paste(
      em,
      `${map}!G${rows[0]}`,
      rows.slice(0, 9).map(() => [late]),
    );
    removeValidation(em, map, rows, 8);
    ['done', 'DONE', 'skipped', 'SKIPPED', 'blocked', 'in progress', 'finished', 'Done'].forEach(
      (text, i) => edit(em, `${map}!H${rows[i]}`, text),
    );
  });

  it('stamps Done on with the spreadsheet’s today for any spelling of done', () => {
    const doneOn = rows.slice(0, 8).map((row) => rowOf(em, map, row).doneOn);
    expect(doneOn).toEqual([TODAY, TODAY, null, null, null, null, null, TODAY]);
  });

  it('counts lower-case Done and Skipped the same in the header and in getPlanStatus', () => {
    const api = status(em);
    expect(api.progress).toMatchObject({ done: 3, total: rows.length - 2 });
    expect(api.late.map((s) => s.row)).toEqual([rows[4], rows[5], rows[6], rows[8]]);
    expectSheetAgrees(em, map, TODAY);
  });

  it('never calls a skipped step late, in any case', () => {
    for (const row of [rows[2], rows[3]]) {
      expect(rowOf(em, map, row).background).toBe(FILL['']);
      expect(status(em).late.some((s) => s.row === row)).toBe(false);
    }
  });

  it('reports a status it cannot read, and still calls that open step late', () => {
    const api = status(em);
    expect(api.warnings).toEqual([
      {
        row: rows[6],
        message: "Status 'finished' is not one of Not started, In progress, Blocked, Done, Skipped",
      },
    ]);
    expect(rowOf(em, map, rows[6]).background).toBe(FILL.late);
  });

  it('clears Done on when a done step is reopened in lower case', () => {
    edit(em, `${map}!H${rows[0]}`, 'in progress');
    expect(rowOf(em, map, rows[0]).doneOn).toBeNull();
    expectSheetAgrees(em, map, TODAY);
  });

  it('paints a status that is a failed formula as the open, late step core calls it', () => {
    edit(em, `${map}!H${rows[8]}`, '=NA()');
    expect(rowOf(em, map, rows[8]).background).toBe(FILL.late);
    expect(status(em).late.map((s) => s.row)).toContain(rows[8]);
  });
});

describe('a blank date', () => {
  it('is uncommitted, never late, at any hour', () => {
    const { em, map, rows } = plan();
    edit(em, `${map}!G${rows[0]}`, '');
    for (const now of ['2024-03-01T00:00:30', '2024-03-01T23:59:30', '2025-01-01T00:00:30']) {
      em.setNow(now);
      const api = status(em);
      expect(api.late.some((s) => s.row === rows[0])).toBe(false);
      expect(api.uncommitted.find((s) => s.row === rows[0])).toMatchObject({
        targetDate: null,
        missing: ['date'],
      });
      expect(rowOf(em, map, rows[0]).background).toBe(FILL.uncommitted);
    }
  });
});
