/**
 * The add-on menu. onOpen may run in AuthMode.NONE, where only the Ui is reachable, so this
 * touches nothing but SpreadsheetApp.getUi().
 */
export const MENU_TITLE = 'Mutual Action Plan';

export const MENU_ITEMS: ReadonlyArray<{ label: string; handler: string }> = [
  { label: 'Open sidebar', handler: 'showSidebar' },
];

export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}
