// Publishing: every execution that runs as the plan's owner in a plan leaves the plan's summary
// in the owner's registry (user properties), so "Your deals" can list it from any spreadsheet
// without opening this one. One read of the user's properties (shared with the weekly email's
// store), at most one write, none when nothing changed. Never throws: publishing is a side
// effect of the user's real request, which must not fail because of it.
import {
  summarizeForPortfolio,
  type BackgroundRunInput,
  type DealMeta,
  type Registry,
  type RegistryEntry,
} from '../../core/portfolio';
import { dealTitle, seInvolvedTest } from '../../core/plan';
import { addressKey } from '../../core/weekly-email';
import type { PlanReading } from '../plan/read-plan';
import { effectiveUserEmail } from '../platform/session';
import { publishesAsOwner, registryChanges } from './registry-changes';
import { openUserRegistry, saveChanges, type UserRegistry } from './registry-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PublishRequest {
  ss: Spreadsheet;
  /** The plan as this execution read it; null when there is none (only meta or run change). */
  reading: PlanReading | null;
  now: Date;
  /** The effective user, lower-case; read from the session when not given. */
  me?: string;
  /** The deal's new meta (triggers or archive state changed). */
  meta?: DealMeta;
  /** A background run to record. */
  run?: BackgroundRunInput;
  /** A customer edit this execution saw (ISO). */
  customerEdit?: string;
  /** Other user settings to save in the same write (the crunch threshold). */
  also?: Record<string, string>;
}

export interface Published {
  access: UserRegistry | null;
  registry: Registry | null;
  /** This deal's entry as the registry now holds it. */
  entry: RegistryEntry | null;
  /** What could not be saved, in words; null when all was. */
  warning: string | null;
}

const NOTHING: Published = { access: null, registry: null, entry: null, warning: null };

export function publishPlan(request: PublishRequest): Published {
  try {
    return publish(request);
  } catch (error) {
    console.error(`Your deals: publishing failed: ${String(error)}`);
    return NOTHING;
  }
}

function publish(request: PublishRequest): Published {
  const { ss, reading, now } = request;
  const me = request.me ?? addressKey(effectiveUserEmail());
  const access = openUserRegistry();
  const spreadsheetId = ss.getId();
  const entryOf = (registry: Registry): RegistryEntry | null =>
    registry.entries.find((e) => e.spreadsheetId === spreadsheetId) ?? null;
  const before = entryOf(access.registry);
  const owner = reading?.header.owner ?? '';
  const isOwner =
    request.meta !== undefined ||
    request.run !== undefined ||
    publishesAsOwner(owner, me, before?.meta ?? null);
  const also = request.also ?? {};
  if (!isOwner) {
    const saved = saveChanges(access, { writes: also, deletes: [] }, 'Your setting');
    return { access, registry: saved.registry, entry: before, warning: saved.warning };
  }
  const isSe = seInvolvedTest(reading?.plan.record.steps);
  const summary =
    reading === null
      ? null
      : summarizeForPortfolio({
          spreadsheetId,
          // The link is made from the id when shown: one call fewer on every publish.
          url: '',
          timeZone: reading.timeZone,
          header: reading.header,
          // A customer-side step the template marks as the SE's work is in the seller's weeks
          // (Vendor and Joint steps are there anyway).
          steps: reading.steps.map((step) =>
            step.side === 'Prospect' && isSe(step) ? { ...step, needsSeller: true } : step,
          ),
          asOf: now.getTime(),
          lastCustomerEdit: request.customerEdit ?? null,
        });
  const changes = registryChanges({
    spreadsheetId,
    registry: access.registry,
    stored: access.props.all(),
    summary,
    meta: request.meta,
    run: request.run,
    nowMs: now.getTime(),
  });
  const what = reading ? dealName(reading) : 'This deal';
  const saved = saveChanges(access, { ...changes, writes: { ...changes.writes, ...also } }, what);
  return {
    access,
    registry: saved.registry,
    entry: entryOf(saved.registry),
    warning: saved.warning,
  };
}

function dealName(reading: PlanReading): string {
  return dealTitle(reading.header.customer, reading.header.vendor) || reading.sheetName;
}
