// The add-on's public surface: every export becomes a top-level function in dist/Code.js.
// Nothing here may touch a service at load time (onOpen runs in AuthMode.NONE).
import { addMenu } from './menu';
import {
  openCreatePlan,
  refreshFormattingWithToast,
  sendWeeklyUpdateWithAlert,
} from './menu-actions';
import { openSidebar } from './sidebar';

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

/** Menu: Send weekly update now. */
export function sendWeeklyUpdateFromMenu(): void {
  sendWeeklyUpdateWithAlert();
}

// During development each area exposes its functions through its own public.ts.
export * from './plan/public';
export * from './digest/public';
