import { runInNewContext } from 'node:vm';
import { serialToInstant } from '../../../dev/emulator/timezone';
import {
  PLAUSIBLE_SERIALS,
  cellText,
  dateKeyToSerial,
  isBlankCell,
  isErrorValue,
  isDateValue,
  readDateCell,
  serialToDateKey,
  unreadableDateMessage,
} from './cells';
import { TIME_ZONES, inProcessZone, sheetDate } from '../../../test/support/zones';

describe('isDateValue', () => {
  it('recognises Dates from another realm, where instanceof fails', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2026, 0, 2))');
    expect(foreign instanceof Date).toBe(false);
    expect(isDateValue(foreign)).toBe(true);
  });

  it('does not take date-like things for Dates', () => {
    expect(isDateValue('2026-01-02')).toBe(false);
    expect(isDateValue(46024)).toBe(false);
    expect(isDateValue({ getTime: () => 0 })).toBe(false);
  });
});

describe('isBlankCell', () => {
  it.each([[''], ['   '], [null], [undefined]])('%j is blank', (v) => {
    expect(isBlankCell(v)).toBe(true);
  });
  it.each([[0], [false], ['x'], [new Date(0)]])('%j is not blank', (v) => {
    expect(isBlankCell(v)).toBe(false);
  });
});

describe('isErrorValue', () => {
  it('knows the error values Sheets shows, in any case, and nothing a person would write', () => {
    for (const text of ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#ERROR!', ' #n/a ']) {
      expect([text, isErrorValue(text)]).toEqual([text, true]);
    }
    for (const text of ['', '#1 priority', 'N/A', '#REF', 'Dana #NAME?']) {
      expect([text, isErrorValue(text)]).toEqual([text, false]);
    }
  });
});

describe('cellText', () => {
  it('prefers what the user sees', () => {
    expect(cellText(0.5, '50%')).toBe('50%');
  });
  it('spells values like Sheets when no display text is given', () => {
    expect(cellText('  Ana  ')).toBe('Ana');
    expect(cellText(12)).toBe('12');
    expect(cellText(true)).toBe('TRUE');
    expect(
      cellText(sheetDate('2026-03-08', 'Pacific/Auckland'), undefined, 'Pacific/Auckland'),
    ).toBe('2026-03-08');
  });
});

describe('serials', () => {
  it('counts days from 1899-12-30 like Sheets', () => {
    expect(dateKeyToSerial('1899-12-30')).toBe(0);
    expect(dateKeyToSerial('2000-01-01')).toBe(36526);
    expect(serialToDateKey(45658)).toBe('2025-01-01');
    expect(serialToDateKey(45658.99)).toBe('2025-01-01');
  });
  it('bounds plausible dates at 2000-01-01 and 2100-12-31', () => {
    expect(serialToDateKey(PLAUSIBLE_SERIALS.first)).toBe('2000-01-01');
    expect(serialToDateKey(PLAUSIBLE_SERIALS.last)).toBe('2100-12-31');
  });
});

describe('readDateCell', () => {
  describe.each(TIME_ZONES)('spreadsheet in %s', (sheetZone) => {
    it.each(TIME_ZONES)(
      'reads midnight Dates as their day, with the script in %s',
      (scriptZone) => {
        inProcessZone(scriptZone, () => {
          // Year end, leap day and both hemispheres' DST changes.
          for (const key of [
            '2026-12-31',
            '2028-02-29',
            '2026-03-08',
            '2026-04-05',
            '2026-09-27',
          ]) {
            expect(readDateCell(sheetDate(key, sheetZone), undefined, sheetZone)).toEqual({
              kind: 'date',
              date: key,
            });
          }
        });
      },
    );

    it('reads a Date carrying a time of day as that day', () => {
      const late = serialToInstant(dateKeyToSerial('2026-06-15') + 0.99, sheetZone);
      expect(readDateCell(new Date(late), undefined, sheetZone)).toEqual({
        kind: 'date',
        date: '2026-06-15',
      });
    });
  });

  it('reads plausible serial numbers, whatever the zone', () => {
    for (const zone of TIME_ZONES) {
      expect(readDateCell(46000.5, undefined, zone)).toEqual({
        kind: 'date',
        date: serialToDateKey(46000),
      });
    }
  });

  it('treats blank and whitespace as blank', () => {
    expect(readDateCell('', undefined, 'UTC')).toEqual({ kind: 'blank' });
    expect(readDateCell('  ', undefined, 'UTC')).toEqual({ kind: 'blank' });
  });

  it('never reads text as a date, even text shaped like one', () => {
    expect(readDateCell('next week', undefined, 'UTC')).toEqual({
      kind: 'text',
      text: 'next week',
      looksLikeDate: false,
    });
    expect(readDateCell('2026-03-14', undefined, 'UTC')).toEqual({
      kind: 'text',
      text: '2026-03-14',
      looksLikeDate: true,
    });
  });

  it('reports numbers and Dates outside the plausible years', () => {
    expect(readDateCell(2025, undefined, 'UTC')).toEqual({ kind: 'implausible', text: '2025' });
    expect(readDateCell(PLAUSIBLE_SERIALS.last + 1, undefined, 'UTC').kind).toBe('implausible');
    expect(readDateCell(1e12, undefined, 'UTC').kind).toBe('implausible');
    expect(readDateCell(sheetDate('1905-07-17', 'UTC'), '7/17/1905', 'UTC')).toEqual({
      kind: 'implausible',
      text: '7/17/1905',
    });
  });

  it('reports booleans and invalid Dates', () => {
    expect(readDateCell(true, undefined, 'UTC')).toEqual({ kind: 'other', text: 'TRUE' });
    expect(readDateCell(new Date(NaN), undefined, 'UTC').kind).toBe('other');
    expect(readDateCell(Infinity, undefined, 'UTC').kind).toBe('other');
  });
});

describe('unreadableDateMessage', () => {
  it('quotes the cell in plain words', () => {
    const msg = (v: unknown, shown?: string) =>
      unreadableDateMessage('Target date', readDateCell(v, shown, 'UTC'));
    expect(msg('next week')).toBe("Target date 'next week' is not a date");
    expect(msg('14/03/2026')).toBe(
      "Target date '14/03/2026' is not a date (it is stored as text; type it again as a date)",
    );
    expect(msg(12, '12')).toBe("Target date '12' is not a date between 2000 and 2100");
    expect(msg(false)).toBe("Target date 'FALSE' is not a date");
  });

  it('has nothing to say about blank or real dates', () => {
    expect(unreadableDateMessage('Done on', { kind: 'blank' })).toBeNull();
    expect(unreadableDateMessage('Done on', { kind: 'date', date: '2026-01-01' })).toBeNull();
  });
});
