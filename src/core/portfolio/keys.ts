// Where the registry lives in the user's properties. Each deal owns three keys, one per writer,
// so every writer replaces one value whole and never has to read another writer's value first:
//   map.deal.<spreadsheetId>.summary  the plan at a glance (published by owner executions)
//   map.deal.<spreadsheetId>.meta     trigger ids and archive state (trigger bookkeeping)
//   map.deal.<spreadsheetId>.run      the last background run (the hourly weekly-email tick)
// User properties are shared by all of the user's files for the add-on, so other features may
// keep their own keys beside these (the weekly email's approvals are map.digest.approvals.*):
// anything outside the prefix is not ours and is ignored.
import { VALUE_LIMIT_BYTES } from '../weekly-email';

export const REGISTRY_PREFIX = 'map.deal.';

export const REGISTRY_KINDS = ['summary', 'meta', 'run'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** Google's limit for one property value, in UTF-8 bytes. Every registry value stays under it. */
export const PROPERTY_VALUE_LIMIT_BYTES = VALUE_LIMIT_BYTES;

// Drive file ids are letters, digits, '-' and '_'; anything else could not come from
// Spreadsheet.getId() and would make keys ambiguous (a '.' would split differently).
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function isSpreadsheetId(value: unknown): value is string {
  return typeof value === 'string' && SPREADSHEET_ID.test(value);
}

/** Throws a RangeError for an id no spreadsheet can have: it is a caller's bug, said plainly. */
export function requireSpreadsheetId(value: unknown): string {
  if (!isSpreadsheetId(value)) {
    throw new RangeError(
      `Spreadsheet id ${JSON.stringify(value)} is not a Google Sheets file id (letters, digits, - and _).`,
    );
  }
  return value;
}

export function registryKey(spreadsheetId: string, kind: RegistryKind): string {
  return `${REGISTRY_PREFIX}${requireSpreadsheetId(spreadsheetId)}.${kind}`;
}

export interface ParsedRegistryKey {
  spreadsheetId: string;
  /** null for a key under our prefix whose kind this version does not know. */
  kind: RegistryKind | null;
}

/** The deal and kind a key names; null for keys that are not under the registry's prefix. */
export function parseRegistryKey(key: string): ParsedRegistryKey | null {
  if (!key.startsWith(REGISTRY_PREFIX)) return null;
  const rest = key.slice(REGISTRY_PREFIX.length);
  const dot = rest.lastIndexOf('.');
  const spreadsheetId = dot < 0 ? rest : rest.slice(0, dot);
  const kind = dot < 0 ? '' : rest.slice(dot + 1);
  if (!isSpreadsheetId(spreadsheetId)) return { spreadsheetId: '', kind: null };
  return {
    spreadsheetId,
    kind: (REGISTRY_KINDS as readonly string[]).includes(kind) ? (kind as RegistryKind) : null,
  };
}

/** The URL of a spreadsheet from its id, for entries that carry no (usable) URL. */
export function spreadsheetUrlOf(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${requireSpreadsheetId(spreadsheetId)}/edit`;
}
