// The add-on's public surface: every export becomes a top-level function in dist/Code.js.
// Nothing here may touch a service at load time (onOpen runs in AuthMode.NONE).
import { checkZonesOnFirstConversion } from './platform/dates';

// The one thing done at load: each execution's first date conversion will compare Intl with
// Utilities.formatDate (touching nothing until then) and keep whichever is right.
checkZonesOnFirstConversion();

// The menu: simple triggers and the items' handlers.
export {
  onOpen,
  onInstall,
  showSidebar,
  showCreatePlan,
  refreshFormattingFromMenu,
  sendWeeklyUpdateFromMenu,
  checkSetUpFromMenu,
} from './menu';

// The plan: scaffold, formatting, status, and the owner's installable edit trigger.
export {
  createPlan,
  previewSchedule,
  refreshFormatting,
  getPlanStatus,
  selectStepRow,
  onPlanEdit,
  replan,
  previewReplan,
} from './plan';

// The weekly email and the sidebar's one-call load.
export {
  configureWeeklyDigest,
  approveRecipients,
  withdrawApprovals,
  previewWeeklyDigest,
  sendWeeklyDigestNow,
  sendTestDigestToMe,
  weeklyDigestTick,
  getSidebarState,
} from './weekly-email';

// "Your deals": the seller's plans across spreadsheets, from their own registry.
export { getPortfolio, archiveDeal, reopenDeal, writeMyDealsSheet } from './portfolio';

// The set-up check: every platform assumption the add-on makes, checked live, in words.
export { runSelfCheck } from './self-check';
