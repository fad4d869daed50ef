// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
// https://developers.google.com/apps-script/reference/script/auth-mode
// https://developers.google.com/apps-script/concepts/scopes (explicit oauthScopes in the manifest)
import { refusal, SCOPE } from './auth';

describe('refusal', () => {
  it('allows only the menu (and Logger) in AuthMode.NONE', () => {
    expect(refusal('NONE', 'SpreadsheetApp', 'getUi')).toBeUndefined();
    expect(refusal('NONE', 'Ui', 'createAddonMenu')).toBeUndefined();
    expect(refusal('NONE', 'Menu', 'addItem')).toBeUndefined();
    expect(refusal('NONE', 'Logger', 'log')).toBeUndefined();
    expect(refusal('NONE', 'SpreadsheetApp', 'getActiveSpreadsheet')).toBe(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SCOPE.currentSpreadsheet}`,
    );
    expect(refusal('NONE', 'PropertiesService', 'getDocumentProperties')).toBe(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    expect(refusal('NONE', 'Ui', 'showSidebar')).toMatch(/permission/);
  });

  it('allows the current file but not mail, triggers or user properties in LIMITED', () => {
    expect(refusal('LIMITED', 'Range', 'getValues')).toBeUndefined();
    expect(refusal('LIMITED', 'PropertiesService', 'getDocumentProperties')).toBeUndefined();
    expect(refusal('LIMITED', 'ScriptApp', 'getAuthorizationInfo')).toBeUndefined();
    expect(refusal('LIMITED', 'MailApp', 'sendEmail')).toMatch(SCOPE.sendMail);
    expect(refusal('LIMITED', 'ScriptApp', 'newTrigger')).toMatch(SCOPE.scriptApp);
    expect(refusal('LIMITED', 'PropertiesService', 'getUserProperties')).toMatch(/permission/);
    expect(refusal('LIMITED', 'SpreadsheetApp', 'openById')).toMatch(SCOPE.spreadsheets);
  });

  it('in FULL, refuses calls whose scope the manifest does not list', () => {
    const scopes = [SCOPE.currentSpreadsheet, SCOPE.sendMail];
    expect(refusal('FULL', 'MailApp', 'sendEmail', scopes)).toBeUndefined();
    expect(refusal('FULL', 'Range', 'setValues', scopes)).toBeUndefined();
    expect(refusal('FULL', 'SpreadsheetApp', 'openById', scopes)).toMatch(SCOPE.spreadsheets);
    expect(refusal('FULL', 'ScriptApp', 'newTrigger', scopes)).toMatch(SCOPE.scriptApp);
    expect(refusal('FULL', 'Range', 'setValues', [SCOPE.spreadsheets])).toBeUndefined();
    expect(refusal('FULL', 'ScriptApp', 'newTrigger')).toBeUndefined();
  });
});
