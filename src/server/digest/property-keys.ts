// Where the weekly email keeps its state in DOCUMENT properties (shared by everyone using the
// add-on in this file, so a collaborator sees who owns the schedule and what was sent). Nothing
// here decides who may be mailed: approvals live in the owner's user properties.

/** Every document key the weekly email writes starts with this. */
export const DIGEST_KEY_PREFIX = 'map.digest.';

export const KEYS = {
  settings: 'map.digest.settings',
  owner: 'map.digest.owner',
  ledger: 'map.digest.ledger',
  snapshot: 'map.digest.snapshot',
  log: 'map.digest.log',
  notices: 'map.digest.notices',
  approvedView: 'map.digest.approvedView',
} as const;
