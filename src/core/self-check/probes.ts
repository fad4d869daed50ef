// Which instants the time-zone check reads both ways: now, and either side of the zone's next
// clock change, found with Intl alone (no service call per day stepped). A zone without clock
// changes is read again half a year on instead, where a DST-blind Intl would show.
import { nextOffsetChange } from '../dates';

const HOUR_MS = 3_600_000;
const HALF_YEAR_MS = 182 * 24 * HOUR_MS;
/** Far enough to reach the next change of any zone that has them. */
const HORIZON_DAYS = 400;

export interface ProbePlan {
  nextChange: number | null;
  probes: { label: string; at: number }[];
}

export function zoneProbePlan(now: number, timeZone: string): ProbePlan {
  const nextChange = nextOffsetChange(now, timeZone, HORIZON_DAYS);
  const probes = [{ label: 'now', at: now }];
  if (nextChange === null) {
    probes.push({ label: 'in six months', at: now + HALF_YEAR_MS });
  } else {
    probes.push(
      { label: 'an hour before its next clock change', at: nextChange - HOUR_MS },
      { label: 'an hour after it', at: nextChange + HOUR_MS },
    );
  }
  return { nextChange, probes };
}
