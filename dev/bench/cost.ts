// The simulated cost of one Apps Script service call. An assumption, not a measurement: see
// docs/benchmark.md for the published figures it sits between (well under a millisecond for a
// write Apps Script caches, tens of milliseconds for a call that forces a round trip).
// Every ratio in the report compares call counts, so it does not depend on this number.
export const PER_CALL_MS = 10;

/** Apps Script's limit on one execution: a simulated time past it would not finish. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
