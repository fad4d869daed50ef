// Date-only keys ('yyyy-MM-dd') and the time-zone bridge. Everything here gives the same answer
// in every process time zone; see dates/day-number.ts for why it does not use local Dates.
export { parseDateKey, isDateKey, requireDateKey } from './dates/key';
export { compareDateKeys, maxDateKey, minDateKey } from './dates/compare';
export { addDays, calendarDaysBetween, dayOfWeek } from './dates/calendar';
export {
  isBusinessDay,
  addBusinessDays,
  businessDaysBetween,
  businessDayOnOrBefore,
  businessDayOnOrAfter,
} from './dates/business';
export { holidaySet, invalidHolidays, type Holidays } from './dates/holidays';
export {
  dateKeyOfInstant,
  instantOfDateKey,
  wallClockOf,
  isTimeZone,
  type WallClock,
} from './dates/zone';
export { parseUserDate } from './dates/user-input';
export { formatDateKey, type DateDisplayOptions } from './dates/display';
