import {
  type Approvals,
  parseApprovals,
  parseStoreNotice,
  serializeApprovals,
  type StoreNotice,
} from '../../../core/weekly-email';
import { ReadOnceProperties, userProperties } from '../../platform/properties';

// The weekly email's state in the schedule owner's USER properties, keyed by spreadsheet id: a
// prospect can edit the sheet and (with the add-on) document properties, but never another
// user's properties, so nobody but the owner can make the owner's account mail a new address.
// It holds the owner's approvals and the notice of a run that could not save (which cannot live
// in the document store, since that is what failed). One typed read, one batched write.

const APPROVALS_PREFIX = 'map.digest.approvals.';
const STORE_NOTICE_PREFIX = 'map.digest.storeNotice.';

export function approvalsKey(spreadsheetId: string): string {
  return APPROVALS_PREFIX + spreadsheetId;
}

export function storeNoticeKey(spreadsheetId: string): string {
  return STORE_NOTICE_PREFIX + spreadsheetId;
}

export interface UserStore {
  /** The running user's approvals for this spreadsheet (what counts when they own the schedule). */
  approvals: Approvals;
  storeNotice: StoreNotice | null;
}

/** The running user's properties for one execution, read with one getProperties() call. */
export function openUserProperties(): ReadOnceProperties {
  return new ReadOnceProperties(userProperties());
}

export function readUserStore(props: ReadOnceProperties, spreadsheetId: string): UserStore {
  return {
    approvals: parseApprovals(props.get(approvalsKey(spreadsheetId))),
    storeNotice: parseStoreNotice(props.get(storeNoticeKey(spreadsheetId))),
  };
}

/** A `storeNotice` of null removes the notice. */
export type UserChanges = Partial<UserStore>;

/**
 * One setProperties (or setProperty) for what changed, and a deleteProperty for a notice that
 * is done with; returns the store as it now reads. Too many approvals throw before anything is
 * written; a failed write throws the service's error.
 */
export function writeUserStore(
  props: ReadOnceProperties,
  spreadsheetId: string,
  changes: UserChanges,
): UserStore {
  const writes: Record<string, string> = {};
  const deletes: string[] = [];
  if (changes.approvals)
    writes[approvalsKey(spreadsheetId)] = serializeApprovals(changes.approvals);
  if (changes.storeNotice) {
    writes[storeNoticeKey(spreadsheetId)] = JSON.stringify(changes.storeNotice);
  } else if (changes.storeNotice === null) {
    deletes.push(storeNoticeKey(spreadsheetId));
  }
  for (const [key, value] of Object.entries(writes)) {
    if (props.get(key) === value) delete writes[key];
  }
  props.set(writes);
  props.delete(deletes);
  return readUserStore(props, spreadsheetId);
}
