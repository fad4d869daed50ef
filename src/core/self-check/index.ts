// The set-up check: whether the platform behaves as the add-on assumes (time zones, triggers,
// storage, the lock, mail quota, the last hourly run, permissions), judged from facts the server
// gathers once, and reported in words.
export { selfCheckItems, scopeName } from './checks';
export type { CheckItem, CheckResult } from './checks';
export { zoneProbePlan } from './probes';
export type { ProbePlan } from './probes';
export { selfCheckDialogHtml, selfCheckReport } from './report';
export type {
  AuthorizationFacts,
  Gathered,
  LockFacts,
  PropertyRoundTrip,
  SelfCheckFacts,
  TriggerFact,
  TriggerFacts,
  ZoneFacts,
  ZoneProbe,
} from './facts';
