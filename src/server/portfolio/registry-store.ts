// The user's registry for one execution: read with the execution's one getProperties() call,
// written with at most one setProperties (plus a delete per pruned key, rare). A store that
// refuses the write (full, or the service failing) never reaches the user as an exception: the
// registry this execution shows holds the change anyway, and a warning says what was not saved.
import { readRegistry, type Registry } from '../../core/portfolio';
import { formatKb, STORE_LIMIT_BYTES } from '../../core/weekly-email';
import {
  executionUserProperties,
  type ReadOnceProperties,
  StoreRoomError,
} from '../platform/properties';
import type { RegistryChanges } from './registry-changes';

export interface UserRegistry {
  props: ReadOnceProperties;
  registry: Registry;
}

export function openUserRegistry(): UserRegistry {
  const props = executionUserProperties();
  return { props, registry: readRegistry(props.all()) };
}

export interface SaveResult {
  registry: Registry;
  /** Set when the store refused the write: what was not saved, in words. */
  warning: string | null;
}

/** Writes the changes (nothing when empty) and returns the registry as it now stands. */
export function saveChanges(
  access: UserRegistry,
  changes: RegistryChanges,
  what: string,
): SaveResult {
  const { props } = access;
  let failure: unknown = null;
  const attempt = (work: () => boolean): void => {
    if (failure !== null) return;
    try {
      work();
    } catch (error) {
      failure = error;
    }
  };
  attempt(() => props.set(changes.writes));
  attempt(() => props.delete(changes.deletes));
  if (failure === null) {
    access.registry = readRegistry(props.all());
    return { registry: access.registry, warning: null };
  }
  console.error(`Your deals: ${what} not saved: ${String(failure)}`);
  // Shown as if saved, so the list this execution returns is still right about this deal.
  const shown: Record<string, string> = { ...props.all(), ...changes.writes };
  const registry = readRegistry(shown);
  const why =
    failure instanceof StoreRoomError
      ? 'there is no room for it in'
      : 'Google refused the write to';
  return { registry, warning: notSavedMessage(what, registry.storeBytes, why) };
}

export function notSavedMessage(
  what: string,
  storeBytes: number,
  why = 'Google refused the write to',
): string {
  return `${what} could not be saved to your deals list: ${why} your add-on settings (${formatKb(storeBytes)} of the ${formatKb(STORE_LIMIT_BYTES)} it keeps per user in use). It is shown here from this spreadsheet; archive closed deals to make room.`;
}
