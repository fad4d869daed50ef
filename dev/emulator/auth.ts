// Which service calls an execution may make, by AuthMode and by the manifest's oauthScopes.
//
// Rules implemented (see README "Authorization"):
// - NONE (an add-on's onOpen in a file where the user has not used it): only the menu —
//   SpreadsheetApp.getUi, Ui.createAddonMenu / createMenu, every Menu method — and Logger.
// - LIMITED (simple triggers): the current spreadsheet and its objects, the Ui, HtmlService,
//   Session, Utilities, LockService, document and script properties, Logger. Not: MailApp, any
//   ScriptApp call except getAuthorizationInfo, user properties, SpreadsheetApp.openById / openByUrl
//   / open / create.
// - FULL: everything, provided the manifest (when it lists oauthScopes) grants the call's scope.
import type { AuthModeName } from './execution';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  spreadsheets: `${AUTH}spreadsheets`,
  currentSpreadsheet: `${AUTH}spreadsheets.currentonly`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
  containerUi: `${AUTH}script.container.ui`,
} as const;

/** Kinds that are not part of the spreadsheet facade. Every other kind is a spreadsheet object. */
const NON_SPREADSHEET_KINDS = new Set([
  'MailApp',
  'ScriptApp',
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'AuthorizationInfo',
  'PropertiesService',
  'Properties',
  'LockService',
  'Lock',
  'Session',
  'User',
  'Utilities',
  'Blob',
  'HtmlService',
  'HtmlOutput',
  'Ui',
  'Menu',
  'PromptResponse',
  'Logger',
  'Charts',
]);

const OPENS_OTHER_FILES = new Set(['open', 'openById', 'openByUrl', 'create']);
const TRIGGER_CALLS = new Set([
  'newTrigger',
  'getProjectTriggers',
  'getUserTriggers',
  'deleteTrigger',
]);
const UI_DISPLAY = new Set([
  'showSidebar',
  'showModalDialog',
  'showModelessDialog',
  'alert',
  'prompt',
]);

/** The OAuth scope a call needs, or undefined for calls that need none. */
export function requiredScope(kind: string, method: string): string | undefined {
  if (kind === 'MailApp') return SCOPE.sendMail;
  if (kind === 'ScriptApp') return TRIGGER_CALLS.has(method) ? SCOPE.scriptApp : undefined;
  if (kind === 'Ui') return UI_DISPLAY.has(method) ? SCOPE.containerUi : undefined;
  if (kind === 'SpreadsheetApp') {
    if (OPENS_OTHER_FILES.has(method)) return SCOPE.spreadsheets;
    return method === 'getUi' ? undefined : SCOPE.currentSpreadsheet;
  }
  if (!NON_SPREADSHEET_KINDS.has(kind)) return SCOPE.currentSpreadsheet;
  return undefined;
}

function allowedIn(mode: AuthModeName, kind: string, method: string): boolean {
  if (mode === 'FULL') return true;
  if (kind === 'Logger' || kind === 'Menu') return true;
  if (mode === 'NONE') {
    return (
      (kind === 'SpreadsheetApp' && method === 'getUi') ||
      (kind === 'Ui' && (method === 'createAddonMenu' || method === 'createMenu'))
    );
  }
  // LIMITED
  if (kind === 'MailApp') return false;
  if (kind === 'ScriptApp') return method === 'getAuthorizationInfo';
  if (kind === 'PropertiesService') return method !== 'getUserProperties';
  if (kind === 'SpreadsheetApp') return !OPENS_OTHER_FILES.has(method);
  return true;
}

function covers(granted: readonly string[], scope: string): boolean {
  if (granted.includes(scope)) return true;
  // The full spreadsheets scope includes the current-file one.
  return scope === SCOPE.currentSpreadsheet && granted.includes(SCOPE.spreadsheets);
}

/**
 * Why a call is refused, as Apps Script words it, or undefined when it is allowed.
 * `manifestScopes` undefined means the manifest lets Apps Script infer scopes (all granted).
 */
export function refusal(
  mode: AuthModeName,
  kind: string,
  method: string,
  manifestScopes?: readonly string[],
): string | undefined {
  const scope = requiredScope(kind, method);
  const key = `${kind}.${method}`;
  const denied =
    !allowedIn(mode, kind, method) ||
    (scope !== undefined && manifestScopes !== undefined && !covers(manifestScopes, scope));
  if (!denied) return undefined;
  return scope
    ? `You do not have permission to call ${key}. Required permissions: ${scope}`
    : `You do not have permission to call ${key}.`;
}
