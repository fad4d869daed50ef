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
