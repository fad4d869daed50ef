// What the user sees of the add-on outside the sheet itself: the Extensions menu, the sidebar,
// alerts and toasts. onOpen may run in AuthMode.NONE, where only SpreadsheetApp.getUi() is
// reachable, so building the menu touches nothing else.
import { activeSpreadsheet } from './sheets';

export interface MenuItem {
  label: string;
  /** The public function (a top-level function of Code.js) the item runs. */
  handler: string;
}

export function addAddonMenu(items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

/** Opens an HTML file of the project (Sidebar.html is built from src/sidebar) in the sidebar. */
export function showSidebarFile(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A modal message with an OK button: a menu item has no other way to report. */
export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** A modal question with Yes and No buttons; true only for Yes (closing it is a No). */
export function askYesNo(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A short note in the corner of the spreadsheet, gone after `seconds`. */
export function showToast(message: string, title: string, seconds: number): void {
  activeSpreadsheet().toast(message, title, seconds);
}

/** A modal dialog of our own HTML (built and escaped by core). */
export function showHtmlDialog(html: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
