// What every digest entry point reads first, once: the file, its zone, the clock, who is running
// (the trigger's owner in a trigger, the clicking user in a sidebar call) and the document's
// digest properties in one getProperties call.
import { cleanValue } from '../../core/digest/clean-text';
import { addressKey } from '../../core/recipients/email-address';
import { activeSpreadsheet } from '../platform/spreadsheet';
import { readScheduleConfig, type ScheduleConfig } from './schedule-config';

export interface DigestRun {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  spreadsheetId: string;
  timeZone: string;
  now: Date;
  /** The effective user, lower-case: whose account would send. */
  me: string;
  docProps: GoogleAppsScript.Properties.Properties;
  stored: Record<string, string>;
  schedule: ScheduleConfig;
}

export function currentUser(): string {
  return addressKey(Session.getEffectiveUser().getEmail() ?? '');
}

export function openDigestRun(): DigestRun {
  const ss = activeSpreadsheet();
  const docProps = PropertiesService.getDocumentProperties();
  const stored = docProps.getProperties();
  return {
    ss,
    spreadsheetId: ss.getId(),
    timeZone: ss.getSpreadsheetTimeZone(),
    now: new Date(),
    me: currentUser(),
    docProps,
    stored,
    schedule: readScheduleConfig(stored),
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
