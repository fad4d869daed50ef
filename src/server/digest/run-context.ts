// What every digest entry point reads first, once: the file, its zone, the clock, who is running
// (the trigger's owner in a trigger, the clicking user in a sidebar call) and the document's
// digest properties in one getProperties call. Writes to the document's properties go through
// guardedProperties (store-write.ts), so a full store surfaces as one recognisable error.
import { cleanValue } from '../../core/digest/clean-text';
import { addressKey } from '../../core/recipients/email-address';
import { activeSpreadsheet } from '../platform/spreadsheet';
import { readScheduleConfig, type ScheduleConfig } from './schedule-config';
import { guardedProperties, type WriteFailure } from './store-write';

type Properties = GoogleAppsScript.Properties.Properties;

export interface DigestRun {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  spreadsheetId: string;
  timeZone: string;
  now: Date;
  /** The effective user, lower-case: whose account would send. */
  me: string;
  docProps: Properties;
  stored: Record<string, string>;
  schedule: ScheduleConfig;
  /** The running user's own properties, fetched once per execution on first use. */
  userProps: () => Properties;
}

export function currentUser(): string {
  return addressKey(Session.getEffectiveUser().getEmail() ?? '');
}

/**
 * `writes: 'ignore'` is for calls that only show state (the sidebar): their writes are caches,
 * and a full store must not keep the owner from seeing what is wrong.
 */
export function openDigestRun(writes: WriteFailure = 'throw'): DigestRun {
  const ss = activeSpreadsheet();
  const docProps = guardedProperties(PropertiesService.getDocumentProperties(), writes);
  const stored = docProps.getProperties();
  let user: Properties | null = null;
  return {
    ss,
    spreadsheetId: ss.getId(),
    timeZone: ss.getSpreadsheetTimeZone(),
    now: new Date(),
    me: currentUser(),
    docProps,
    stored,
    schedule: readScheduleConfig(stored),
    userProps: () => (user ??= PropertiesService.getUserProperties()),
  };
}

/** Reads the properties again: required after taking the lock, since another run may have written. */
export function refreshed(run: DigestRun): DigestRun {
  const stored = run.docProps.getProperties();
  return { ...run, stored, schedule: readScheduleConfig(stored) };
}

export function isScheduleOwner(run: DigestRun): boolean {
  return run.schedule.owner !== null && addressKey(run.schedule.owner) === run.me && run.me !== '';
}

/** The file's name as one clean line: it is user text and goes into subjects. */
export function fileTitle(run: DigestRun): string {
  return cleanValue(run.ss.getName(), 80);
}
