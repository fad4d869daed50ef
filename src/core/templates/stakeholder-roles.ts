// The people a template needs: one Stakeholders-tab placeholder per role that owns a step.
import { OWNER_ROLES, sideOfRole, type OwnerRole } from './roles';
import type { Template } from './types';

export interface RolePlaceholder {
  side: 'Vendor' | 'Prospect';
  role: OwnerRole;
}

/** In the usual buying-committee order (prospect roles first), each role once. */
export function stakeholderRoles(template: Template): RolePlaceholder[] {
  const used = new Set(template.steps.map((s) => s.ownerRole));
  return OWNER_ROLES.filter((role) => used.has(role)).map((role) => ({
    side: sideOfRole(role),
    role,
  }));
}
