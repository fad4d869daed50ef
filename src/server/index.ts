// The add-on's public surface: every export becomes a top-level function in dist/Code.js.
// Nothing here may touch a service at load time (onOpen runs in AuthMode.NONE).

// The menu: simple triggers and the items' handlers.
export {
  onOpen,
  onInstall,
  showSidebar,
  showCreatePlan,
  refreshFormattingFromMenu,
  sendWeeklyUpdateFromMenu,
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
