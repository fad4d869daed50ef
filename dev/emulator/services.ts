// The service globals the script sees, built once per emulator over the host-side state. Each
// takes a small context of functions, so it asks the runtime "who is running now?" at call time.
import { Charts } from './charts';
import type { VirtualClock } from './clock';
import type { Execution } from './execution';
import { HtmlService } from './html-service';
import { KIND } from './kind';
import { LockService, type LockTable } from './lock';
import { createConsole, Logger, type LogBook } from './logger';
import { MailApp, type MailSystem } from './mail';
import { PropertiesService, type PropertyStores } from './properties';
import { ScriptApp } from './script-app';
import { Session } from './session';
import type { TriggerRegistry } from './triggers';
import { Ui, type UiRecorder } from './ui';
import { Utilities } from './utilities';

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

/** What the services ask of the runtime, always at call time (the Runtime provides it). */
export interface ServiceHost {
  readonly clock: VirtualClock;
  readonly properties: PropertyStores;
  readonly mail: MailSystem;
  readonly triggers: TriggerRegistry;
  readonly ui: UiRecorder;
  readonly locks: LockTable;
  readonly logBook: LogBook;
  readonly scriptTimeZone: string;
  readonly scriptId: string;
  readonly isAddOn: boolean;
  /** The manifest's oauthScopes; undefined when it lets Apps Script infer them. */
  readonly manifestScopes?: readonly string[];
  current(): Execution;
  currentOrNull(): Execution | null;
  /** The running execution's document; null when it runs without one. */
  documentId(): string | null;
  isRunning(executionId: number): boolean;
  isAuthorized(user: string): boolean;
  readHtmlFile(name: string): string | undefined;
}

export function createServices(rt: ServiceHost, spreadsheetApp: object): ServiceSet {
  const effectiveUser = () => rt.current().effectiveUser;
  const documentId = () => rt.documentId();
  const now = () => rt.clock.now();
  const scriptTimeZone = () => rt.scriptTimeZone;
  const scriptId = () => rt.scriptId;
  const isAuthorized = (u: string) => rt.isAuthorized(u);

  const ui = new Ui(rt.ui, { activeUser: () => rt.current().activeUser });
  const globals: Record<string, object> = {
    SpreadsheetApp: spreadsheetApp,
    Charts: new Charts(),
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
      manifestScopes: () => rt.manifestScopes,
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
