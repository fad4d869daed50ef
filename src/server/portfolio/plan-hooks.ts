// The one call each existing entry path makes into "Your deals": createPlan checks the trigger
// budget before it writes anything and records its trigger; getPlanStatus, refreshFormatting and
// the sidebar publish the plan they read; configureWeeklyDigest checks and records the clock
// trigger. Each hook reads the user's properties at most once (shared with the weekly email).
import { triggerLimitMessage, type ArchiveState } from '../../core/portfolio';
import type { SidebarState } from '../../shared/api';
import { readPlan, type PlanReading } from '../plan/read-plan';
import { isTriggerLimitError, myPlanTriggers } from '../platform/triggers';
import { metaWithCurrentTriggers, requireTriggerRoom } from './deal-triggers';
import { publishPlan } from './publish';
import { openUserRegistry } from './registry-store';
import { TriggerLimitError } from './trigger-room';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function archivedJson(state: ArchiveState | null): SidebarState['archived'] {
  return state && { outcome: state.outcome, at: state.at };
}
type Properties = GoogleAppsScript.Properties.Properties;

/**
 * createPlan, before it writes anything: the plan needs its edit trigger (Done stamping, slip
 * history, the customer's edits), so without room for it nothing is written and the seller is
 * told which deals hold the user's triggers. A plan without its trigger would look right and
 * silently stop stamping.
 */
export function requireRoomForPlan(ss: Spreadsheet): void {
  const hasEditTrigger = myPlanTriggers(ss).some((t) => t.kind === 'edit');
  requireTriggerRoom(openUserRegistry(), hasEditTrigger ? 0 : 1, 'plan');
}

/** createPlan: Google's limit error as our sentence (naming the plans), or null for any other. */
export function triggerLimitErrorOf(error: unknown): TriggerLimitError | null {
  if (error instanceof TriggerLimitError) return error;
  if (!isTriggerLimitError(error)) return null;
  return new TriggerLimitError('plan', triggerLimitMessage(openUserRegistry().registry));
}

/** createPlan, once written: the new plan and its trigger in the owner's registry. */
export function publishCreatedPlan(ss: Spreadsheet, props: Properties, now: Date): string[] {
  try {
    const reading = readPlan(ss, props, now);
    if (reading === null) return [];
    const entry =
      openUserRegistry().registry.entries.find((e) => e.spreadsheetId === ss.getId()) ?? null;
    const meta = metaWithCurrentTriggers({
      ss,
      customer: reading.header.customer,
      timeZone: reading.timeZone,
      entry,
    });
    const published = publishPlan({ ss, reading, now, meta });
    return published.warning ? [published.warning] : [];
  } catch (error) {
    console.error(`Your deals: the new plan was not published: ${String(error)}`);
    return [];
  }
}

/** getPlanStatus and refreshFormatting: the plan they read, published by its owner's runs. */
export function publishReading(ss: Spreadsheet, reading: PlanReading, now = new Date()): void {
  publishPlan({ ss, reading, now });
}

/** getSidebarState: publishes the plan and returns what the sidebar shows of this deal. */
export function publishForSidebar(
  ss: Spreadsheet,
  reading: PlanReading | null,
  me: string,
  now: Date,
): Pick<SidebarState, 'background' | 'archived'> {
  const { entry } = publishPlan({ ss, reading, now, me });
  const run = entry?.run ?? null;
  return {
    background: run && {
      at: run.at,
      ok: run.ok,
      outcome: run.outcome,
      hadDocument: run.hadDocument,
    },
    archived: archivedJson(entry?.meta?.archived ?? null),
  };
}
