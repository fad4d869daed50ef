import type { Side } from './model';
import type { TemplateId, TemplateSummary } from '../../shared/api';
import { TEMPLATE_DEFINITIONS, type TemplateDefinition } from './template-definitions';
import { stepFromCatalog } from './step-catalog';

// The buying-committee roles a template step can be owned by, and which side each sits on.

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

// What a plan template is: plain data, so adding or reading one needs no code.

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

// How long a template runs when nothing is compressed.

/** Business days a run of steps takes end to end: parallel steps add nothing. */
export function sequentialBusinessDays(steps: readonly TemplateStep[]): number {
  return steps.reduce((sum, s) => sum + (s.parallelWithPrevious ? 0 : s.businessDays), 0);
}

/** The steps up to and including signature, and the ones after it (worked forward). */
export function splitAtSignature(template: Template): {
  before: readonly TemplateStep[];
  after: readonly TemplateStep[];
} {
  if (template.postSignature) return { before: [], after: template.steps };
  const i = template.steps.findIndex((s) => s.milestone === 'signature');
  return { before: template.steps.slice(0, i + 1), after: template.steps.slice(i + 1) };
}

/**
 * Business days from the first step to signature for an evaluation template; from the first
 * step to the last (go-live) for a post-signature template.
 */
export function typicalBusinessDays(template: Template): number {
  const { before, after } = splitAtSignature(template);
  return sequentialBusinessDays(template.postSignature ? after : before);
}

// The people a template needs: one Stakeholders-tab placeholder per role that owns a step.

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

// The templates, built from their definitions. To add one: list its steps from the step
// catalog in template-definitions.ts (adding entries the catalog lacks) and its id to
// TEMPLATE_IDS in src/shared/api.ts; the template tests then hold it to the rules.

export function templateOf({ steps, ...about }: TemplateDefinition): Template {
  return { ...about, steps: steps.map(stepFromCatalog) };
}

export const TEMPLATES: readonly Template[] = TEMPLATE_DEFINITIONS.map(templateOf);

export function getTemplate(id: string): Template {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) {
    throw new Error(
      `Unknown template ${JSON.stringify(id)}. Choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}.`,
    );
  }
  return found;
}

export function summarizeTemplate(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    stepCount: template.steps.length,
    typicalBusinessDays: typicalBusinessDays(template),
    postSignature: template.postSignature,
  };
}

export function listTemplates(): TemplateSummary[] {
  return TEMPLATES.map(summarizeTemplate);
}
