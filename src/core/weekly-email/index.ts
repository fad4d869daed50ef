// The weekly email: its schedule and period, who may receive it, what it says and how it
// renders, the ledger that keeps every send exactly-once, and what the owner is told.
export {
  blockedNote,
  digestBanner,
  planGoneNote,
  reauthorizeNote,
  storeNoticeBanner,
  storeNoticeNote,
} from './alerts';
export type { BannerFacts, PlainNote } from './alerts';
export {
  MAX_APPROVALS_BYTES,
  MAX_VIEW_CHARS,
  NO_APPROVALS,
  approvedViewOf,
  normalizeApprovals,
  parseApprovals,
  parseApprovedView,
  recipientsForViewer,
  serializeApprovals,
} from './approvals';
export type { ApprovedView } from './approvals';
export { planTitle } from './content';
export {
  MAX_FAILURES_PER_RECIPIENT,
  MAX_RECIPIENTS_PER_PLAN,
  closeRun,
  ledgerIfAllSent,
  planDelivery,
  tooManyRecipientsMessage,
} from './delivery';
export type { DeliveryLimit, DeliveryPlan } from './delivery';
export { nobodyReason, reachNow, sendNowQuestion } from './reach';
export type { Reach } from './reach';
export {
  lastSentAt,
  markFailed,
  markPending,
  markSent,
  openLedger,
  serializeLedger,
} from './ledger';
export type { DeliveryLedger } from './ledger';
export {
  MAX_UNREADABLE_CHARS,
  NO_NOTICES,
  mergeNotices,
  nextStoreNotice,
  parseNotices,
  parseStoreNotice,
  serializeNotices,
} from './notices';
export type { FailureFacts, Notices, StoreNotice } from './notices';
export { renderOwnerNote, shortEmailPage } from './owner-note';
export { isPublicMailDomain, publicDomainMessage } from './public-domains';
export { digestPeriod, parsePlanHolidays, parseWeekday, sendDayOf } from './period';
export type { DigestPeriod, LocalHour } from './period';
export { digestFor, prepareDigest } from './prepare';
export type { PreparedDigest } from './prepare';
export {
  addressKey,
  addressesToMail,
  approvalProblem,
  checkAddressToApprove,
  checkEmailAddress,
  isApproved,
  domainOf,
  honouredDomains,
  ignoredDomainApprovals,
  normalizeApprovedDomain,
  resolveRecipients,
} from './recipients';
export type { Approvals } from './recipients';
export { renderDigest } from './render';
export type { RenderedEmail } from './render';
export { isLogNews, reportMessage, sendReport, skippedParts } from './run-report';
export type { DeliveryTrigger, RunFacts } from './run-report';
export {
  DEFAULT_SCHEDULE,
  instantOfLocalHour,
  isScheduleOwner,
  localHourOf,
  nextSchedule,
  NO_REMINDERS,
  parseSchedule,
  periodNow,
  REMINDER_DAYS_BEFORE,
  reminderSettingsProblem,
  serializeSchedule,
  validateSettings,
} from './digest-schedule';
export type {
  PeriodNow,
  PeriodOptions,
  ReminderSettings,
  ScheduleConfig,
  ScheduleSettings,
} from './digest-schedule';
export { appendSendLog, makeSendLogEntry, parseSendLog } from './send-log';
export {
  baselineFor,
  closedSnapshotRecord,
  hasClosed,
  makeDigestSnapshot,
  parseDigestSnapshot,
  parseSnapshotRecord,
} from './snapshot';
export type { DigestSnapshot, SnapshotRecord } from './snapshot';
export {
  STORE_LIMIT_BYTES,
  VALUE_LIMIT_BYTES,
  formatKb,
  prefixBytes,
  refusedWrite,
  roomFor,
  storeBytes,
  utf8Length,
  writeRefusalWords,
} from './storage';
export { MAX_SUBJECT_LENGTH } from './document';
export type { WriteRefusal } from './storage';
