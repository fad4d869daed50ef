// Who the add-on is running as, and whether that account still lets it work: the trigger's
// owner in a trigger, the clicking user in a sidebar or menu call.

/** The effective user's address as the session gives it ('' when Google does not say). */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}

export interface AuthorizationCheck {
  required: boolean;
  /** Where the user grants it again, when required. */
  url: string | null;
}

/**
 * An add-on whose scopes changed needs its user to authorize it again; until then its trigger
 * cannot do its work.
 */
export function authorizationCheck(): AuthorizationCheck {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const required =
    String(info.getAuthorizationStatus()) === String(ScriptApp.AuthorizationStatus.REQUIRED);
  return { required, url: required ? info.getAuthorizationUrl() : null };
}

/** Newer than the published typings: the overload taking scopes, and getAuthorizedScopes. */
interface ScopedAuthorizationInfo extends GoogleAppsScript.Script.AuthorizationInfo {
  getAuthorizedScopes?: () => string[] | null;
}
interface ScopedScriptApp {
  getAuthorizationInfo(
    mode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ): ScopedAuthorizationInfo;
}

/**
 * Whether the user must authorize again, and which of `scopes` they granted (null where the
 * runtime does not say). One call.
 */
export function authorizationOf(scopes: readonly string[]): {
  status: string;
  granted: string[] | null;
} {
  const app = ScriptApp as unknown as ScopedScriptApp;
  const info = app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...scopes]);
  const granted =
    typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  return {
    status: String(info.getAuthorizationStatus()),
    granted: granted ? [...granted].map(String) : null,
  };
}
