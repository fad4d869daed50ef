import { instantOfDateKey } from '../dates';
import { dateKeyToSerial, readDateCell } from './cells';
import { dateChangeOf, dateOfOldValue, doneOnStamp, editEffects, isDoneOnStamp } from './edits';

const TZ = 'Pacific/Auckland';
const columns = { step: 1, status: 2, doneOn: 3, targetDate: 4, baselineDate: 5 };
const d = (key: string) => instantOfDateKey(key, TZ);
/** The Done on value the add-on writes, as getValues hands it back. */
const stamped = (key: string) => new Date((doneOnStamp(key, TZ) as { instant: number }).instant);
const today = '2026-12-10';

function rows(...values: unknown[][]) {
  return { firstRow: 20, values, firstColumn: 1, lastColumn: 5 };
}

describe('editEffects', () => {
  it('stamps Done on with today when a status becomes Done, and keeps a date already there', () => {
    const effects = editEffects(
      rows(
        ['a', 'Done', '', d('2026-12-01'), d('2026-12-01')],
        ['b', ' done ', d('2026-12-03'), '', ''],
        ['c', 'In progress', '', '', ''],
      ),
      columns,
      today,
      TZ,
    );
    expect(effects.doneOn).toEqual([{ row: 20, value: today }]);
  });

  it('clears the Done on it stamped when the status stops being Done, not for an unreadable status', () => {
    const effects = editEffects(
      rows(
        ['a', 'In progress', stamped('2026-12-03'), '', ''],
        ['b', 'Skipped', stamped('2026-12-03'), '', ''],
        ['c', 'Finished', stamped('2026-12-03'), '', ''],
      ),
      columns,
      today,
      TZ,
    );
    expect(effects.doneOn).toEqual([
      { row: 20, value: null },
      { row: 21, value: null },
    ]);
  });

  it('keeps whatever a person typed into Done on: text, or a date of their own', () => {
    const effects = editEffects(
      rows(
        ['a', 'In progress', 'keep me', '', ''],
        ['b', 'Not started', d('2026-12-03'), '', ''],
        ['c', 'Blocked', dateKeyToSerial('2026-12-03'), '', ''],
      ),
      columns,
      today,
      TZ,
    );
    expect(effects.doneOn).toEqual([]);
  });

  it('sets a missing baseline from the target date, never over an existing one', () => {
    const effects = editEffects(
      rows(
        ['a', '', '', d('2026-12-24'), ''],
        ['b', '', '', d('2026-12-24'), d('2026-12-01')],
        ['c', '', '', 'next week', ''],
        ['d', '', '', dateKeyToSerial('2027-01-04'), ''],
      ),
      columns,
      today,
      TZ,
    );
    expect(effects.baselineDate).toEqual([
      { row: 20, value: '2026-12-24' },
      { row: 23, value: '2027-01-04' },
    ]);
  });

  it('only reacts to the columns the edit touched', () => {
    const onlyNotes = {
      ...rows(['a', 'Done', '', d('2026-12-24'), '']),
      firstColumn: 1,
      lastColumn: 1,
    };
    expect(editEffects(onlyNotes, columns, today, TZ)).toEqual({ doneOn: [], baselineDate: [] });
    const onlyTarget = { ...onlyNotes, firstColumn: 4, lastColumn: 4 };
    expect(editEffects(onlyTarget, columns, today, TZ)).toEqual({
      doneOn: [],
      baselineDate: [{ row: 20, value: '2026-12-24' }],
    });
  });
});

describe('dateOfOldValue and dateChangeOf', () => {
  it('reads a serial-number old value and a typed one', () => {
    expect(dateOfOldValue(String(dateKeyToSerial('2026-12-10')))).toBe('2026-12-10');
    expect(dateOfOldValue('46366.5')).toBe(dateOfOldValue('46366'));
    expect(dateOfOldValue('12/10/2026')).toBe('2026-12-10');
    expect(dateOfOldValue('10 Dec 2026')).toBe('2026-12-10');
    expect(dateOfOldValue('2025')).toBeNull();
    expect(dateOfOldValue('soon')).toBeNull();
    expect(dateOfOldValue(undefined)).toBeNull();
  });

  it('reports a moved, removed or replaced date, and nothing when it did not move', () => {
    const old = String(dateKeyToSerial('2026-12-10'));
    expect(dateChangeOf(old, d('2026-12-17'), TZ)).toEqual({
      oldDate: '2026-12-10',
      newDate: '2026-12-17',
      newText: '',
    });
    expect(dateChangeOf(old, d('2026-12-10'), TZ)).toBeNull();
    expect(dateChangeOf(old, '', TZ)).toEqual({
      oldDate: '2026-12-10',
      newDate: null,
      newText: '',
    });
    expect(dateChangeOf(old, 'TBD', TZ)).toEqual({
      oldDate: '2026-12-10',
      newDate: null,
      newText: 'TBD',
    });
    expect(dateChangeOf(undefined, d('2026-12-17'), TZ)).toBeNull();
  });
});

describe('doneOnStamp', () => {
  it('shows the day in the sheet’s zone and is told apart from a date a person typed', () => {
    for (const zone of [TZ, 'America/St_Johns', 'Asia/Kathmandu', 'UTC']) {
      const value = new Date((doneOnStamp('2026-03-08', zone) as { instant: number }).instant);
      expect(readDateCell(value, undefined, zone)).toEqual({ kind: 'date', date: '2026-03-08' });
      expect(isDoneOnStamp(value, zone)).toBe(true);
      expect(isDoneOnStamp(instantOfDateKey('2026-03-08', zone), zone)).toBe(false);
    }
    expect(isDoneOnStamp('Mar 8', TZ)).toBe(false);
  });
});
