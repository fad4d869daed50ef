// "Check set-up…": every platform assumption the add-on makes, checked live in this runtime.
// The facts are gathered once here (each service failure kept as a fact, never thrown) and
// judged by core. Nothing in the plan changes: the property probes delete what they wrote, the
// lock is given back at once, and the deals registry is only read.
import { intlWallTime, type WallTimeParts } from '../../core/dates';
import {
  type Gathered,
  type SelfCheckFacts,
  selfCheckDialogHtml,
  selfCheckReport,
  zoneProbePlan,
  type ZoneFacts,
} from '../../core/self-check';
import type { SelfCheckJson } from '../../shared/api';
import { platformWallTime } from '../platform/dates';
import { documentLockRoundTrip } from '../platform/lock';
import { remainingDailyQuota } from '../platform/mail';
import { documentProperties, propertyRoundTrip, userProperties } from '../platform/properties';
import { authorizationOf, effectiveUserEmail } from '../platform/session';
import { activeSpreadsheet } from '../platform/sheets';
import { countMyTriggers, myTriggersHere } from '../platform/triggers';
import { showHtmlDialog } from '../platform/ui';
import { openUserRegistry } from '../portfolio/registry-store';
import { ADDON_SCOPES } from './scopes';

/** The key the property probes write and delete; nothing else uses it. */
export const PROBE_KEY = 'map.selfCheck.probe';

export function runSelfCheck(): SelfCheckJson {
  return selfCheckReport(gatherFacts());
}

/** The menu item: the check in a dialog, with the report as text to copy. */
export function showSelfCheck(): void {
  const report = runSelfCheck();
  showHtmlDialog(selfCheckDialogHtml(report), 'Check set-up', 560, 520);
}

function gatherFacts(): SelfCheckFacts {
  const ss = activeSpreadsheet();
  const now = Date.now();
  const timeZone = ss.getSpreadsheetTimeZone();
  const probeValue = `set-up check ${new Date(now).toISOString()}`;
  const user = gather(effectiveUserEmail);
  return {
    now,
    timeZone,
    spreadsheetName: ss.getName(),
    user: user.ok ? user.value : '',
    zones: gather(() => zoneFacts(now, timeZone)),
    triggers: gather(() => ({ here: myTriggersHere(ss), total: countMyTriggers() })),
    documentProperties: propertyRoundTrip(documentProperties, PROBE_KEY, probeValue),
    userProperties: propertyRoundTrip(userProperties, PROBE_KEY, probeValue),
    lock: documentLockRoundTrip(),
    mailQuota: gather(remainingDailyQuota),
    backgroundRun: gather(() => {
      const id = ss.getId();
      return openUserRegistry().registry.entries.find((e) => e.spreadsheetId === id)?.run ?? null;
    }),
    authorization: gather(() => authorizationOf(ADDON_SCOPES)),
    requiredScopes: ADDON_SCOPES,
  };
}

function zoneFacts(now: number, timeZone: string): ZoneFacts {
  const plan = zoneProbePlan(now, timeZone);
  return {
    platformName: 'Utilities.formatDate',
    nextChange: plan.nextChange,
    probes: plan.probes.map(({ label, at }) => ({
      label,
      at,
      intl: gather<WallTimeParts>(() => intlWallTime(at, timeZone)),
      platform: gather<WallTimeParts>(() => platformWallTime(at, timeZone)),
    })),
  };
}

function gather<T>(read: () => T): Gathered<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
