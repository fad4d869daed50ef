import type { ParsedStep } from './model';
import {
  seInvolvedTest,
  isSignatureStep,
  signatureStepMove,
  signatureWarnings,
  stepMarkersOf,
  type StepMarker,
} from './step-markers';
import { getTemplate } from './templates';

const TODAY = '2026-12-06';

function step(
  row: number,
  name: string,
  targetDate: string | null,
  over: Partial<ParsedStep> = {},
): ParsedStep {
  return {
    row,
    number: '',
    phase: '',
    step: name,
    side: '',
    owner: '',
    ownerEmail: '',
    targetDate,
    status: 'Not started',
    doneOn: null,
    baselineDate: null,
    notes: '',
    ...over,
  };
}

const MARKERS: StepMarker[] = stepMarkersOf([
  { step: 'Security review', ownerRole: 'Security', seInvolved: true },
  {
    step: 'Sign the order form',
    ownerRole: 'Economic buyer',
    seInvolved: false,
    milestone: 'signature',
  },
  { step: 'Kickoff', ownerRole: 'Customer success', seInvolved: false },
]);

describe('stepMarkersOf', () => {
  it('marks the steps before the signature milestone, and no others', () => {
    expect(MARKERS.map((m) => [m.step, m.beforeSignature, m.milestone])).toEqual([
      ['Security review', true, undefined],
      ['Sign the order form', false, 'signature'],
      ['Kickoff', false, undefined],
    ]);
  });

  it('marks none in a template that runs after signature', () => {
    const onboarding = getTemplate('onboarding').steps;
    expect(stepMarkersOf(onboarding).some((m) => m.beforeSignature)).toBe(false);
  });
});

describe('isSignatureStep', () => {
  it('knows the milestone by the name it was created with, whatever its title says', () => {
    expect(isSignatureStep({ step: ' sign the  order form ', notes: '' }, MARKERS)).toBe(true);
    expect(isSignatureStep({ step: 'Signature', notes: '' }, MARKERS)).toBe(false);
  });

  it('reads an older plan by its note, or by its title when nothing else is known', () => {
    expect(isSignatureStep({ step: 'Contract', notes: 'Milestone: signature' }, null)).toBe(true);
    expect(isSignatureStep({ step: 'Signature', notes: '' }, null)).toBe(true);
    expect(isSignatureStep({ step: 'Security review', notes: '' }, null)).toBe(false);
  });
});

describe('signatureStepMove', () => {
  const steps = [
    step(8, 'Security review', '2027-01-05'),
    step(9, 'Sign the order form', '2027-01-08'),
  ];

  it('moves the Signature step to the header’s day', () => {
    expect(signatureStepMove(steps, MARKERS, '2027-02-26')).toEqual({
      row: 9,
      step: 'Sign the order form',
      from: '2027-01-08',
      to: '2027-02-26',
    });
  });

  it('asks nothing when they agree, or when there is no Signature step', () => {
    expect(signatureStepMove(steps, MARKERS, '2027-01-08')).toBeNull();
    expect(signatureStepMove(steps.slice(0, 1), MARKERS, '2027-02-26')).toBeNull();
  });
});

describe('signatureWarnings', () => {
  it('names a pre-signature step dated after signature, with its row and both dates', () => {
    const steps = [
      step(8, 'Security review', '2027-03-01'),
      step(9, 'Sign the order form', '2027-02-26'),
      step(10, 'Kickoff', '2027-03-05'),
    ];
    expect(signatureWarnings(steps, MARKERS, '2027-02-26', TODAY)).toEqual([
      {
        row: 8,
        message:
          "'Security review' is dated Mon, Mar 1, 2027, after the target signature (Fri, Feb 26, 2027)",
      },
    ]);
  });

  it('leaves out steps already done or skipped, and steps on the signature day', () => {
    const steps = [
      step(8, 'Security review', '2027-03-01', { status: 'Done' }),
      step(9, 'Sign the order form', '2027-02-26'),
    ];
    expect(signatureWarnings(steps, MARKERS, '2027-02-26', TODAY)).toEqual([]);
    const same = [step(8, 'Security review', '2027-02-26'), steps[1]];
    expect(signatureWarnings(same, MARKERS, '2027-02-26', TODAY)).toEqual([]);
  });

  it('counts the rows above the Signature step for a plan without markers', () => {
    const steps = [
      step(8, 'Legal', '2027-03-01'),
      step(9, 'Signature', '2027-02-26'),
      step(10, 'Kickoff', '2027-03-05'),
    ];
    expect(signatureWarnings(steps, null, '2027-02-26', TODAY).map((w) => w.row)).toEqual([8]);
  });

  it('says so when the Signature step and the header disagree', () => {
    const steps = [step(9, 'Sign the order form', '2027-01-08')];
    expect(signatureWarnings(steps, MARKERS, '2027-02-26', TODAY)).toEqual([
      {
        row: 9,
        message:
          "'Sign the order form' is dated Fri, Jan 8, 2027, but the header's target signature is Fri, Feb 26, 2027: change one so both agree",
      },
    ]);
  });
});

describe('seInvolvedTest', () => {
  it('matches the marker by the name the step was created with, spacing and case aside', () => {
    const isSe = seInvolvedTest(MARKERS);
    expect(isSe(step(8, '  security   REVIEW ', null))).toBe(true);
    expect(isSe(step(9, 'Sign the order form', null))).toBe(false);
    expect(isSe(step(10, 'Security review (renamed)', null))).toBe(false);
    expect(isSe(step(11, '', null))).toBe(false);
    expect(seInvolvedTest(null)(step(12, 'Security review', null))).toBe(false);
  });
});
