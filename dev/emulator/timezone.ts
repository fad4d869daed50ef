// Wall-clock <-> instant conversions in a named IANA time zone, with Intl only.
// Sheets stores date cells as serial days (1899-12-30 = 0) in the spreadsheet's time zone.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws RangeError for a zone Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

export function toWallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function offsetAt(instant: number, timeZone: string): number {
  const w = toWallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - instant;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a DST jump resolves to the
 * instant after the jump; a repeated time resolves to its first occurrence (as Sheets does).
 */
export function fromWallClock(
  w: Partial<WallClock> & Pick<WallClock, 'year' | 'month' | 'day'>,
  timeZone: string,
): number {
  const naive = Date.UTC(
    w.year,
    w.month - 1,
    w.day,
    w.hour ?? 0,
    w.minute ?? 0,
    w.second ?? 0,
    w.millisecond ?? 0,
  );
  const candidates = new Set<number>();
  for (const probe of [naive - 36e5 * 36, naive, naive + 36e5 * 36]) {
    candidates.add(naive - offsetAt(probe, timeZone));
  }
  const exact = [...candidates]
    .filter((c) => c + offsetAt(c, timeZone) === naive)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact[0];
  // In a DST gap: take the later offset, which lands just after the jump.
  return Math.max(...candidates);
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** The serial number (days since 1899-12-30, with fraction) of an instant, read in a zone. */
export function instantToSerial(instant: number, timeZone: string): number {
  const w = toWallClock(instant, timeZone);
  const wallUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wallUtc - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** The instant of a serial number's wall-clock time in a zone. */
export function serialToInstant(serial: number, timeZone: string): number {
  const wallUtc = SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY);
  const d = new Date(wallUtc);
  return fromWallClock(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    },
    timeZone,
  );
}

/** 'yyyy-MM-dd' of an instant in a zone. */
export function dateKeyIn(instant: number, timeZone: string): string {
  const w = toWallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
