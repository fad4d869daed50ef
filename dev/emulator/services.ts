// The service globals the script sees, built once per emulator over the host-side state. Each
// takes a small context of functions, so it asks the runtime "who is running now?" at call time.
import { LockService } from './lock';
import { createConsole, Logger } from './logger';
import { MailApp } from './mail';
import { PropertiesService } from './properties';
import type { Runtime } from './runtime';
import { ScriptApp } from './script-app';
import { Session } from './session';
import { HtmlService } from './html-service';
import { Ui } from './ui';
import { Utilities } from './utilities';
import { KIND } from './kind';

/** Apps Script services the emulator does not have: any use throws `not emulated: X.member`. */
export const ABSENT_SERVICES = [
  'GmailApp',
  'UrlFetchApp',
  'DriveApp',
  'CacheService',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'CalendarApp',
  'ContactsApp',
  'ContentService',
  'CardService',
  'XmlService',
  'Charts',
  'Maps',
  'LanguageApp',
  'Jdbc',
  'Browser',
] as const;

export interface ServiceSet {
  /** Global name -> host object; each crosses into the script as a counting proxy. */
  globals: Record<string, object>;
  /** console: plain functions, not a Google service. */
  console: Record<string, (...args: unknown[]) => void>;
  ui: Ui;
}

export function createServices(rt: Runtime, spreadsheetApp: object): ServiceSet {
  const effectiveUser = () => rt.current().effectiveUser;
  const documentId = () => rt.workbook.id;
  const now = () => rt.clock.now();
  const scriptTimeZone = () => rt.scriptTimeZone;
  const scriptId = () => rt.scriptId;
  const isAuthorized = (u: string) => rt.isAuthorized(u);

  const ui = new Ui(rt.ui, { activeUser: () => rt.current().activeUser });
  const globals: Record<string, object> = {
    SpreadsheetApp: spreadsheetApp,
    PropertiesService: new PropertiesService(rt.properties, { effectiveUser, documentId }),
    LockService: new LockService(rt.locks, {
      executionId: () => rt.current().id,
      effectiveUser,
      documentId,
      isRunning: (id) => rt.isRunning(id),
      wait: (ms) => rt.clock.advanceBy(ms),
    }),
    MailApp: new MailApp(rt.mail, { effectiveUser, now }),
    ScriptApp: new ScriptApp(rt.triggers, {
      effectiveUser,
      documentId,
      now,
      scriptTimeZone,
      scriptId,
      isAddOn: () => rt.isAddOn,
      isAuthorized,
    }),
    Session: new Session({
      execution: () => rt.current(),
      scriptTimeZone,
      scriptId,
      isAuthorized,
      locale: () => 'en',
    }),
    Utilities: new Utilities({ sleep: (ms) => rt.clock.advanceBy(ms) }),
    HtmlService: new HtmlService((name) => rt.readHtmlFile(name)),
    Logger: new Logger(rt.logBook, {
      now,
      execution: () => rt.currentOrNull(),
    }),
  };
  for (const name of ABSENT_SERVICES) globals[name] = { [KIND]: name };
  return { globals, console: createConsole(rt.logBook), ui };
}
