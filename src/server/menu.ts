// The Extensions menu and what its items do. Each item ends in something the user sees (the
// sidebar, an alert or a toast), because a menu item has no other way to report.
import { sendNowQuestion } from '../core/weekly-email';
import { sendNowOutlook, sendWeeklyDigestNow } from './weekly-email';
import { showSelfCheck } from './self-check';
import { findPlan } from './plan/find-plan';
import { refreshFormatting } from './plan/refresh-formatting';
import { documentProperties } from './platform/properties';
import { activeSpreadsheet } from './platform/sheets';
import {
  addAddonMenu,
  askYesNo,
  type MenuItem,
  showAlert,
  showSidebarFile,
  showToast,
} from './platform/ui';

export const MENU_TITLE = 'Mutual Action Plan';
export const SIDEBAR_TITLE = 'Mutual Action Plan';

/** Each handler is a public function of index.ts, so Apps Script can call it by name. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { label: 'Open sidebar', handler: 'showSidebar' },
  { label: 'Create plan…', handler: 'showCreatePlan' },
  { label: 'Refresh formatting', handler: 'refreshFormattingFromMenu' },
  { label: 'Send weekly update now', handler: 'sendWeeklyUpdateFromMenu' },
  { label: 'Check set-up…', handler: 'checkSetUpFromMenu' },
];

/** Simple trigger; it may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addAddonMenu(MENU_ITEMS);
}

/** Runs once when a user installs the add-on from this file, whose onOpen has not run yet. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

/** Open sidebar: the sidebar built from src/sidebar into Sidebar.html. */
export function showSidebar(): void {
  showSidebarFile('Sidebar', SIDEBAR_TITLE);
}

/** Create plan…: the sidebar's create form, or a word that this spreadsheet already has a plan. */
export function showCreatePlan(): void {
  const lookup = findPlan(activeSpreadsheet(), documentProperties());
  if (lookup.kind !== 'none') {
    const name = lookup.kind === 'found' ? lookup.plan.sheet.getName() : lookup.sheet.getName();
    showAlert(
      SIDEBAR_TITLE,
      `This spreadsheet already has a plan, on the tab "${name}". The sidebar shows its status; ` +
        'to start another plan, make a copy of the spreadsheet or delete that tab.',
    );
  }
  showSidebar();
}

/** Refresh formatting: puts our rules and validation back and says where the plan stands. */
export function refreshFormattingFromMenu(): void {
  try {
    const status = refreshFormatting();
    const parts = [`${status.status}`, `${status.progress.done} of ${status.progress.total} done`];
    if (status.late.length > 0) parts.push(`${status.late.length} late`);
    if (status.warnings.length > 0) parts.push(`${status.warnings.length} rows need a look`);
    showToast(parts.join(' · '), 'Formatting refreshed', 5);
  } catch (error) {
    showAlert(SIDEBAR_TITLE, (error as Error).message);
  }
}

/**
 * Send weekly update now: the same rules as the schedule (approval, quota, once a week), and the
 * same question the sidebar asks first, with the numbers of who would really receive it now.
 */
export function sendWeeklyUpdateFromMenu(): void {
  try {
    const outlook = sendNowOutlook();
    const question = sendNowQuestion(outlook);
    if (outlook.reason !== null || outlook.recipients.length === 0) {
      showAlert(SIDEBAR_TITLE, question);
      return;
    }
    if (!askYesNo(SIDEBAR_TITLE, question)) return;
    showAlert(SIDEBAR_TITLE, sendWeeklyDigestNow().message);
  } catch (error) {
    showAlert(SIDEBAR_TITLE, (error as Error).message);
  }
}

/** Check set-up…: the platform assumptions checked live, in a dialog with a text to copy. */
export function checkSetUpFromMenu(): void {
  try {
    showSelfCheck();
  } catch (error) {
    showAlert(SIDEBAR_TITLE, (error as Error).message);
  }
}
