// What the menu items do beyond opening the sidebar. Each ends in something the user sees (an
// alert or a toast), because a menu item has no other way to report.
import { sendWeeklyDigestNow } from './digest/public';
import { findPlan } from './plan/locate';
import { refreshFormatting } from './plan/refresh-formatting';
import { documentProperties } from './platform/document-properties';
import { activeSpreadsheet } from './platform/spreadsheet';
import { SIDEBAR_TITLE, openSidebar } from './sidebar';

function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(SIDEBAR_TITLE, message, ui.ButtonSet.OK);
}

/** Create plan…: the sidebar's create form, or a word that this spreadsheet already has a plan. */
export function openCreatePlan(): void {
  const lookup = findPlan(activeSpreadsheet(), documentProperties());
  if (lookup.kind !== 'none') {
    const name = lookup.kind === 'found' ? lookup.plan.sheet.getName() : lookup.sheet.getName();
    alert(
      `This spreadsheet already has a plan, on the tab "${name}". The sidebar shows its status; ` +
        'to start another plan, make a copy of the spreadsheet or delete that tab.',
    );
  }
  openSidebar();
}

/** Refresh formatting: puts our rules and validation back and says where the plan stands. */
export function refreshFormattingWithToast(): void {
  try {
    const status = refreshFormatting();
    const parts = [`${status.status}`, `${status.progress.done} of ${status.progress.total} done`];
    if (status.late.length > 0) parts.push(`${status.late.length} late`);
    if (status.warnings.length > 0) parts.push(`${status.warnings.length} rows need a look`);
    activeSpreadsheet().toast(parts.join(' · '), 'Formatting refreshed', 5);
  } catch (error) {
    alert((error as Error).message);
  }
}

/** Send weekly update now: the same rules as the schedule (approval, quota, once a week). */
export function sendWeeklyUpdateWithAlert(): void {
  try {
    alert(sendWeeklyDigestNow().message);
  } catch (error) {
    alert((error as Error).message);
  }
}
