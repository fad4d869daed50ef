// The OAuth scopes appsscript.json asks for: what the set-up check expects the user to have
// granted. A test holds this list to the manifest.
const AUTH = 'https://www.googleapis.com/auth/';

export const ADDON_SCOPES: readonly string[] = [
  `${AUTH}spreadsheets.currentonly`,
  `${AUTH}script.container.ui`,
  `${AUTH}script.send_mail`,
  `${AUTH}script.scriptapp`,
  `${AUTH}userinfo.email`,
];
