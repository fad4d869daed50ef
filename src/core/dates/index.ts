// Calendar days as 'yyyy-MM-dd' keys: arithmetic on business days, the bridge between an
// instant and the spreadsheet's calendar day, and the one way dates are written as text.
export {
  addBusinessDays,
  addDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  calendarDaysBetween,
  compareDateKeys,
  dayOfWeek,
  holidaySet,
  invalidHolidays,
  isBusinessDay,
  isDateKey,
  maxDateKey,
  minDateKey,
  parseDateKey,
  requireDateKey,
} from './days';
export type { DateKey, Holidays } from './days';
export {
  formatClock,
  formatDateKey,
  formatInstant,
  formatWallTime,
  parseUserDate,
  SHEET_DATE_FORMAT,
  SHEET_DATE_TIME_FORMAT,
} from './text';
export type { DateDisplayOptions } from './text';
export {
  dateKeyOfInstant,
  instantOfDateKey,
  intlWallTime,
  nextOffsetChange,
  parseWallTimeText,
  sameWallTime,
  useWallTimeReader,
  WALL_TIME_PATTERN,
  wallClockOf,
} from './zone';
export type { WallTimeParts, WallTimeReader } from './zone';
