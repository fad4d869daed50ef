// TEST SUPPORT ONLY: schedules whose results must not depend on the process time zone.
// src/core/plan/schedule-process-zones.test.ts runs it under every zone of the matrix.
import { TEMPLATES } from '../../src/core/plan/templates';
import { scheduleTemplate } from '../../src/core/plan';

const HOLIDAYS = ['2026-11-26', '2026-12-25', '2027-01-01', '2028-02-29', '2026-03-09'];
const SCENARIOS: { signatureDate: string; today: string; goLiveDate?: string }[] = [
  { signatureDate: '2026-12-31', today: '2026-09-01' }, // year end
  { signatureDate: '2027-01-04', today: '2026-12-01' }, // across year end, starts in the past
  { signatureDate: '2028-02-29', today: '2027-12-01' }, // leap day
  { signatureDate: '2028-03-01', today: '2028-02-01', goLiveDate: '2028-03-31' },
  { signatureDate: '2026-03-08', today: '2026-01-05' }, // US DST (a Sunday)
  { signatureDate: '2026-11-02', today: '2026-10-01', goLiveDate: '2026-12-01' }, // US DST end
  { signatureDate: '2026-04-06', today: '2026-02-02' }, // NZ DST end
  { signatureDate: '2026-09-28', today: '2026-09-01' }, // NZ DST start
  { signatureDate: '2026-09-07', today: '2026-07-01' }, // Chile skips midnight on the 6th
  { signatureDate: '2012-01-06', today: '2011-11-01', goLiveDate: '2012-02-01' }, // Samoa skipped 2011-12-30
];

export function scheduleBattery(): unknown[] {
  return TEMPLATES.flatMap((template) =>
    SCENARIOS.flatMap((scenario) =>
      [false, true].map((compress) => {
        const r = scheduleTemplate({ ...scenario, template, holidays: HOLIDAYS, compress });
        return {
          template: template.id,
          ...scenario,
          compress,
          dates: r.steps.map((s) => `${s.startDate}..${s.targetDate}`),
          firstDate: r.firstDate,
          signatureDate: r.signatureDate,
          goLiveDate: r.goLiveDate,
          startsInPast: r.startsInPast,
          warnings: r.warnings,
        };
      }),
    ),
  );
}
