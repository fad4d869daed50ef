// The event objects Apps Script passes to triggers, built inside the execution that receives them
// (so e.range and e.source are that execution's counting proxies).
// https://developers.google.com/apps-script/guides/triggers/events
import type { Boundary } from './counting';
import type { AuthModeName, Execution } from './execution';
import { activeEmailVisible, User } from './session';
import type { EditEvent } from './spreadsheet';

export interface EventSources {
  /** The SpreadsheetApp facade's active spreadsheet (host object). */
  spreadsheet(): object;
  /** A facade Range (host object) for a block of cells. */
  range(
    sheetName: string,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): object;
  isAuthorized(user: string): boolean;
}

function userOf(execution: Execution, sources: EventSources): User {
  const visible = activeEmailVisible(execution, (u) => sources.isAuthorized(u));
  return new User(visible ? execution.activeUser : '');
}

/** Sheets onOpen. In AuthMode.NONE the object carries only authMode. */
export function openEvent(
  boundary: Boundary,
  execution: Execution,
  sources: EventSources,
  authMode: AuthModeName,
  triggerUid?: string,
): unknown {
  const e: Record<string, unknown> = { authMode };
  if (authMode !== 'NONE') {
    e.source = sources.spreadsheet();
    e.user = userOf(execution, sources);
  }
  if (triggerUid) e.triggerUid = triggerUid;
  return boundary.toScript(e);
}

/** Sheets onEdit; value and oldValue only for a single cell, as Sheets sends them. */
export function editEvent(
  boundary: Boundary,
  execution: Execution,
  sources: EventSources,
  edit: EditEvent,
  triggerUid?: string,
): unknown {
  const e: Record<string, unknown> = {
    authMode: execution.authMode,
    range: sources.range(edit.sheetName, edit.row, edit.column, edit.numRows, edit.numColumns),
    source: sources.spreadsheet(),
    user: userOf(execution, sources),
  };
  const single = edit.numRows === 1 && edit.numColumns === 1;
  if (single && edit.value !== undefined) e.value = edit.value;
  if (single && edit.oldValue !== undefined) e.oldValue = edit.oldValue;
  if (triggerUid) e.triggerUid = triggerUid;
  return boundary.toScript(e);
}

/** Sheets onChange (installable only). */
export function changeEvent(
  boundary: Boundary,
  execution: Execution,
  sources: EventSources,
  changeType: string,
  triggerUid: string,
): unknown {
  return boundary.toScript({
    authMode: execution.authMode,
    changeType,
    source: sources.spreadsheet(),
    user: userOf(execution, sources),
    triggerUid,
  });
}

/** Time-driven: the firing time's fields in UTC, as Apps Script reports them. */
export function clockEvent(boundary: Boundary, at: number, triggerUid: string): unknown {
  const d = new Date(at);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((at - jan1) / 86_400_000);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return boundary.toScript({
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': weekday,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': Math.floor((dayOfYear + new Date(jan1).getUTCDay()) / 7) + 1,
    year: d.getUTCFullYear(),
  });
}
