// The weekly email's public functions, re-exported by src/server/index.ts. Each is a thin entry
// point; the work is in the modules beside it.
import type {
  DigestEmailJson,
  DigestSettings,
  DigestStateJson,
  SendReportJson,
  SidebarState,
} from '../../shared/api';
import { getSidebarState as sidebarState } from '../sidebar-state';
import { approveAddresses, configureDigest } from './configure';
import { previewDigest, sendDigestNow, sendTestDigest } from './send';
import { runTick } from './tick';

/** DESIGN §4. `takeOver: true` lets a collaborator take the schedule from its current owner. */
export function configureWeeklyDigest(
  settings: DigestSettings & { takeOver?: boolean },
): DigestStateJson {
  return configureDigest(settings);
}

export function approveRecipients(emails: string[]): DigestStateJson {
  return approveAddresses(emails);
}

export function previewWeeklyDigest(): DigestEmailJson[] {
  return previewDigest();
}

export function sendWeeklyDigestNow(): SendReportJson {
  return sendDigestNow();
}

export function sendTestDigestToMe(): SendReportJson {
  return sendTestDigest();
}

/** The hourly time-driven trigger's handler (installed by configureWeeklyDigest). */
export function weeklyDigestTick(_e?: GoogleAppsScript.Events.TimeDriven): void {
  runTick();
}

export function getSidebarState(): SidebarState {
  return sidebarState();
}
