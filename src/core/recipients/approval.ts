// The schedule owner's approvals: only approved addresses are mailed, because prospects can
// edit the stakeholder list and must not be able to make the owner's account mail outsiders.
import { addressKey, checkEmailAddress, domainOf, type AddressCheck } from './email-address';

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
  return check.ok ? null : `'${clip(value)}' is not a domain like vendor.example`;
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
  return domain !== '' && approvals.domains.some((d) => normalizeApprovedDomain(d) === domain);
}

/** What the owner can do about an address that is waiting, said in one line. */
export function approvalReason(email: string): string {
  return `not approved yet: approve this address or the domain @${domainOf(email)}`;
}
