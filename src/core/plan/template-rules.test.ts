import { getTemplate, type Template, type TemplateStep } from './templates';
import { templateProblems } from './template-rules';

const base = getTemplate('velocity');
const withSteps = (steps: TemplateStep[], extra: Partial<Template> = {}): Template => ({
  ...base,
  ...extra,
  steps,
});
const step = (over: Partial<TemplateStep> = {}): TemplateStep => ({
  phase: 'Phase',
  step: `Step ${Math.random()}`,
  side: 'Joint',
  ownerRole: 'AE',
  businessDays: 2,
  seInvolved: false,
  ...over,
});
const signature = () => step({ step: 'Signature', milestone: 'signature', businessDays: 1 });

describe('templateProblems', () => {
  it('accepts a small valid template', () => {
    expect(templateProblems(withSteps([step(), signature()]))).toEqual([]);
  });

  it('refuses more than 20 steps', () => {
    const steps = [...Array.from({ length: 20 }, () => step()), signature()];
    expect(templateProblems(withSteps(steps)).join()).toMatch(/21 steps; at most 20/);
  });

  it('refuses bad step fields', () => {
    const problems = templateProblems(
      withSteps([
        step({ businessDays: 0 }),
        step({ businessDays: 2.5 }),
        step({ side: 'Both' as never }),
        step({ ownerRole: 'CFO' as never }),
        step({ phase: ' ' }),
        signature(),
      ]),
    ).join('\n');
    expect(problems).toMatch(/lasts 0 business days/);
    expect(problems).toMatch(/lasts 2.5 business days/);
    expect(problems).toMatch(/unknown side "Both"/);
    expect(problems).toMatch(/unknown owner role "CFO"/);
    expect(problems).toMatch(/has no phase/);
  });

  it('refuses a Vendor or Prospect step suggested to a role on the other side', () => {
    const problems = templateProblems(
      withSteps([
        step({ step: 'Proposal', side: 'Prospect', ownerRole: 'AE' }),
        step({ step: 'Security', side: 'Vendor', ownerRole: 'Security' }),
        step({ step: 'Workshop', side: 'Joint', ownerRole: 'Security' }),
        signature(),
      ]),
    );
    expect(problems).toEqual([
      'velocity: step 1 (Proposal) is a Prospect step owned by the Vendor role "AE"',
      'velocity: step 2 (Security) is a Vendor step owned by the Prospect role "Security"',
    ]);
  });

  it('refuses repeated step names', () => {
    expect(
      templateProblems(withSteps([step({ step: 'A' }), step({ step: 'A' }), signature()])),
    ).toHaveLength(1);
  });

  it('needs exactly one signature in an evaluation and none in a post-signature template', () => {
    expect(templateProblems(withSteps([step()])).join()).toMatch(/exactly one signature/);
    expect(
      templateProblems(withSteps([step(), signature()], { postSignature: true })).join(),
    ).toMatch(/cannot have a signature step/);
  });

  it('keeps go-live last and after signature', () => {
    const goLive = step({ step: 'Go-live', milestone: 'go-live' });
    expect(templateProblems(withSteps([goLive, step(), signature()])).join()).toMatch(
      /go-live step must be the last step.*go-live comes before signature/,
    );
  });

  it('holds parallel steps to their anchor', () => {
    const problems = (steps: TemplateStep[]) => templateProblems(withSteps(steps)).join();
    expect(problems([step({ parallelWithPrevious: true }), signature()])).toMatch(
      /in parallel with nothing/,
    );
    expect(
      problems([
        step({ businessDays: 2 }),
        step({ businessDays: 3, parallelWithPrevious: true }),
        signature(),
      ]),
    ).toMatch(/is longer \(3 > 2 business days\)/);
    expect(
      problems([step(), signature(), step({ parallelWithPrevious: true, businessDays: 1 })]),
    ).toMatch(/cannot run in parallel with the signature step/);
    expect(
      problems([
        step({ businessDays: 2 }),
        step({ businessDays: 2, parallelWithPrevious: true }),
        signature(),
      ]),
    ).toBe('');
  });
});
