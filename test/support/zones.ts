import { fromWallClock } from '../../dev/emulator/timezone';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Test helpers for reading cells: the time-zone matrix and cell values as getValues() gives them.

// The time zones every date-reading test runs in: both sides of UTC, a half-hour offset, and a
// zone whose DST runs opposite to the northern hemisphere's.
export const TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
] as const;

/** Runs `fn` with the process time zone (Date's local methods) set to `zone`, then restores it. */
export function inProcessZone<T>(zone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/**
 * What getValues() hands over for a date cell: the instant of midnight of that day in the
 * spreadsheet's zone. Built with the emulator's own Intl code, not core's, so a test of core's
 * reading does not check core against itself.
 */
export function sheetDate(key: string, timeZone: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(fromWallClock({ year, month, day }, timeZone));
}

// TEST SUPPORT ONLY (never imported by add-on code): run a function under several process time
// zones. The matrix adds to the usual four a zone that skipped a whole day (Pacific/Apia,
// 2011-12-30) and one whose DST skips midnight (America/Santiago): a local-time Date breaks there. Jest sandboxes process.env, so assigning process.env.TZ inside a test changes nothing;
// instead one child Node process (TypeScript via tsx) imports the module, and before each run
// sets the real process.env.TZ, which Node honours at run time.

export const TIME_ZONE_MATRIX = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Pacific/Apia',
  'America/Santiago',
] as const;

export interface ZoneRun<T> {
  zone: string;
  /** new Date(2026, 6, 1, 12).getTimezoneOffset() in the child: proof the zone took effect. */
  julyOffsetMinutes: number;
  result: T;
}

const CHILD = `
const spec = JSON.parse(process.env.TIME_ZONE_MATRIX_SPEC);
const ns = await import(spec.modulePath);
const fn = ns[spec.exportName] ?? ns.default?.[spec.exportName];
const runs = [];
for (const zone of spec.zones) {
  process.env.TZ = zone;
  runs.push({ zone, julyOffsetMinutes: new Date(2026, 6, 1, 12).getTimezoneOffset(), result: fn() });
}
process.stdout.write(JSON.stringify(runs));
`;

/** Calls `exportName()` of `modulePath` (absolute) once per zone; its result must be JSON. */
export function runInTimeZones<T>(
  modulePath: string,
  exportName: string,
  zones: readonly string[] = TIME_ZONE_MATRIX,
): ZoneRun<T>[] {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', CHILD],
    {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...process.env,
        TIME_ZONE_MATRIX_SPEC: JSON.stringify({ modulePath, exportName, zones }),
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) {
    throw new Error(`time-zone matrix child failed (${child.status}): ${child.stderr}`);
  }
  return JSON.parse(child.stdout) as ZoneRun<T>[];
}

/** What getTimezoneOffset() reports at noon on 2026-07-01 in each matrix zone. */
export const JULY_OFFSETS: Record<(typeof TIME_ZONE_MATRIX)[number], number> = {
  UTC: 0,
  'America/Los_Angeles': 420,
  'Asia/Kolkata': -330,
  'Pacific/Auckland': -720,
  'Pacific/Apia': -780,
  'America/Santiago': 240,
};
