// "Your deals": the per-user registry every plan publishes its summary to (bounded, versioned,
// one value per writer), the portfolio computed from it for any day, the trigger budget the
// plans share, and archive state.
export { dealStatusOn } from './deal';
export type { DealStatus } from './deal';
export { PROPERTY_VALUE_LIMIT_BYTES, REGISTRY_PREFIX, registryKey, spreadsheetUrlOf } from './keys';
export {
  ARCHIVE_OUTCOMES,
  archivedMeta,
  dealMeta,
  encodeMeta,
  reopenedMeta,
  requireArchiveOutcome,
} from './meta';
export type { ArchiveOutcome, ArchiveState, DealMeta, DealMetaInput, DealTrigger } from './meta';
export { portfolioOf } from './portfolio';
export type { PortfolioOptions } from './portfolio';
export { PRUNE_AFTER_DAYS, dealOfTrigger, pruneRegistry, readRegistry } from './registry';
export type { Registry, RegistryEntry, UnreadableValue } from './registry';
export { backgroundRun, encodeRun } from './run';
export type { BackgroundRun, BackgroundRunInput } from './run';
export { summarizeForPortfolio } from './summary';
export type { PortfolioStepInput, PortfolioSummary, PortfolioSummaryInput } from './summary';
export { SUMMARY_MAX_BYTES, encodeSummary } from './summary-codec';
export type { RegistryWrite } from './summary-codec';
export { TRIGGER_LIMIT, canAddTriggers, triggerBudget, triggerLimitMessage } from './triggers';
export type { TriggerBudget, TriggerDecision } from './triggers';
