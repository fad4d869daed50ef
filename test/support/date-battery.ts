// TEST SUPPORT ONLY: a fixed set of date computations whose results must not depend on the
// process time zone. src/core/dates/process-zones.test.ts runs it under every zone of the matrix.
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  calendarDaysBetween,
  dayOfWeek,
  isBusinessDay,
} from '../../src/core/dates/days';
import { dateKeyOfInstant, instantOfDateKey, wallClockOf } from '../../src/core/dates';
import { formatDateKey, parseUserDate } from '../../src/core/dates';

const KEYS = [
  '2026-12-24', // before a holiday and a weekend
  '2026-12-31', // year end
  '2028-02-28', // before leap day
  '2028-02-29', // leap day
  '2026-03-08', // US DST starts
  '2026-11-01', // US DST ends
  '2026-03-29', // EU DST starts; Beirut skips midnight
  '2026-04-05', // NZ DST ends; Santiago falls back at midnight
  '2026-09-06', // Santiago skips midnight
  '2026-09-27', // NZ DST starts
  '2011-12-29', // the eve of the day Pacific/Apia skipped
  '2011-12-30', // skipped entirely in Pacific/Apia
  '2011-12-31',
];
const HOLIDAYS = ['2026-12-25', '2027-01-01', '2028-02-29', '2026-11-26'];
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Santiago',
  'Asia/Beirut',
  'Pacific/Apia',
];
const TYPED = ['Dec 10, 2026', '10 Dec 2026', '12/10/2026', '2028-02-29', 'Feb 29, 2027'];

export function datesBattery(): Record<string, unknown> {
  const perKey = KEYS.map((key) => ({
    key,
    plusOne: addDays(key, 1),
    minusThirty: addDays(key, -30),
    weekday: dayOfWeek(key),
    business: isBusinessDay(key, HOLIDAYS),
    nextBusiness: addBusinessDays(key, 1, HOLIDAYS),
    tenBack: addBusinessDays(key, -10, HOLIDAYS),
    toYearEnd: businessDaysBetween(key, '2028-12-31', HOLIDAYS),
    calendarToYearEnd: calendarDaysBetween(key, '2028-12-31'),
    shown: formatDateKey(key, { weekday: true, year: true }),
    zones: ZONES.map((zone) => {
      const start = instantOfDateKey(key, zone);
      return {
        zone,
        start: start.toISOString(),
        roundTrip: dateKeyOfInstant(start, zone),
        dayBefore: dateKeyOfInstant(start.getTime() - 1, zone),
        wall: wallClockOf(start, zone),
      };
    }),
  }));
  const instants = [0, Date.UTC(2026, 11, 10, 8), Date.UTC(2028, 1, 29, 23, 30)].map((t) =>
    ZONES.map((zone) => wallClockOf(t, zone)),
  );
  return {
    perKey,
    instants,
    typed: TYPED.map((text) => parseUserDate(text)),
  };
}
