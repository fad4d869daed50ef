// The template catalogue. To add a template: write its file, add it to TEMPLATES, and add its id
// to TEMPLATE_IDS in src/shared/api.ts; the template tests then hold it to the rules.
import { TEMPLATE_IDS, type TemplateId, type TemplateSummary } from '../../shared/api';
import { enterprise } from './enterprise';
import { midMarket } from './mid-market';
import { onboarding } from './onboarding';
import { poc } from './poc';
import { typicalBusinessDays } from './span';
import type { Template } from './types';
import { velocity } from './velocity';

export const TEMPLATES: readonly Template[] = [enterprise, midMarket, velocity, poc, onboarding];

export function isTemplateId(value: unknown): value is TemplateId {
  return (TEMPLATE_IDS as readonly unknown[]).includes(value);
}

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

export { stakeholderRoles, type RolePlaceholder } from './stakeholder-roles';
export { templateProblems, MAX_STEP_BUSINESS_DAYS } from './validate';
export { sequentialBusinessDays, splitAtSignature, typicalBusinessDays } from './span';
export {
  OWNER_ROLES,
  PROSPECT_ROLES,
  VENDOR_ROLES,
  sideOfRole,
  isOwnerRole,
  type OwnerRole,
} from './roles';
export { MAX_TEMPLATE_STEPS, type Template, type TemplateStep, type Milestone } from './types';
