import type { Stakeholder } from '../plan';
import type { RecipientJson } from '../../shared/api';
import {
  addressKey,
  type Approvals,
  normalizeApprovedDomain,
  resolveRecipients,
} from './recipients';
import { utf8Length } from './storage';

// The owner's approvals as stored (in the owner's user properties, per spreadsheet), and the
// display copy of them that collaborators read (in the document's properties).

export const NO_APPROVALS: Approvals = { emails: [], domains: [] };

/** A property value holds 9 KB; stay clear of it so the store's own error never reaches a user. */
export const MAX_APPROVALS_BYTES = 8 * 1024;

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

export function parseApprovals(raw: string | null | undefined): Approvals {
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

/** The stored form; refuses (changing nothing) a list too long for one property value. */
export function serializeApprovals(approvals: Approvals): string {
  const normal = normalizeApprovals(approvals);
  const text = JSON.stringify(normal);
  if (utf8Length(text) > MAX_APPROVALS_BYTES) {
    throw new RangeError(
      `Too many approvals to keep (${normal.emails.length} addresses, ${normal.domains.length} domains): approve whole domains instead of single addresses. Nothing was changed.`,
    );
  }
  return text;
}

// Collaborators cannot read the owner's approvals (user properties), yet their sidebar should
// say truthfully who gets the email. So whenever the owner's code resolves the recipients it
// leaves, in document properties, a display copy: whose approvals these are, which of the
// sheet's CURRENT addresses it checked and which of those are approved, and the domains the
// owner approved (so an address added later at an approved domain reads right too). Nothing
// that sends ever reads it, so editing it cannot make anyone receive mail: at worst a
// collaborator's sidebar shows a wrong chip.

/** Far below a property value's 9 KB: 50 recipients of 60 characters take about 6.5 KB. */
export const MAX_VIEW_CHARS = 8000;
const MAX_DOMAIN_CHARS = 1500;
const VIEW_VERSION = 2;

export interface ApprovedView {
  /** Whose approvals it copies (lower case). */
  owner: string;
  /** Current addresses the owner's approvals were checked against (lower case). */
  checked: string[];
  /** The subset of `checked` that will receive the email. */
  approved: string[];
  /** Domains the owner approved. */
  domains: string[];
}

export interface ViewSource {
  owner: string;
  /** The recipients as the owner's approvals resolved them. */
  recipients: readonly RecipientJson[];
  /** The owner's approved domains. */
  domains: readonly string[];
}

function sizeOf(value: string): number {
  return JSON.stringify(value).length + 1;
}

/** The view's stored JSON, bounded: an address that does not fit is left unchecked, never misreported. */
export function approvedViewOf(source: ViewSource): string {
  const view: ApprovedView = {
    owner: addressKey(source.owner),
    checked: [],
    approved: [],
    domains: [],
  };
  let domainChars = 0;
  for (const domain of [...source.domains].sort()) {
    domainChars += sizeOf(domain);
    if (domainChars > MAX_DOMAIN_CHARS) break;
    view.domains.push(domain);
  }
  let size = JSON.stringify({ v: VIEW_VERSION, ...view }).length;
  for (const r of source.recipients) {
    if (r.state === 'invalid') continue;
    const email = addressKey(r.email);
    const approved = r.state === 'will receive';
    const cost = sizeOf(email) * (approved ? 2 : 1);
    if (size + cost > MAX_VIEW_CHARS) break;
    size += cost;
    view.checked.push(email);
    if (approved) view.approved.push(email);
  }
  return JSON.stringify({ v: VIEW_VERSION, ...view });
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((x): x is string => typeof x === 'string').map(addressKey)
    : [];
}

/** The stored view, or null when absent or unreadable (then nothing is known). */
export function parseApprovedView(json: string | undefined): ApprovedView | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? 'null');
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== VIEW_VERSION || typeof r.owner !== 'string') return null;
  return {
    owner: addressKey(r.owner),
    checked: strings(r.checked),
    approved: strings(r.approved),
    domains: strings(r.domains),
  };
}

/**
 * The recipients as a collaborator sees them, from the owner's last display copy. An address
 * the copy does not cover (added since, or a copy left by a previous owner) is marked
 * `unchecked`: it is shown as not (yet) receiving, with who decides, never as approved.
 */
export function recipientsForViewer(
  stakeholders: readonly Stakeholder[],
  stored: ApprovedView | null,
  owner: string | null,
): RecipientJson[] {
  const view = stored && owner && stored.owner === addressKey(owner) ? stored : null;
  const resolved = resolveRecipients(
    stakeholders,
    { emails: view?.approved ?? [], domains: view?.domains ?? [] },
    owner ?? '',
  );
  const checked = new Set(view?.checked ?? []);
  return resolved.map((r) => {
    if (r.state !== 'waiting for approval') return r;
    if (!owner) return { ...r, reason: 'nobody runs the schedule yet' };
    if (checked.has(addressKey(r.email))) {
      return { ...r, reason: `waiting for ${owner} to approve it` };
    }
    return {
      ...r,
      unchecked: true,
      reason: `approval is managed by ${owner}, who has not checked this address yet`,
    };
  });
}
