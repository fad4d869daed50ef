// The weekly email's public functions (configureWeeklyDigest, previewWeeklyDigest,
// sendWeeklyDigestNow, weeklyDigestTick, ...), re-exported by src/server/index.ts.
export {};
