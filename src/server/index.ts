// The add-on's public surface: every export becomes a top-level function in dist/Code.js.
// Nothing here may touch a service at load time (onOpen runs in AuthMode.NONE).
import { addMenu, openCreatePlan, refreshFormattingWithToast, openSidebar } from './menu';
export { sendWeeklyUpdateFromMenu } from './menu';
export { createPlan } from './plan/create';
export { previewSchedule } from './plan/create-options';
export { refreshFormatting } from './plan/formatting';
export { getPlanStatus, selectStepRow } from './plan/plan-status';
export { onPlanEdit } from './plan/edit';
export {
  configureWeeklyDigest,
  approveRecipients,
  previewWeeklyDigest,
  sendWeeklyDigestNow,
  sendTestDigestToMe,
  weeklyDigestTick,
  getSidebarState,
} from './weekly-email';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  openSidebar();
}

/** Menu: Create plan… */
export function showCreatePlan(): void {
  openCreatePlan();
}

/** Menu: Refresh formatting. */
export function refreshFormattingFromMenu(): void {
  refreshFormattingWithToast();
}

// The plan (DESIGN §4): scaffold, formatting, status, and the owner's installable edit trigger.
