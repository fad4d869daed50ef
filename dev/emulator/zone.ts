// Time zones as Apps Script names them: IANA ids (via Intl) and the fixed 'GMT+05:30' style that
// Utilities.formatDate also accepts. Names follow Java's (Apps Script formats with Java's
// SimpleDateFormat), which differ from Intl's for many zones outside the US.
import { offsetAt, toWallClock, type WallClock } from './timezone';

export interface Zone {
  readonly id: string;
  offsetAt(instant: number): number;
  wall(instant: number): WallClock;
  shortName(instant: number): string;
  longName(instant: number): string;
}

/** Java's short names (standard, daylight) where Intl's en-US names are only 'GMT+1' and such. */
const JAVA_SHORT_NAMES: Record<string, [string, string]> = {
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Seoul': ['KST', 'KST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Asia/Taipei': ['CST', 'CST'],
  'Asia/Hong_Kong': ['HKT', 'HKT'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Dubai': ['GST', 'GST'],
  'Asia/Jerusalem': ['IST', 'IDT'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEST'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST', 'AWST'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  'America/Sao_Paulo': ['BRT', 'BRST'],
  'America/Argentina/Buenos_Aires': ['ART', 'ART'],
  'Africa/Johannesburg': ['SAST', 'SAST'],
  'Africa/Lagos': ['WAT', 'WAT'],
  'Africa/Nairobi': ['EAT', 'EAT'],
};
for (const id of [
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Budapest',
]) {
  JAVA_SHORT_NAMES[id] = ['CET', 'CEST'];
}
for (const id of ['Europe/Athens', 'Europe/Helsinki', 'Europe/Kiev', 'Europe/Bucharest']) {
  JAVA_SHORT_NAMES[id] = ['EET', 'EEST'];
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function gmtName(offsetMs: number): string {
  if (offsetMs === 0) return 'GMT';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `GMT${sign}${hh}:${mm}`;
}

function fixedZone(id: string, offset: number): Zone {
  const name = offset === 0 && /^utc$/i.test(id) ? 'UTC' : gmtName(offset);
  return {
    id,
    offsetAt: () => offset,
    wall(instant) {
      const d = new Date(instant + offset);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds(),
      };
    },
    shortName: () => name,
    longName: () => (name === 'UTC' ? 'Coordinated Universal Time' : name),
  };
}

function intlName(id: string, instant: number, style: 'short' | 'long'): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? id;
}

function isDaylight(id: string, instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  const jan = offsetAt(Date.UTC(year, 0, 1), id);
  const jul = offsetAt(Date.UTC(year, 6, 1), id);
  return jan !== jul && offsetAt(instant, id) === Math.max(jan, jul);
}

const cache = new Map<string, Zone>();

/** Throws `Invalid argument: timeZone` (as Apps Script does) for a zone it cannot resolve. */
export function zone(id: string): Zone {
  const hit = cache.get(id);
  if (hit) return hit;
  let result: Zone;
  const fixed = FIXED.exec(id.trim());
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const offset = sign * (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0)) * 60_000;
    result = fixedZone(id, offset);
  } else {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: id });
    } catch {
      throw new Error(`Invalid argument: timeZone`);
    }
    result = {
      id,
      offsetAt: (instant) => offsetAt(instant, id),
      wall: (instant) => toWallClock(instant, id),
      shortName(instant) {
        const java = JAVA_SHORT_NAMES[id];
        if (java) return java[isDaylight(id, instant) ? 1 : 0];
        const name = intlName(id, instant, 'short');
        if (name === 'UTC' || name === 'GMT')
          return /^Etc\/(GMT|Greenwich)$/.test(id) ? 'GMT' : name;
        return name.startsWith('GMT') ? gmtName(offsetAt(instant, id)) : name;
      },
      longName: (instant) => intlName(id, instant, 'long'),
    };
  }
  cache.set(id, result);
  return result;
}
