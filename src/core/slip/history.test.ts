import { SLIP_HISTORY_HEADERS } from '../layout/slip-history-table';
import { slipHistoryEntry } from './history';

describe('slipHistoryEntry', () => {
  const when = Date.UTC(2026, 2, 10, 9, 30);

  it('fills the history columns in their order, dates as date cells', () => {
    const row = slipHistoryEntry({
      when,
      step: 'Security review',
      oldDate: '2026-03-12',
      newDate: '2026-03-19',
      who: 'cio@customer.example',
    });
    expect(row).toHaveLength(SLIP_HISTORY_HEADERS.length);
    expect(Object.fromEntries(SLIP_HISTORY_HEADERS.map((h, i) => [h, row[i]]))).toEqual({
      When: { instant: when },
      Step: 'Security review',
      'Old date': { date: '2026-03-12' },
      'New date': { date: '2026-03-19' },
      Who: 'cio@customer.example',
    });
  });

  it('leaves unknown editors and missing dates blank', () => {
    const row = slipHistoryEntry({ when, step: 'Kickoff', oldDate: null, newDate: '2026-04-01' });
    expect(row[SLIP_HISTORY_HEADERS.indexOf('Who')]).toBe('');
    expect(row[SLIP_HISTORY_HEADERS.indexOf('Old date')]).toBeNull();
  });

  it('shows the text that replaced a date, and a blank for a date removed', () => {
    const at = SLIP_HISTORY_HEADERS.indexOf('New date');
    const entry = (newText: string) =>
      slipHistoryEntry({ when, step: 'Demo', oldDate: '2026-03-12', newDate: null, newText });
    expect(entry('next week')[at]).toBe('next week');
    expect(entry('=1+1')[at]).toBe('=1+1');
    expect(entry('')[at]).toBeNull();
    const dated = slipHistoryEntry({
      when,
      step: 'Demo',
      oldDate: '2026-03-12',
      newDate: '2026-03-19',
      newText: 'ignored',
    });
    expect(dated[at]).toEqual({ date: '2026-03-19' });
  });

  it('keeps formula-looking step names as plain strings', () => {
    const row = slipHistoryEntry({
      when,
      step: '=IMPORTXML("x","//a")',
      oldDate: null,
      newDate: null,
    });
    expect(row[SLIP_HISTORY_HEADERS.indexOf('Step')]).toBe('=IMPORTXML("x","//a")');
  });

  it('refuses a moment that is not one', () => {
    expect(() => slipHistoryEntry({ when: NaN, step: 'x', oldDate: null, newDate: null })).toThrow(
      RangeError,
    );
  });
});
