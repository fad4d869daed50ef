// Who the add-on is running as: the trigger's owner in a trigger, the clicking user in a
// sidebar or menu call.

/** The effective user's address as the session gives it ('' when Google does not say). */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}
