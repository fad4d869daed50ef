// Every step a template can hold, defined once: its usual name, phase, side, suggested owner
// role, typical duration and whether the SE works on it. A template lists the entries it uses,
// in its order, with only what it does differently (a longer legal review in an enterprise
// deal, a shorter discovery in a velocity one); which step runs alongside the one before it is
// always the template's choice, so no entry says it.
import type { TemplateStep } from './templates';

export type CatalogStep = Omit<TemplateStep, 'parallelWithPrevious'>;

export const STEP_CATALOG = {
  discovery: {
    phase: 'Discovery',
    step: 'Discovery and success criteria',
    side: 'Joint',
    ownerRole: 'AE',
    businessDays: 3,
    seInvolved: true,
  },
  'success-criteria': {
    phase: 'Discovery',
    step: 'Success criteria signed off',
    side: 'Joint',
    ownerRole: 'Champion',
    businessDays: 2,
    seInvolved: true,
  },
  'buying-committee': {
    phase: 'Discovery',
    step: 'Mutual action plan and buying committee confirmed',
    side: 'Joint',
    ownerRole: 'Champion',
    businessDays: 2,
    seInvolved: false,
  },
  demo: {
    phase: 'Evaluation',
    step: 'Tailored demo',
    side: 'Vendor',
    ownerRole: 'SE',
    businessDays: 2,
    seInvolved: true,
  },
  'technical-deep-dive': {
    phase: 'Evaluation',
    step: 'Technical deep-dive',
    side: 'Joint',
    ownerRole: 'Technical evaluator',
    businessDays: 3,
    seInvolved: true,
  },
  'poc-plan': {
    phase: 'Proof of concept',
    step: 'POC plan: scope, timeline and owners',
    side: 'Joint',
    ownerRole: 'SE',
    businessDays: 2,
    seInvolved: true,
  },
  'poc-set-up': {
    phase: 'Proof of concept',
    step: 'POC set-up: environment and data access',
    side: 'Prospect',
    ownerRole: 'Technical evaluator',
    businessDays: 4,
    seInvolved: true,
  },
  'poc-kickoff': {
    phase: 'Proof of concept',
    step: 'POC kickoff and user training',
    side: 'Vendor',
    ownerRole: 'SE',
    businessDays: 1,
    seInvolved: true,
  },
  'poc-run': {
    phase: 'Proof of concept',
    step: 'POC run',
    side: 'Joint',
    ownerRole: 'Technical evaluator',
    businessDays: 10,
    seInvolved: true,
  },
  'poc-review': {
    phase: 'Proof of concept',
    step: 'POC review against the success criteria',
    side: 'Joint',
    ownerRole: 'SE',
    businessDays: 2,
    seInvolved: true,
  },
  'technical-close': {
    phase: 'Proof of concept',
    step: 'Technical close: technical win confirmed',
    side: 'Prospect',
    ownerRole: 'Technical evaluator',
    businessDays: 1,
    seInvolved: true,
  },
  'business-case': {
    phase: 'Business case',
    step: 'Business case and ROI review',
    side: 'Joint',
    ownerRole: 'Champion',
    businessDays: 3,
    seInvolved: false,
  },
  'executive-briefing': {
    phase: 'Business case',
    step: 'Executive briefing with the economic buyer',
    side: 'Joint',
    ownerRole: 'Executive sponsor',
    businessDays: 2,
    seInvolved: true,
  },
  'commercial-proposal': {
    phase: 'Commercials',
    step: 'Commercial proposal',
    side: 'Vendor',
    ownerRole: 'AE',
    businessDays: 2,
    seInvolved: false,
  },
  'legal-review': {
    phase: 'Commercials',
    step: 'Legal review',
    side: 'Joint',
    ownerRole: 'Legal',
    businessDays: 5,
    seInvolved: false,
  },
  'security-review': {
    phase: 'Commercials',
    step: 'Security review',
    side: 'Prospect',
    ownerRole: 'Security',
    businessDays: 5,
    seInvolved: true,
  },
  'security-and-legal-check': {
    phase: 'Commercials',
    step: 'Security and legal check',
    side: 'Prospect',
    ownerRole: 'Legal',
    businessDays: 4,
    seInvolved: false,
  },
  procurement: {
    phase: 'Close',
    step: 'Procurement',
    side: 'Prospect',
    ownerRole: 'Procurement',
    businessDays: 3,
    seInvolved: false,
  },
  'final-approval': {
    phase: 'Close',
    step: 'Final approval',
    side: 'Prospect',
    ownerRole: 'Economic buyer',
    businessDays: 2,
    seInvolved: false,
  },
  signature: {
    phase: 'Close',
    step: 'Signature',
    side: 'Joint',
    ownerRole: 'Economic buyer',
    businessDays: 1,
    seInvolved: false,
    milestone: 'signature',
  },
  kickoff: {
    phase: 'Onboarding',
    step: 'Kickoff with customer success',
    side: 'Joint',
    ownerRole: 'Customer success',
    businessDays: 5,
    seInvolved: true,
  },
  handover: {
    phase: 'Handover',
    step: 'Sales to customer success handover',
    side: 'Vendor',
    ownerRole: 'AE',
    businessDays: 1,
    seInvolved: true,
  },
  'success-plan': {
    phase: 'Kickoff',
    step: 'Kickoff and success plan agreed',
    side: 'Joint',
    ownerRole: 'Customer success',
    businessDays: 2,
    seInvolved: false,
  },
  'access-set-up': {
    phase: 'Set-up',
    step: 'Accounts, SSO and access set up',
    side: 'Joint',
    ownerRole: 'Technical evaluator',
    businessDays: 5,
    seInvolved: true,
  },
  integrations: {
    phase: 'Set-up',
    step: 'Integrations and data migration',
    side: 'Joint',
    ownerRole: 'Technical evaluator',
    businessDays: 8,
    seInvolved: true,
  },
  training: {
    phase: 'Enablement',
    step: 'Admin and user training',
    side: 'Vendor',
    ownerRole: 'Customer success',
    businessDays: 3,
    seInvolved: false,
  },
  'acceptance-testing': {
    phase: 'Enablement',
    step: 'User acceptance testing',
    side: 'Prospect',
    ownerRole: 'Champion',
    businessDays: 5,
    seInvolved: true,
  },
  'go-live-readiness': {
    phase: 'Launch',
    step: 'Go-live readiness review',
    side: 'Joint',
    ownerRole: 'Executive sponsor',
    businessDays: 2,
    seInvolved: true,
  },
  'go-live': {
    phase: 'Launch',
    step: 'Go-live',
    side: 'Joint',
    ownerRole: 'Champion',
    businessDays: 1,
    seInvolved: false,
    milestone: 'go-live',
  },
} as const satisfies Record<string, CatalogStep>;

export type CatalogStepId = keyof typeof STEP_CATALOG;

/** A template's use of a catalog entry: the entry, and only what this template changes. */
export interface StepUse {
  from: CatalogStepId;
  changes?: Partial<TemplateStep>;
}

export function use(from: CatalogStepId, changes?: Partial<TemplateStep>): StepUse {
  return changes ? { from, changes } : { from };
}

export function stepFromCatalog({ from, changes }: StepUse): TemplateStep {
  return { ...STEP_CATALOG[from], ...changes };
}
