import { WEEKDAYS } from '../../shared/api';
import { parseWeekday } from './weekday';

describe('parseWeekday', () => {
  it('reads every day in any case, with spaces around it', () => {
    for (const day of WEEKDAYS) {
      const title = day[0] + day.slice(1).toLowerCase();
      for (const typed of [day, day.toLowerCase(), title, ` ${title}\t`]) {
        expect([typed, parseWeekday(typed)]).toEqual([typed, day]);
      }
    }
  });

  it('reads the usual abbreviations, with or without a dot', () => {
    expect(['Mon', 'tue', 'WED', 'Thu.', 'thurs', 'Fri', 'sat', 'Sun'].map(parseWeekday)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'THURSDAY',
      'FRIDAY',
      'SATURDAY',
      'SUNDAY',
    ]);
  });

  it('refuses what names no single day', () => {
    for (const value of [
      '',
      '  ',
      'M',
      'Mo',
      'Th',
      'Funday',
      'Mondays',
      'lundi',
      'MONDAY TUESDAY',
      'Monday, 9am',
      null,
      undefined,
      1,
      ['MONDAY'],
      { day: 'MONDAY' },
    ]) {
      expect([value, parseWeekday(value)]).toEqual([value, null]);
    }
  });
});
