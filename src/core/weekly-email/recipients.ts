import type { Stakeholder } from '../plan';
import type { RecipientJson } from '../../shared/api';
import { isPublicMailDomain, publicDomainMessage } from './public-domains';

// A practical subset of RFC 5322 addresses: dot-atom local part and a DNS host name. Quoted
// local parts, comments and IP-literal domains are valid in the RFC but almost never real, and
// refusing them keeps the rule easy to explain in the sidebar ("why is this invalid?").

export type AddressCheck = { ok: true; email: string } | { ok: false; reason: string };

const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TOP_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

/** Checks one address as typed in a cell; on success returns it trimmed (case kept). */
export function checkEmailAddress(raw: unknown): AddressCheck {
  const email = typeof raw === 'string' ? raw.trim() : '';
  if (email === '') return fail('no address');
  if (/^mailto:/i.test(email)) return fail('remove the "mailto:" prefix');
  if (/[<>]/.test(email)) return fail('write only the address, without a name or < >');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(email)) {
    return fail('contains invisible characters');
  }
  if (/\s/.test(email)) return fail('contains a space');
  if (/[^\x21-\x7e]/.test(email)) return fail('contains non-ASCII characters');
  if (email.length > MAX_ADDRESS) return fail(`longer than ${MAX_ADDRESS} characters`);

  const at = email.indexOf('@');
  if (at < 0) return fail('missing @');
  if (email.indexOf('@', at + 1) >= 0) return fail('more than one @');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);

  const localProblem = checkLocal(local);
  if (localProblem) return fail(localProblem);
  const domainProblem = checkDomain(domain);
  if (domainProblem) return fail(domainProblem);
  return { ok: true, email };
}

/** The form addresses are compared and stored in: trimmed and lower-case. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The domain of an address, lower-case ('' when there is no @). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : addressKey(email.slice(at + 1));
}

function checkLocal(local: string): string | null {
  if (local === '') return 'nothing before @';
  if (local.length > MAX_LOCAL) return `part before @ is longer than ${MAX_LOCAL} characters`;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'misplaced dot before @';
  }
  for (const c of local) {
    if (c !== '.' && !ATEXT.test(c)) return `"${c}" is not allowed before @`;
  }
  return null;
}

function checkDomain(domain: string): string | null {
  if (domain === '') return 'nothing after @';
  if (domain.startsWith('[')) return 'IP-address domains are not supported';
  if (domain.length > MAX_DOMAIN) return `domain is longer than ${MAX_DOMAIN} characters`;
  const labels = domain.split('.');
  if (labels.length < 2) return 'domain has no dot (like example.com)';
  for (const label of labels) {
    if (label === '') return 'misplaced dot in the domain';
    if (label.length > MAX_LABEL) return 'a domain part is longer than 63 characters';
    if (!LABEL.test(label)) {
      return label.startsWith('-') || label.endsWith('-')
        ? 'a domain part starts or ends with a hyphen'
        : `"${label}" is not a valid domain part`;
    }
  }
  if (!TOP_LABEL.test(labels[labels.length - 1])) return 'domain ending is not valid';
  return null;
}

function fail(reason: string): AddressCheck {
  return { ok: false, reason };
}

// The schedule owner's approvals: only approved addresses are mailed, because prospects can
// edit the stakeholder list and must not be able to make the owner's account mail outsiders.

export interface Approvals {
  emails: readonly string[];
  domains: readonly string[];
}

/**
 * A domain approval as entered ("@Vendor.example", " vendor.example. ") reduced to the bare
 * lower-case domain it means. It covers exactly that domain: not subdomains, not look-alikes.
 */
export function normalizeApprovedDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '');
}

/**
 * Why an approval as typed cannot be kept, or null when it can (an empty entry approves
 * nothing and is simply dropped). An approval that could never match an address (a typo, a
 * wildcard) must be refused aloud: silently keeping it would let the owner believe people are
 * approved who will never get the email.
 */
export function approvalProblem(kind: 'email' | 'domain', value: string): string | null {
  if (value.trim() === '') return null;
  if (kind === 'email') {
    const check = checkEmailAddress(value);
    return check.ok ? null : `'${clip(value)}' is not an email address (${check.reason})`;
  }
  const check = checkEmailAddress(`x@${normalizeApprovedDomain(value)}`);
  if (!check.ok) return `'${clip(value)}' is not a domain like vendor.example`;
  return isPublicMailDomain(value) ? publicDomainMessage(value) : null;
}

