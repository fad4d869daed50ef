import path from 'node:path';
import { datesBattery } from '../../../test/support/date-battery';
import {
  JULY_OFFSETS,
  TIME_ZONE_MATRIX,
  runInTimeZones,
  type ZoneRun,
} from '../../../test/support/zones';

describe('date arithmetic under every process time zone', () => {
  let runs: ZoneRun<Record<string, unknown>>[] = [];
  beforeAll(() => {
    runs = runInTimeZones(
      path.join(__dirname, '../../../test/support/date-battery.ts'),
      'datesBattery',
    );
  });

  it('really ran in each zone', () => {
    expect(runs.map((r) => r.zone)).toEqual([...TIME_ZONE_MATRIX]);
    for (const run of runs) {
      expect(run.julyOffsetMinutes).toBe(JULY_OFFSETS[run.zone as keyof typeof JULY_OFFSETS]);
    }
  });

  it.each(TIME_ZONE_MATRIX)('gives the same answers with TZ=%s as in this process', (zone) => {
    const run = runs.find((r) => r.zone === zone);
    expect(run?.result).toEqual(datesBattery());
  });

  it('includes known answers (so equal answers are also right ones)', () => {
    const battery = datesBattery() as {
      perKey: {
        key: string;
        plusOne: string;
        weekday: number;
        nextBusiness: string;
        zones: { zone: string; start: string }[];
      }[];
    };
    const leap = battery.perKey.find((k) => k.key === '2028-02-28');
    expect(leap?.plusOne).toBe('2028-02-29');
    const santiago = battery.perKey
      .find((k) => k.key === '2026-09-06')
      ?.zones.find((z) => z.zone === 'America/Santiago');
    expect(santiago?.start).toBe('2026-09-06T04:00:00.000Z');
    // The calendar still has 2011-12-30 (a Friday), even where Samoa skipped it.
    const eve = battery.perKey.find((k) => k.key === '2011-12-29');
    expect([eve?.plusOne, eve?.nextBusiness]).toEqual(['2011-12-30', '2011-12-30']);
    const skipped = battery.perKey.find((k) => k.key === '2011-12-30');
    expect([skipped?.weekday, skipped?.plusOne]).toEqual([5, '2011-12-31']);
    const apia = skipped?.zones.find((z) => z.zone === 'Pacific/Apia');
    expect(apia?.start).toBe('2011-12-30T10:00:00.000Z');
  });
});
