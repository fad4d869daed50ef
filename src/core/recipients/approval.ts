// The schedule owner's approvals: only approved addresses are mailed, because prospects can
// edit the stakeholder list and must not be able to make the owner's account mail outsiders.
import { addressKey, domainOf } from './email-address';

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
