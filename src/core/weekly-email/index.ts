// The weekly email: its period, who may receive it, what it says and how it renders, and the
// ledger that keeps every send exactly-once.
export { planTitle } from './content';
export { MAX_FAILURES_PER_RECIPIENT, closeRun, planDelivery } from './delivery';
export type { DeliveryPlan } from './delivery';
export {
  lastSentAt,
  markFailed,
  markPending,
  markSent,
  openLedger,
  serializeLedger,
} from './ledger';
export type { DeliveryLedger } from './ledger';
export { renderOwnerNote } from './owner-note';
export { digestPeriod, parseWeekday } from './period';
export type { DigestPeriod, LocalHour } from './period';
export { digestFor, prepareDigest } from './prepare';
export type { PreparedDigest } from './prepare';
export {
  addressKey,
  addressesToMail,
  approvalProblem,
  checkAddressToApprove,
  checkEmailAddress,
  isPublicMailDomain,
  normalizeApprovedDomain,
  resolveRecipients,
} from './recipients';
export type { Approvals } from './recipients';
export { renderDigest } from './render';
export { appendSendLog, makeSendLogEntry, parseSendLog } from './send-log';
export { makeDigestSnapshot, parseDigestSnapshot } from './snapshot';
export type { DigestSnapshot } from './snapshot';
export {
  STORE_LIMIT_BYTES,
  formatKb,
  prefixBytes,
  roomFor,
  storeBytes,
  utf8Length,
} from './storage';
