import type { Template } from './types';

export const velocity: Template = {
  id: 'velocity',
  name: 'Velocity',
  description: 'A short sales cycle in a few steps: discovery, demo, proposal, checks, signature.',
  postSignature: false,
  steps: [
    {
      phase: 'Discovery',
      step: 'Discovery and success criteria',
      side: 'Joint',
      ownerRole: 'AE',
      businessDays: 2,
      seInvolved: false,
    },
    {
      phase: 'Evaluation',
      step: 'Demo',
      side: 'Vendor',
      ownerRole: 'SE',
      businessDays: 2,
      seInvolved: true,
    },
    {
      phase: 'Commercials',
      step: 'Proposal and pricing',
      side: 'Vendor',
      ownerRole: 'AE',
      businessDays: 2,
      seInvolved: false,
    },
    {
      phase: 'Commercials',
      step: 'Security and legal check',
      side: 'Prospect',
      ownerRole: 'Legal',
      businessDays: 4,
      seInvolved: false,
    },
    {
      phase: 'Close',
      step: 'Final approval',
      side: 'Prospect',
      ownerRole: 'Economic buyer',
      businessDays: 2,
      seInvolved: false,
    },
    {
      phase: 'Close',
      step: 'Signature',
      side: 'Joint',
      ownerRole: 'Economic buyer',
      businessDays: 1,
      seInvolved: false,
      milestone: 'signature',
    },
  ],
};
