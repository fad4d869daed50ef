// The emulator's one source of "now". Nothing in the emulator reads the host's clock after
// construction, so a run is reproducible whatever time it is and whatever TZ the process has.
import { assertTimeZone, fromWallClock } from './timezone';

export class VirtualClock {
  private current: number;

  constructor(start: number) {
    if (!Number.isFinite(start)) throw new Error(`Invalid clock start: ${start}`);
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  set(instant: number): void {
    if (!Number.isFinite(instant)) throw new Error(`Invalid clock time: ${instant}`);
    this.current = instant;
  }

  /** Moves forward only: time never runs backwards inside one run of the emulator. */
  advanceBy(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Cannot advance the clock by ${ms} ms`);
    this.current += ms;
  }
}

const UNIT_MS: Record<string, number> = {
  w: 7 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
};

/** '7d', '36h', '90m', '1w2d', '45s' -> milliseconds. Units: w d h m s ms. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  const pattern = /(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/gy;
  let total = 0;
  let matched = 0;
  for (const m of trimmed.matchAll(pattern)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    matched += m[0].length;
  }
  if (trimmed.length === 0 || matched !== trimmed.length) {
    throw new Error(`Invalid duration "${text}": use a number and a unit, e.g. 7d, 36h, 90m`);
  }
  return Math.round(total);
}

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * An ISO 8601 instant. With 'Z' or an offset it is exact; without one (e.g. '2024-03-04' or
 * '2024-03-04T09:00') it is a wall-clock time in `timeZone` — the spreadsheet's, for the CLI.
 */
export function parseInstant(text: string | Date, timeZone: string): number {
  if (text instanceof Date) return text.getTime();
  const local = LOCAL_ISO.exec(text.trim());
  if (local) {
    assertTimeZone(timeZone);
    return fromWallClock(
      {
        year: Number(local[1]),
        month: Number(local[2]),
        day: Number(local[3]),
        hour: Number(local[4] ?? 0),
        minute: Number(local[5] ?? 0),
        second: Number(local[6] ?? 0),
        millisecond: Number((local[7] ?? '0').padEnd(3, '0')),
      },
      timeZone,
    );
  }
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) {
    throw new Error(`Invalid time "${text}": use ISO 8601, e.g. 2024-03-04T09:00 or ...Z`);
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`Invalid time "${text}"`);
  return ms;
}
