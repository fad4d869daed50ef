// What one execution writes to the user's registry, decided without a service call: the plan's
// summary (skipped when only its time would change and it is recent), the deal's meta when the
// caller changed its triggers or archive state, and the stale keys pruneRegistry names.
import {
  encodeMeta,
  encodeRun,
  encodeSummary,
  pruneRegistry,
  type BackgroundRunInput,
  type DealMeta,
  type PortfolioSummary,
  type Registry,
} from '../../core/portfolio';

/**
 * An unchanged summary is written again once it is this old, so its age stays a sign of a plan
 * nobody opened (stale after 7 days, pruned after 45) without a write on every sidebar load.
 */
export const REPUBLISH_AFTER_MS = 6 * 3_600_000;

export interface RegistryChanges {
  writes: Record<string, string>;
  deletes: string[];
}

export interface PublishInput {
  spreadsheetId: string;
  registry: Registry;
  /** The user's properties as read this execution. */
  stored: Readonly<Record<string, string>>;
  summary: PortfolioSummary | null;
  /** The deal's new meta; undefined leaves the stored one alone. */
  meta?: DealMeta;
  /** The background run to record; undefined records none. */
  run?: BackgroundRunInput;
  nowMs: number;
}

export function registryChanges(input: PublishInput): RegistryChanges {
  const { spreadsheetId, registry, stored, summary, meta, run, nowMs } = input;
  const writes: Record<string, string> = {};
  if (summary !== null) {
    const entry = registry.entries.find((e) => e.spreadsheetId === spreadsheetId);
    const before = entry?.summary ?? null;
    // Only the edit trigger sees customer edits: other runs carry the last one forward.
    const merged = { ...summary, lastCustomerEdit: latest(summary.lastCustomerEdit, before) };
    // Encoded once with the stored time: equal text means nothing but the time would change.
    const recent = before !== null && nowMs - Date.parse(before.asOf) < REPUBLISH_AFTER_MS;
    const same = recent ? encodeSummary({ ...merged, asOf: before.asOf }) : null;
    if (same === null || same.value !== stored[same.key]) {
      const fresh = encodeSummary(merged);
      writes[fresh.key] = fresh.value;
    }
  }
  if (meta !== undefined) {
    const encoded = encodeMeta(spreadsheetId, meta);
    if (stored[encoded.key] !== encoded.value) writes[encoded.key] = encoded.value;
  }
  if (run !== undefined) {
    const encoded = encodeRun(spreadsheetId, run);
    const before = registry.entries.find((e) => e.spreadsheetId === spreadsheetId)?.run ?? null;
    // An hourly run that ends as the last one did is not news: its record is renewed only as
    // often as an unchanged summary is.
    const same =
      before !== null &&
      nowMs - Date.parse(before.at) < REPUBLISH_AFTER_MS &&
      encodeRun(spreadsheetId, { ...run, at: before.at }).value === stored[encoded.key];
    if (!same) writes[encoded.key] = encoded.value;
  }
  const deletes = pruneRegistry(registry, nowMs).filter((key) => !(key in writes));
  return { writes, deletes };
}

/** The later of a new customer edit and the stored summary's. */
function latest(edit: string | null, before: PortfolioSummary | null): string | null {
  const old = before?.lastCustomerEdit ?? null;
  if (edit === null) return old;
  if (old === null) return edit;
  return Date.parse(edit) >= Date.parse(old) ? edit : old;
}

/**
 * Whether this run publishes the plan: only its owner's runs do (the registry is the owner's
 * list of deals; a collaborator's run would put someone else's deal in their own list). The
 * owner is the header's Plan owner, or the user whose registry says they hold its triggers
 * (the header cell is user text a prospect can clear).
 */
export function publishesAsOwner(headerOwner: string, me: string, meta: DealMeta | null): boolean {
  if (me === '') return false;
  if (headerOwner.trim().toLowerCase() === me) return true;
  return meta !== null && (meta.triggers.length > 0 || meta.archived !== null);
}
