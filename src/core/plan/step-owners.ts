// Who owns a new plan's steps. The seller's own steps start with a named owner, so a new plan
// shows only what the buyer has yet to commit: Vendor steps go to the seller in the role the
// template suggests (the SE for a demo, the AE for the proposal), else to the first seller;
// Customer and Joint steps start blank, for the buyer to name their own people.
import type { Side } from './model';

export interface SellerInput {
  name: string;
  email: string;
  /** 'AE', 'SE' or another role ('Customer success'), as the create form gives it. */
  role?: string;
}

/** A role compared the way people type it: "se", " SE " and "Se" are one role. */
export function roleKey(role: string | undefined): string {
  return (role ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The seller who owns a new step, or null when the step is the buyer's to name (or nobody sells). */
export function sellerForStep<S extends SellerInput>(
  step: { side: Side | string; ownerRole: string },
  sellers: readonly S[],
): S | null {
  if (step.side !== 'Vendor' || sellers.length === 0) return null;
  const wanted = roleKey(step.ownerRole);
  return sellers.find((s) => roleKey(s.role) === wanted) ?? sellers[0];
}
