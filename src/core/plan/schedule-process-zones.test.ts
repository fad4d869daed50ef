import path from 'node:path';
import {
  JULY_OFFSETS,
  TIME_ZONE_MATRIX,
  runInTimeZones,
  type ZoneRun,
} from '../../../test/support/zones';
import { scheduleBattery } from '../../../test/support/schedule-battery';

describe('scheduling under every process time zone', () => {
  let runs: ZoneRun<unknown[]>[] = [];
  beforeAll(() => {
    runs = runInTimeZones(
      path.join(__dirname, '../../../test/support/schedule-battery.ts'),
      'scheduleBattery',
    );
  });

  it('really ran in each zone', () => {
    expect(runs.map((r) => [r.zone, r.julyOffsetMinutes])).toEqual(
      TIME_ZONE_MATRIX.map((zone) => [zone, JULY_OFFSETS[zone]]),
    );
  });

  it.each(TIME_ZONE_MATRIX)('gives the same plans with TZ=%s as in this process', (zone) => {
    const here = scheduleBattery();
    expect(here.length).toBeGreaterThan(50);
    expect(runs.find((r) => r.zone === zone)?.result).toEqual(here);
  });
});
