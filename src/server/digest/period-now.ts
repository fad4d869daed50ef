// Which weekly period "now" belongs to, and whether its email is still owed: core decides from
// the wall clock in the SPREADSHEET's zone, the schedule, and the ledger's completion stamp.
import { openLedger, type DeliveryLedger } from '../../core/delivery/ledger';
import { digestPeriod, type DigestPeriod } from '../../core/schedule-period/digest-period';
import { localHourOf } from './local-hour';
import { KEYS } from './property-keys';
import type { DigestRun } from './run-context';

export interface PeriodNow extends DigestPeriod {
  /** The ledger opened for this period (a fresh one when the stored one is older). */
  ledger: DeliveryLedger;
}

export function periodNow(run: DigestRun): PeriodNow {
  const schedule = { weekday: run.schedule.weekday, hour: run.schedule.hour };
  const now = localHourOf(run.now, run.timeZone);
  const since = run.schedule.since;
  const first = digestPeriod({ schedule, now, since });
  const ledger = openLedger(run.stored[KEYS.ledger], first.period);
  const completedPeriod = ledger.completedAt !== undefined ? first.period : null;
  return { ...digestPeriod({ schedule, now, since, completedPeriod }), ledger };
}
