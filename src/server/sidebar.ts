/** Opens the sidebar built from src/sidebar into dist/Sidebar.html. */
export const SIDEBAR_TITLE = 'Mutual Action Plan';

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