/**
 * An address given to approve on its own, checked. A whole domain ("@acme.example" or
 * "acme.example") is refused with the way to approve one: approving an address must never turn
 * into approving everyone a prospect may later type at that domain, so that wider decision is
 * made where the owner sees the list of approved domains.
 */
export function checkAddressToApprove(raw: string): AddressCheck {
  const check = checkEmailAddress(raw);
  if (check.ok) return check;
  const text = raw.trim();
  const domain = normalizeApprovedDomain(text);
  const domainOnly = text.startsWith('@') || !text.includes('@');
  if (domainOnly && domain !== '' && isPublicMailDomain(domain)) {
    return { ok: false, reason: `that is a whole domain, and ${publicDomainMessage(domain)}` };
  }
  if (domainOnly && domain !== '' && approvalProblem('domain', text) === null) {
    return {
      ok: false,
      reason:
        `that is a whole domain, not one address: to approve everyone at ${domain}, use ` +
        `"Approve everyone at ${domain}" in the sidebar (approvedDomains in configureWeeklyDigest)`,
    };
  }
  return check;
}

function clip(value: string): string {
  const text = value.trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function isApproved(email: string, approvals: Approvals, ownerEmail: string): boolean {
  const key = addressKey(email);
  if (key === '') return false;
  // The owner mails themselves from their own account: no approval is needed for that.
  if (ownerEmail.trim() !== '' && key === addressKey(ownerEmail)) return true;
  if (approvals.emails.some((e) => addressKey(e) === key)) return true;
  const domain = domainOf(key);
  // A public provider approved as a whole (allowed by an earlier version) approves nobody.
  if (domain === '' || isPublicMailDomain(domain)) return false;
  return approvals.domains.some((d) => normalizeApprovedDomain(d) === domain);
}

/** The stored domain approvals that are honoured (public mail providers are not). */
export function honouredDomains(approvals: Approvals): string[] {
  return approvals.domains.filter((d) => !isPublicMailDomain(d));
}

/** The stored domain approvals no longer honoured, each with why. */
export function ignoredDomainApprovals(
  approvals: Approvals,
): { domain: string; message: string }[] {
  return approvals.domains
    .filter((d) => isPublicMailDomain(d))
    .map((domain) => ({
      domain,
      message: `${publicDomainMessage(domain)}; this approval is no longer honoured`,
    }));
}

/** What the owner can do about an address that is waiting, said in one line. */
export function approvalReason(email: string): string {
  const domain = domainOf(email);
  if (isPublicMailDomain(domain)) return 'not approved yet: approve this address';
  return `not approved yet: approve this address or the domain @${domain}`;
}

// Apps Script mail refuses more than 50 recipients in one message; any message that lists several
// addresses (the owner's notes, a copy to the sellers) is split into messages of at most 50.
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

export function chunkRecipients<T>(items: readonly T[], size = MAX_RECIPIENTS_PER_MESSAGE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be >= 1: ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

// Who the weekly email goes to, and why not for the rest: every ticked Stakeholders row becomes
// one entry (later duplicates are dropped), in sheet order, with the state the sidebar shows.

export function resolveRecipients(
  stakeholders: readonly Stakeholder[],
  approvals: Approvals,
  ownerEmail: string,
): RecipientJson[] {
  const seen = new Set<string>();
  const out: RecipientJson[] = [];
  for (const s of stakeholders) {
    if (!s.weeklyEmail) continue;
    const check = checkEmailAddress(s.email);
    if (!check.ok) {
      out.push({
        row: s.row,
        name: s.name,
        email: s.email,
        state: 'invalid',
        reason: check.reason,
      });
      continue;
    }
    const key = addressKey(check.email);
    if (seen.has(key)) continue;
    seen.add(key);
    const approved = isApproved(check.email, approvals, ownerEmail);
    out.push({
      row: s.row,
      name: s.name,
      email: check.email,
      state: approved ? 'will receive' : 'waiting for approval',
      ...(approved ? {} : { reason: approvalReason(check.email) }),
    });
  }
  return out;
}

/** The addresses that will actually be mailed, lower-cased, in sheet order. */
export function addressesToMail(recipients: readonly RecipientJson[]): string[] {
  return recipients.filter((r) => r.state === 'will receive').map((r) => addressKey(r.email));
}
