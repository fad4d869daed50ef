// Java SimpleDateFormat (en_US), which Utilities.formatDate uses: the pattern letters, their
// counts, quoting with '', and the US week rules (weeks start on Sunday, week 1 holds Jan 1).
import { zone } from './zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  offsetMs: number;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** US week of year: week 1 is the Sunday-to-Saturday week that holds January 1. */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const startOfWeek = dayNumber(f.year, f.month, f.day) - f.weekday;
  const nextJan1 = dayNumber(f.year + 1, 1, 1);
  if (startOfWeek + 6 >= nextJan1) return { week: 1, weekYear: f.year + 1 };
  const jan1 = dayNumber(f.year, 1, 1);
  const jan1Weekday = new Date(jan1 * 86_400_000).getUTCDay();
  return { week: Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function fieldsOf(instant: number, timeZone: string): Fields {
  const z = zone(timeZone);
  const w = z.wall(instant);
  const dn = dayNumber(w.year, w.month, w.day);
  return {
    ...w,
    weekday: new Date(dn * 86_400_000).getUTCDay(),
    dayOfYear: dn - dayNumber(w.year, 1, 1) + 1,
    offsetMs: z.offsetAt(instant),
  };
}

function offsetText(offsetMs: number, count: number, iso: boolean): string {
  if (iso && offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (!iso) return `${sign}${hh}${mm}`;
  if (count === 1) return `${sign}${hh}`;
  if (count === 2) return `${sign}${hh}${mm}`;
  return `${sign}${hh}:${mm}`;
}

function field(letter: string, count: number, f: Fields, instant: number, tz: string): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'Y': {
      const wy = weekOfYear(f).weekYear;
      return count === 2 ? pad(wy % 100, 2) : pad(wy, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, count);
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W': {
      const firstWeekday = (f.weekday - ((f.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(f.dayOfYear, count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return count >= 4 ? zone(tz).longName(instant) : zone(tz).shortName(instant);
    case 'Z':
      return offsetText(f.offsetMs, count, false);
    case 'X':
      if (count > 3) throw new Error('invalid ISO 8601 format: length=' + count);
      return offsetText(f.offsetMs, count, true);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats an instant as Java's SimpleDateFormat(pattern, Locale.US) in `timeZone` would. */
export function formatJavaDate(instant: number, timeZone: string, pattern: string): string {
  const f = fieldsOf(instant, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Inside quotes, '' is a literal quote too.
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j += 1;
      }
      if (j >= pattern.length) throw new Error('Unterminated quote');
      out += text;
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern[i + count] === c) count += 1;
      out += field(c, count, f, instant, timeZone);
      i += count;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
