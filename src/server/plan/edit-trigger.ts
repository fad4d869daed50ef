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
