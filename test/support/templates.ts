// TEST SUPPORT ONLY: a small evaluation template whose dates can be checked by hand.
import type { Template, TemplateStep } from '../../src/core/plan/templates';

const step = (
  name: string,
  businessDays: number,
  extra: Partial<TemplateStep> = {},
): TemplateStep => ({
  phase: 'Test',
  step: name,
  side: 'Joint',
  ownerRole: 'AE',
  businessDays,
  seInvolved: false,
  ...extra,
});

/** 12 business days to signature: 3 + 2 + 4 (+ 3 alongside) + 2 + 1, then a 3-day kickoff. */
export const smallTemplate: Template = {
  id: 'velocity',
  name: 'Small test plan',
  description: 'Hand-checkable durations.',
  postSignature: false,
  steps: [
    step('Discovery', 3),
    step('Demo', 2),
    step('Legal review', 4),
    step('Security review', 3, { parallelWithPrevious: true }),
    step('Final approval', 2),
    step('Signature', 1, { milestone: 'signature' }),
    step('Kickoff', 3),
  ],
};
