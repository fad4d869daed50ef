// How much the weekly email may keep, at most, so that its own data can never fill a store,
// however many months of weekly runs and however many recipients. Every value it writes is
// capped by the module that writes it (ledger, send log, snapshot chunks, display copy,
// approvals), and every key is either fixed or replaced in place, so the totals below hold for
// good; storage-budget.test.ts adds the caps up, and a year of weekly runs with 50 recipients
// (test/scenarios/digest/storage-year.test.ts) measures them.

/** The largest value the weekly email writes: 1 KB clear of the 9 KB a property value holds. */
export const MAX_OWN_VALUE_BYTES = 8 * 1024;

/** The weekly email's keys in one document's properties, together: under 10% of its 500 KB. */
export const DOCUMENT_BUDGET_BYTES = 48 * 1024;

/**
 * Per spreadsheet in the schedule owner's user properties (the approvals, and the notice of a
 * run that could not save). That store holds 500 KB across every file the owner uses the
 * add-on in, so approvals are capped per file (approvals-store.ts).
 */
export const USER_BUDGET_BYTES = 10 * 1024;
