import { sendWeeklyDigestNow } from './weekly-email';
import { findPlan } from './plan/find-plan';
import { refreshFormatting } from './plan/formatting';
import { documentProperties } from './platform/properties';
import { activeSpreadsheet } from './platform/sheets';

/** Opens the sidebar built from src/sidebar into dist/Sidebar.html. */
export const SIDEBAR_TITLE = 'Mutual Action Plan';

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

// What the menu items do beyond opening the sidebar. Each ends in something the user sees (an
// alert or a toast), because a menu item has no other way to report.

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

/** Menu: Send weekly update now, with the same rules as the schedule (approval, quota, once a week). */
export function sendWeeklyUpdateFromMenu(): void {
  try {
    alert(sendWeeklyDigestNow().message);
  } catch (error) {
    alert((error as Error).message);
  }
}

/**
 * The add-on menu. onOpen may run in AuthMode.NONE, where only the Ui is reachable, so this
 * touches nothing but SpreadsheetApp.getUi(). Each handler is a public function of index.ts.
 */
export const MENU_TITLE = 'Mutual Action Plan';

export const MENU_ITEMS: ReadonlyArray<{ label: string; handler: string }> = [
  { label: 'Open sidebar', handler: 'showSidebar' },
  { label: 'Create plan…', handler: 'showCreatePlan' },
  { label: 'Refresh formatting', handler: 'refreshFormattingFromMenu' },
  { label: 'Send weekly update now', handler: 'sendWeeklyUpdateFromMenu' },
];

export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}
