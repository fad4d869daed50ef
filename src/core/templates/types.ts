// What a plan template is: plain data, so adding or reading one needs no code.
import type { Side } from '../model';
import type { TemplateId } from '../../shared/api';
import type { OwnerRole } from './roles';

export type Milestone = 'signature' | 'go-live';

export interface TemplateStep {
  phase: string;
  step: string;
  side: Side;
  /** Who owns the step by default; the Stakeholders tab gets a placeholder per role. */
  ownerRole: OwnerRole;
  /** Duration in business days, at least 1. The step ends on its target date. */
  businessDays: number;
  /** Whether the SE works on this step, so an SE can see their own load. */
  seInvolved: boolean;
  milestone?: Milestone;
  /**
   * Runs alongside the previous step and ends on the same day (security review next to legal
   * review). It takes no time of its own in the plan, so it may be no longer than that step.
   */
  parallelWithPrevious?: boolean;
}

export interface Template {
  id: TemplateId;
  name: string;
  description: string;
  /**
   * True when the whole template runs after signature (onboarding): its steps are worked
   * forward from the signature date. Otherwise the template ends its evaluation with a
   * signature milestone and any steps after it run forward from signature.
   */
  postSignature: boolean;
  steps: readonly TemplateStep[];
}

/** Hard ceiling for any template: long plans do as badly as none. */
export const MAX_TEMPLATE_STEPS = 20;
