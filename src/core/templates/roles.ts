// The buying-committee roles a template step can be owned by, and which side each sits on.
import type { Side } from '../model';

export const PROSPECT_ROLES = [
  'Economic buyer',
  'Champion',
  'Technical evaluator',
  'Security',
  'Legal',
  'Procurement',
  'Executive sponsor',
] as const;

export const VENDOR_ROLES = ['AE', 'SE', 'Customer success'] as const;

export type ProspectRole = (typeof PROSPECT_ROLES)[number];
export type VendorRole = (typeof VENDOR_ROLES)[number];
export type OwnerRole = ProspectRole | VendorRole;

/** Prospect roles first: they are the names the SE has to go and find. */
export const OWNER_ROLES: readonly OwnerRole[] = [...PROSPECT_ROLES, ...VENDOR_ROLES];

/** The side a person in this role works for (a Joint step is still owned by one person). */
export function sideOfRole(role: OwnerRole): Exclude<Side, 'Joint'> {
  return (VENDOR_ROLES as readonly string[]).includes(role) ? 'Vendor' : 'Prospect';
}

export function isOwnerRole(value: string): value is OwnerRole {
  return (OWNER_ROLES as readonly string[]).includes(value);
}
