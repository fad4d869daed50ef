// Shared set-up for this folder's tests: a workbook at a fixed instant and its SpreadsheetApp.
import { createSpreadsheetApp } from './facade/spreadsheet-app';
import { Workbook, type WorkbookOptions } from './workbook';

export interface TestBook {
  book: Workbook;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  clock: { now: number };
  as: { user: string };
}

/** A workbook whose clock and acting user the test controls. */
export function testBook(options: Partial<WorkbookOptions> & { at?: string } = {}): TestBook {
  const clock = { now: Date.parse(options.at ?? '2026-03-02T15:00:00Z') };
  const as = { user: options.owner ?? 'owner@vendor.example' };
  const book = new Workbook({ timeZone: 'America/New_York', now: () => clock.now, ...options });
  const ui = {} as GoogleAppsScript.Base.Ui;
  const app = createSpreadsheetApp(book, { user: () => as.user, getUi: () => ui });
  return { book, app, clock, as };
}
