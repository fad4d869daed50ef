// The deal every emulator-backed browser test plays: an SE at Vendorly selling to Acme Corp, a
// spreadsheet in Berlin (the browser runs in Los Angeles, so a zone mix-up shows). Each test
// gets its own copy of the world (support/world.ts): a shared one would make tests depend on
// their order.
import type { Emulator } from '../../dev/emulator';
import type { CreatePlanOptions, DigestSettings } from '../../src/shared/api';
import { world } from '../support/world';

export const OWNER = 'sam@vendorly.example';
export const PROSPECT = 'pat@acme.example';
export const COLLEAGUE = 'alex@vendorly.example';
export const TIME_ZONE = 'Europe/Berlin';
/** A Monday morning, wall time in the spreadsheet's zone. */
export const START = '2026-11-02T09:00';

export const PLAN: CreatePlanOptions = {
  template: 'poc',
  customer: 'Acme Corp',
  vendor: 'Vendorly',
  signatureDate: '2027-01-29',
  goal: 'Replace the legacy tool before the Q2 audit',
  sellers: [{ name: 'Sam Lee', email: OWNER }],
};

export const MAP_TAB = `MAP – ${PLAN.customer}`;

export const WEEKLY: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendorly.example'],
};

export interface DealOptions {
  /** Wall time in Berlin. Default START. */
  now?: string;
  /** The SE created the plan earlier (tests of other screens start from here). */
  plan?: boolean;
  /** ...and switched the weekly email on. */
  digest?: boolean;
}

/** The deal's spreadsheet, shared with the prospect and the SE's colleague (who has the add-on). */
export function deal(options: DealOptions = {}): Emulator {
  return world({
    timeZone: TIME_ZONE,
    now: options.now ?? START,
    user: OWNER,
    editors: [PROSPECT, COLLEAGUE],
    authorizedUsers: [OWNER, COLLEAGUE],
    plan: options.plan || options.digest ? PLAN : undefined,
    digest: options.digest ? WEEKLY : undefined,
  }).em;
}
