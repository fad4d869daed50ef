// What the add-on keeps about a plan beside its location (find-plan.ts), in the document's
// properties, where only the add-on reads it: the holidays the plan was worked back around.
// Each under its own key, so a reader takes only what it needs and no value nears the 9 KB cap.
import { isDateKey, type DateKey } from '../../core/dates';
import { parseStored, StoreRoomError } from '../platform/properties';
import { refusedWrite } from '../../core/weekly-email';
import { PLAN_RECORD_KEY, type PlanRecord } from './find-plan';

type Properties = GoogleAppsScript.Properties.Properties;

/** The plan's holidays: a JSON array of 'yyyy-MM-dd' strings, sorted, each once. */
export const PLAN_HOLIDAYS_KEY = 'map.holidays';

function isHolidayList(value: unknown): value is DateKey[] {
  return Array.isArray(value) && value.every(isDateKey);
}

/** The holidays the plan was created with; [] when none were given or the value is damaged. */
export function readPlanHolidays(props: Properties): DateKey[] {
  return parseStored(props.getProperty(PLAN_HOLIDAYS_KEY), isHolidayList) ?? [];
}

export interface NewPlanStore {
  record: PlanRecord;
  holidays: readonly DateKey[];
}

/**
 * Everything createPlan stores, in one call, once core says it fits: a store filled by other
 * add-ons or scripts is refused in words, before the write, and createPlan undoes the tabs.
 */
export function writeNewPlanStore(props: Properties, store: NewPlanStore): void {
  const writes = {
    [PLAN_RECORD_KEY]: JSON.stringify(store.record),
    [PLAN_HOLIDAYS_KEY]: JSON.stringify(store.holidays),
  };
  const refusal = refusedWrite(props.getProperties(), writes);
  if (refusal) throw new StoreRoomError(refusal, "this spreadsheet's add-on storage");
  props.setProperties(writes);
}
