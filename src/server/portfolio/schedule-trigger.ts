// configureWeeklyDigest's clock trigger, through the trigger budget: counted before it is made
// (a refusal names the plans holding the user's triggers), never made for an archived deal, and
// recorded in the deal's meta once made or removed.
import { ensureTickTrigger, myPlanTriggers, removeTickTriggers } from '../platform/triggers';
import { metaWithCurrentTriggers, requireTriggerRoom, withTriggerLimit } from './deal-triggers';
import { publishPlan } from './publish';
import { openUserRegistry } from './registry-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ARCHIVED_SCHEDULE =
  'This deal is archived, so its weekly email stays off: reopen it from Your deals first.';

export function setScheduleTrigger(ss: Spreadsheet, enabled: boolean, timeZone: string): void {
  const access = openUserRegistry();
  const entry = access.registry.entries.find((e) => e.spreadsheetId === ss.getId()) ?? null;
  if (enabled) {
    if (entry?.meta?.archived) throw new Error(ARCHIVED_SCHEDULE);
    const hasTick = myPlanTriggers(ss).some((t) => t.kind === 'clock');
    requireTriggerRoom(access, hasTick ? 0 : 1, 'weeklyEmail');
    withTriggerLimit(access, 'weeklyEmail', () => ensureTickTrigger(ss));
  } else {
    removeTickTriggers(ss);
    // An archived deal's meta already says it holds nothing; it stays archived.
    if (entry?.meta?.archived) return;
  }
  const meta = metaWithCurrentTriggers({
    ss,
    customer: entry?.summary?.customer ?? '',
    timeZone,
    entry,
  });
  publishPlan({ ss, reading: null, now: new Date(), meta });
}
