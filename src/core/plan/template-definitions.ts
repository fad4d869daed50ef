// The five templates, each a list of step-catalog entries in its own order with only what it
// does differently. Names stay each template's own where its deal says it differently.
import { type StepUse, use } from './step-catalog';
import type { Template } from './templates';

export interface TemplateDefinition extends Omit<Template, 'steps'> {
  steps: readonly StepUse[];
}

const enterprise: TemplateDefinition = {
  id: 'enterprise',
  name: 'Enterprise',
  description:
    'Full evaluation for a large buying committee: discovery, POC, business case, executive briefing, security, legal and procurement, then kickoff.',
  postSignature: false,
  steps: [
    use('discovery', { step: 'Discovery: pains, goals and compelling event' }),
    use('success-criteria', {
      step: 'Success criteria and decision process agreed',
      businessDays: 3,
    }),
    use('buying-committee'),
    use('demo', {
      phase: 'Solution',
      step: 'Tailored demo for the buying committee',
      businessDays: 3,
    }),
    use('technical-deep-dive', {
      phase: 'Solution',
      step: 'Technical deep-dive with architecture and IT',
    }),
    use('poc-set-up', {
      step: 'POC set-up: scope, environment and access',
      side: 'Joint',
      businessDays: 3,
    }),
    use('poc-run', { step: 'POC run against the success criteria' }),
    use('poc-review', { step: 'POC review and results readout' }),
    use('technical-close'),
    use('business-case'),
    use('executive-briefing'),
    use('commercial-proposal', { step: 'Commercial proposal sent' }),
    use('legal-review', { step: 'Legal review and contract redlines', businessDays: 8 }),
    use('security-review', {
      step: 'Security review: questionnaire and documentation',
      businessDays: 8,
      parallelWithPrevious: true,
    }),
    use('procurement', { step: 'Procurement and vendor registration', businessDays: 5 }),
    use('final-approval', { step: 'Final approval by the economic buyer' }),
    use('signature'),
    use('kickoff'),
  ],
};

const midMarket: TemplateDefinition = {
  id: 'mid-market',
  name: 'Mid-market',
  description:
    'A focused evaluation: discovery, demo, deep-dive and a short POC, then security and legal side by side.',
  postSignature: false,
  steps: [
    use('discovery'),
    use('demo'),
    use('technical-deep-dive'),
    use('poc-run', {
      phase: 'Evaluation',
      step: 'Short POC against the success criteria',
      businessDays: 5,
    }),
    use('technical-close', { phase: 'Evaluation', step: 'Technical close' }),
    use('commercial-proposal'),
    use('security-review'),
    use('legal-review', { parallelWithPrevious: true }),
    use('procurement'),
    use('final-approval'),
    use('signature'),
    use('kickoff', { businessDays: 3, seInvolved: false }),
  ],
};

const velocity: TemplateDefinition = {
  id: 'velocity',
  name: 'Velocity',
  description: 'A short sales cycle in a few steps: discovery, demo, proposal, checks, signature.',
  postSignature: false,
  steps: [
    use('discovery', { businessDays: 2, seInvolved: false }),
    use('demo', { step: 'Demo' }),
    use('commercial-proposal', { step: 'Proposal and pricing' }),
    use('security-and-legal-check'),
    use('final-approval'),
    use('signature'),
  ],
};

const poc: TemplateDefinition = {
  id: 'poc',
  name: 'POC-led technical evaluation',
  description:
    'The deal is won in a proof of concept: agreed success criteria, a planned POC, a technical close, then the commercial close.',
  postSignature: false,
  steps: [
    use('discovery', { step: 'Discovery and technical requirements', ownerRole: 'SE' }),
    use('success-criteria'),
    use('technical-deep-dive'),
    use('poc-plan'),
    use('poc-set-up'),
    use('poc-kickoff'),
    use('poc-run'),
    use('poc-review'),
    use('technical-close'),
    use('executive-briefing', { step: 'Executive briefing on the POC results' }),
    use('commercial-proposal'),
    use('security-review'),
    use('legal-review', { parallelWithPrevious: true }),
    use('procurement'),
    use('final-approval'),
    use('signature'),
  ],
};

const onboarding: TemplateDefinition = {
  id: 'onboarding',
  name: 'Customer onboarding',
  description:
    'After signature: handover, kickoff, set-up, integrations, training and acceptance, worked forward to go-live.',
  postSignature: true,
  steps: [
    use('handover'),
    use('success-plan'),
    use('access-set-up'),
    use('integrations'),
    use('training'),
    use('acceptance-testing'),
    use('go-live-readiness'),
    use('go-live'),
  ],
};

/** In the order the create form lists them, which is TEMPLATE_IDS' order. */
export const TEMPLATE_DEFINITIONS: readonly TemplateDefinition[] = [
  enterprise,
  midMarket,
  velocity,
  poc,
  onboarding,
];
