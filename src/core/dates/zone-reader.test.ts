import {
  dateKeyOfInstant,
  instantOfDateKey,
  intlWallTime,
  nextOffsetChange,
  parseWallTimeText,
  sameWallTime,
  useWallTimeReader,
  wallClockOf,
  type WallTimeReader,
} from './zone';
import { formatWallTime } from './text';

const HOUR = 3_600_000;

describe('the wall time reader', () => {
  afterEach(() => useWallTimeReader(intlWallTime));

  it('is what every conversion goes through, and a new one forgets what the old one read', () => {
    const at = Date.UTC(2026, 6, 6, 22, 30); // 00:30 on 7 July in Paris
    expect(dateKeyOfInstant(at, 'Europe/Paris')).toBe('2026-07-07');
    const asked: string[] = [];
    const hourBehind: WallTimeReader = (instant, zone) => {
      asked.push(zone);
      return intlWallTime(instant - HOUR, zone);
    };
    useWallTimeReader(hourBehind);
    expect(dateKeyOfInstant(at, 'Europe/Paris')).toBe('2026-07-06');
    expect(wallClockOf(at, 'Europe/Paris')).toMatchObject({ hour: 23, minute: 30 });
    expect(asked).toEqual(['Europe/Paris']); // the second read was remembered
  });

  it('finds midnight with whatever reader is chosen', () => {
    const platformLike: WallTimeReader = (instant, zone) => ({ ...intlWallTime(instant, zone) });
    useWallTimeReader(platformLike);
    expect(instantOfDateKey('2026-03-29', 'Europe/Paris').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
  });
});

describe('parseWallTimeText and sameWallTime', () => {
  it("reads the platform formatter's answer to the second, and nothing else", () => {
    const wall = parseWallTimeText('2026-03-29 03:00:07');
    expect(wall).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 7 });
    expect(parseWallTimeText('29/03/2026 03:00')).toBeNull();
    expect(parseWallTimeText('')).toBeNull();
    expect(sameWallTime(wall!, { ...wall!, second: 8 })).toBe(false);
    expect(sameWallTime(wall!, intlWallTime(Date.UTC(2026, 2, 29, 1, 0, 7), 'Europe/Paris'))).toBe(
      true,
    );
    expect(formatWallTime(wall!)).toBe('Mar 29, 2026 at 03:00');
  });
});

describe('nextOffsetChange', () => {
  it("finds the zone's next clock change to the minute", () => {
    // Paris springs forward at 01:00 UTC on 29 March 2026 and falls back at 01:00 UTC on 25 October.
    expect(new Date(nextOffsetChange(Date.UTC(2026, 0, 10), 'Europe/Paris')!).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(new Date(nextOffsetChange(Date.UTC(2026, 5, 1), 'Europe/Paris')!).toISOString()).toBe(
      '2026-10-25T01:00:00.000Z',
    );
    // Lord Howe (UTC+10:30) moves by half an hour at 02:00 local on 4 October 2026.
    expect(
      new Date(nextOffsetChange(Date.UTC(2026, 6, 1), 'Australia/Lord_Howe')!).toISOString(),
    ).toBe('2026-10-03T15:30:00.000Z');
  });

  it('is null for a zone without clock changes, or beyond the horizon', () => {
    expect(nextOffsetChange(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBeNull();
    expect(nextOffsetChange(Date.UTC(2026, 0, 10), 'Europe/Paris', 30)).toBeNull();
  });

  it('reads with the reader it is given', () => {
    const utcOnly: WallTimeReader = (instant) => intlWallTime(instant, 'UTC');
    expect(nextOffsetChange(Date.UTC(2026, 0, 10), 'Europe/Paris', 400, utcOnly)).toBeNull();
  });
});
