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
