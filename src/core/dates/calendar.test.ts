import { addDays, calendarDaysBetween, dayOfWeek } from './calendar';

describe('calendar days', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-10', 0)).toBe('2026-12-10');
    expect(addDays('2026-12-10', 365)).toBe('2027-12-10');
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('is not moved by DST changes (US, Europe, New Zealand, Chile)', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-04-05', 1)).toBe('2026-04-06');
    expect(addDays('2026-09-27', -1)).toBe('2026-09-26');
    expect(addDays('2026-09-06', 1)).toBe('2026-09-07');
    expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(calendarDaysBetween('2026-10-25', '2026-11-08')).toBe(14);
  });

  it('handles a day a zone skipped entirely (Samoa, 2011-12-30)', () => {
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(calendarDaysBetween('2011-12-29', '2011-12-31')).toBe(2);
  });

  it('says b - a', () => {
    expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(calendarDaysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(calendarDaysBetween('2026-12-10', '2026-12-03')).toBe(-7);
  });

  it('gives ISO weekdays', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(7);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('2026-12-25')).toBe(5);
    expect(dayOfWeek('2026-11-02')).toBe(1);
    expect(dayOfWeek('2028-02-29')).toBe(2);
  });

  it('refuses fractional day counts', () => {
    expect(() => addDays('2026-12-10', 1.5)).toThrow('whole number');
  });
});
