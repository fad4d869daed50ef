// Approvals live in the schedule owner's USER properties, keyed by spreadsheet id: a prospect can
// edit the sheet and (with the add-on) document properties, but never another user's properties,
// so nobody but the owner can make the owner's account mail a new address.
import { utf8Length } from '../../core/delivery/utf8-length';
import { addressKey } from '../../core/recipients/email-address';
import { normalizeApprovedDomain, type Approvals } from '../../core/recipients/approval';

const PREFIX = 'map.digest.approvals.';

export const NO_APPROVALS: Approvals = { emails: [], domains: [] };

function keyFor(spreadsheetId: string): string {
  return PREFIX + spreadsheetId;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort();
}

/** Lower-cased, deduplicated approvals: what is stored and compared. */
export function normalizeApprovals(a: {
  emails?: readonly string[];
  domains?: readonly string[];
}): Approvals {
  return {
    emails: uniqueSorted((a.emails ?? []).map((e) => addressKey(String(e)))),
    domains: uniqueSorted((a.domains ?? []).map((d) => normalizeApprovedDomain(String(d)))),
  };
}

function parseApprovals(raw: string | null): Approvals {
  if (!raw) return NO_APPROVALS;
  try {
    const value = JSON.parse(raw) as { emails?: unknown; domains?: unknown };
    const list = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    return normalizeApprovals({ emails: list(value.emails), domains: list(value.domains) });
  } catch {
    return NO_APPROVALS;
  }
}

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The CURRENT user's approvals for this spreadsheet (only meaningful when they own the
 * schedule). `user` is their user store, when the caller already holds it.
 */
export function readMyApprovals(
  spreadsheetId: string,
  user: Properties = PropertiesService.getUserProperties(),
): Approvals {
  return parseApprovals(user.getProperty(keyFor(spreadsheetId)));
}

/** A property value holds 9 KB; stay clear of it so the store's own error never reaches a user. */
export const MAX_APPROVALS_BYTES = 8 * 1024;

export function writeMyApprovals(
  spreadsheetId: string,
  approvals: Approvals,
  user: Properties = PropertiesService.getUserProperties(),
): void {
  const normal = normalizeApprovals(approvals);
  const text = JSON.stringify(normal);
  if (utf8Length(text) > MAX_APPROVALS_BYTES) {
    throw new RangeError(
      `Too many approvals to keep (${normal.emails.length} addresses, ${normal.domains.length} domains): approve whole domains instead of single addresses. Nothing was changed.`,
    );
  }
  user.setProperty(keyFor(spreadsheetId), text);
}
