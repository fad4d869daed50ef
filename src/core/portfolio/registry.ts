// The registry as read from the user's properties in one getProperties() call: one entry per
// deal holding whatever of its summary, meta and run could be read, and every value that could
// not, with the reason. Reading never throws; what to delete is decided by pruneRegistry.
import { utf8Length } from '../weekly-email';
import type { Decoded } from './decode';
import { msOf } from './decode';
import { parseRegistryKey, registryKey, type RegistryKind } from './keys';
import { decodeMeta, type DealMeta } from './meta';
import { decodeRun, type BackgroundRun } from './run';
import type { PortfolioSummary } from './summary';
import { decodeSummary } from './summary-codec';

export interface RegistryEntry {
  spreadsheetId: string;
  summary: PortfolioSummary | null;
  meta: DealMeta | null;
  run: BackgroundRun | null;
}

export interface UnreadableValue {
  key: string;
  /** The deal the key names, or null when the key itself is not one we write. */
  spreadsheetId: string | null;
  kind: RegistryKind | null;
  problem: string;
  /** Written by a newer add-on version: kept, and read again after an update. */
  newer: boolean;
}

export interface Registry {
  /** Deals with at least one readable value, by spreadsheet id. */
  entries: RegistryEntry[];
  unreadable: UnreadableValue[];
  /** UTF-8 bytes of the registry's keys and values: its share of the user's 500 KB. */
  bytes: number;
  /** UTF-8 bytes of every user property, the registry's and other features'. */
  storeBytes: number;
}

export function readRegistry(properties: Readonly<Record<string, string>>): Registry {
  const entries = new Map<string, RegistryEntry>();
  const unreadable: UnreadableValue[] = [];
  let bytes = 0;
  let allBytes = 0;
  for (const key of Object.keys(properties).sort()) {
    const text = String(properties[key]);
    const size = utf8Length(key) + utf8Length(text);
    allBytes += size;
    const parsed = parseRegistryKey(key);
    if (parsed === null) continue;
    bytes += size;
    const { spreadsheetId, kind } = parsed;
    if (kind === null) {
      unreadable.push({
        key,
        spreadsheetId: spreadsheetId || null,
        kind,
        problem: 'is not a kind of value this version keeps',
        newer: spreadsheetId !== '',
      });
      continue;
    }
    let entry = entries.get(spreadsheetId);
    if (!entry) {
      entry = { spreadsheetId, summary: null, meta: null, run: null };
      entries.set(spreadsheetId, entry);
    }
    const decoded = readInto(entry, kind, text);
    if (!decoded.ok) {
      unreadable.push({ key, spreadsheetId, kind, problem: decoded.problem, newer: decoded.newer });
    }
  }
  return {
    entries: [...entries.values()].filter((e) => e.summary || e.meta || e.run),
    unreadable,
    bytes,
    storeBytes: allBytes,
  };
}

/** Decodes one value into its place in the entry; what could not be read is left null. */
function readInto(entry: RegistryEntry, kind: RegistryKind, text: string): Decoded<unknown> {
  if (kind === 'summary') {
    const decoded = decodeSummary(entry.spreadsheetId, text);
    if (decoded.ok) entry.summary = decoded.value;
    return decoded;
  }
  if (kind === 'meta') {
    const decoded = decodeMeta(text);
    if (decoded.ok) entry.meta = decoded.value;
    return decoded;
  }
  const decoded = decodeRun(text);
  if (decoded.ok) entry.run = decoded.value;
  return decoded;
}

/**
 * A summary no execution refreshed for this long belongs to a deal that is over or abandoned
 * (an open plan republishes on every edit, sidebar load and hourly tick): it would only
 * mislead, and it holds room in the user's 500 KB of properties.
 */
export const PRUNE_AFTER_DAYS = 45;

const MS_PER_DAY = 86_400_000;

/**
 * The keys to delete: summaries older than PRUNE_AFTER_DAYS with their run, meta and run keys
 * of deals that have no summary, and unreadable values older versions wrote. A meta that still
 * lists triggers is kept: those triggers count against the user's 20 until someone removes them.
 */
export function pruneRegistry(registry: Registry, now: string | number): string[] {
  const nowMs = msOf(now);
  const keys: string[] = [];
  const unreadableSummaries = new Set(
    registry.unreadable.filter((u) => u.kind === 'summary').map((u) => u.spreadsheetId),
  );
  for (const u of registry.unreadable) if (!u.newer) keys.push(u.key);
  for (const entry of registry.entries) {
    const { spreadsheetId, summary, meta, run } = entry;
    const old = summary !== null && nowMs - msOf(summary.asOf) > PRUNE_AFTER_DAYS * MS_PER_DAY;
    // An unreadable summary still counts as one here: it goes first, its meta in a later pass.
    const orphan = summary === null && !unreadableSummaries.has(spreadsheetId);
    if (!old && !orphan) continue;
    if (old) keys.push(registryKey(spreadsheetId, 'summary'));
    if (run !== null) keys.push(registryKey(spreadsheetId, 'run'));
    if (meta !== null && meta.triggers.length === 0) keys.push(registryKey(spreadsheetId, 'meta'));
  }
  return keys.sort();
}

/**
 * The deal whose meta lists this trigger: how a clock run that started without its document
 * learns which plan it serves, to record its run there. Null when no deal lists it.
 */
export function dealOfTrigger(registry: Registry, triggerUid: string): string | null {
  const entry = registry.entries.find((e) => e.meta?.triggers.some((t) => t.id === triggerUid));
  return entry ? entry.spreadsheetId : null;
}
