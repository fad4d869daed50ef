// The weekly email's public functions, re-exported by src/server/index.ts under these names.
export { approveRecipients, configureWeeklyDigest } from './configure';
export { previewWeeklyDigest, sendTestDigestToMe, sendWeeklyDigestNow } from './send';
export { weeklyDigestTick } from './tick';
export { getSidebarState } from '../sidebar-state';
