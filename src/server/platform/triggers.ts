// The one clock trigger the schedule needs. Add-ons may hold one time-driven trigger per user per
// document, so it fires hourly and asks core whether a send is due; it is created only when this
// user has none here, which is what keeps configureWeeklyDigest idempotent.

export const TICK_HANDLER = 'weeklyDigestTick';

function myTickTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter(
    (t) =>
      t.getHandlerFunction() === TICK_HANDLER && t.getEventType() === ScriptApp.EventType.CLOCK,
  );
}

/** Ensures exactly one tick trigger for the current user in this file; true when one was made. */
export function ensureTickTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const existing = myTickTriggers(ss);
  // Duplicates can only come from an older version or a race before the lock existed.
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length > 0) return false;
  ScriptApp.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
  return true;
}

/** Removes the current user's tick triggers in this file; returns how many there were. */
export function removeTickTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const existing = myTickTriggers(ss);
  for (const t of existing) ScriptApp.deleteTrigger(t);
  return existing.length;
}

// The installable on-edit trigger that sees prospects' edits (they do not have the add-on, so
// simple triggers never run for them). It runs as the user who creates it; an add-on may hold
// one edit trigger per user per document, so an existing one is kept, never duplicated.
export const EDIT_HANDLER = 'onPlanEdit';

export type EditTriggerOutcome = 'installed' | 'already installed';

export function ensureEditTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): EditTriggerOutcome {
  const mine = ScriptApp.getUserTriggers(ss);
  if (mine.some((t) => t.getHandlerFunction() === EDIT_HANDLER)) return 'already installed';
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  return 'installed';
}

// The user's trigger budget: Google allows 20 installable triggers per user per script, and an
// add-on is one script across all of the user's files. getProjectTriggers() answers "the
// current project and current user", which for an add-on is every file's: one call, and the
// only count that includes plans the registry never heard of.

/** How many installable triggers the effective user holds for this add-on, in every file. */
export function countMyTriggers(): number {
  return ScriptApp.getProjectTriggers().length;
}

export interface PlanTrigger {
  kind: 'edit' | 'clock';
  id: string;
}

/** The effective user's plan triggers in this file (the edit trigger and the weekly tick). */
export function myPlanTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PlanTrigger[] {
  const found: PlanTrigger[] = [];
  for (const t of ScriptApp.getUserTriggers(ss)) {
    const handler = t.getHandlerFunction();
    if (handler === EDIT_HANDLER) found.push({ kind: 'edit', id: t.getUniqueId() });
    else if (handler === TICK_HANDLER) found.push({ kind: 'clock', id: t.getUniqueId() });
  }
  return found;
}

/** Removes the effective user's edit triggers in this file; returns how many there were. */
export function removeEditTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const mine = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === EDIT_HANDLER);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/** Google's refusal when the user's 20 are used ("This script has too many triggers..."). */
export function isTriggerLimitError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /too many triggers/i.test(text);
}

/** The effective user's triggers in this file, by handler and event type ('CLOCK', 'ON_EDIT'...). */
export function myTriggersHere(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { handler: string; eventType: string }[] {
  return ScriptApp.getUserTriggers(ss).map((t) => ({
    handler: t.getHandlerFunction(),
    eventType: String(t.getEventType()),
  }));
}
