import { TEMPLATE_IDS } from '../../shared/api';
import {
  getTemplate,
  listTemplates,
  stakeholderRoles,
  TEMPLATES,
  sideOfRole,
  splitAtSignature,
  typicalBusinessDays,
  templateOf,
  type TemplateStep,
} from './templates';
import { stepProblems, templateProblems } from './template-rules';
import { type CatalogStep, type CatalogStepId, STEP_CATALOG, use } from './step-catalog';
import { TEMPLATE_DEFINITIONS } from './template-definitions';

/** Size limits: [min steps, max steps, min weeks, max weeks] to signature (onboarding: go-live). */
const LIMITS: Record<string, [number, number, number, number]> = {
  enterprise: [16, 20, 8, 12],
  'mid-market': [10, 12, 4, 8],
  velocity: [3, 6, 1, 4],
  poc: [10, 20, 5, 12],
  onboarding: [5, 12, 3, 10],
};

const EVALUATION_STEPS: [string, RegExp][] = [
  ['discovery', /discovery/i],
  ['success criteria', /success criteria/i],
  ['demo', /demo/i],
  ['technical deep-dive', /deep-dive/i],
  ['POC set-up', /POC set-up/i],
  ['POC review', /POC review/i],
  ['technical close', /technical close/i],
  ['executive briefing', /executive briefing/i],
  ['security review', /security review/i],
  ['commercial proposal', /commercial proposal/i],
  ['legal review', /legal review/i],
  ['procurement', /procurement/i],
  ['final approval', /final approval/i],
  ['signature', /^signature$/i],
  ['kickoff', /kickoff/i],
];

describe('the template catalogue', () => {
  it('has one template per TemplateId, in that order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s keeps every template rule', (_, t) => {
    expect(templateProblems(t)).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s is within its size limits', (id, t) => {
    const [minSteps, maxSteps, minWeeks, maxWeeks] = LIMITS[id];
    expect(t.steps.length).toBeGreaterThanOrEqual(minSteps);
    expect(t.steps.length).toBeLessThanOrEqual(maxSteps);
    expect(t.steps.length).toBeLessThanOrEqual(20);
    const weeks = typicalBusinessDays(t) / 5;
    expect(weeks).toBeGreaterThanOrEqual(minWeeks);
    expect(weeks).toBeLessThanOrEqual(maxWeeks);
  });

  it('ends every evaluation with its signature step, followed only by post-signature work', () => {
    for (const t of TEMPLATES.filter((x) => !x.postSignature)) {
      const { before, after } = splitAtSignature(t);
      expect(before[before.length - 1].milestone).toBe('signature');
      expect(after.every((s) => s.milestone !== 'signature')).toBe(true);
    }
  });

  it('works onboarding forward to a final go-live step', () => {
    const t = getTemplate('onboarding');
    expect(t.postSignature).toBe(true);
    expect(t.steps[t.steps.length - 1].milestone).toBe('go-live');
  });

  it('covers the steps of a real evaluation in the enterprise template', () => {
    const names = getTemplate('enterprise').steps.map((s) => s.step);
    for (const [what, pattern] of EVALUATION_STEPS) {
      expect([what, names.some((n) => pattern.test(n))]).toEqual([what, true]);
    }
  });

  it('puts a kickoff after signature in enterprise', () => {
    const { after } = splitAtSignature(getTemplate('enterprise'));
    expect(after.map((s) => s.step).join(' ')).toMatch(/kickoff/i);
  });

  it('lets security and legal review run side by side where deals do', () => {
    for (const id of ['enterprise', 'mid-market', 'poc']) {
      const steps = getTemplate(id).steps;
      const i = steps.findIndex((s) => s.parallelWithPrevious);
      const pair = [steps[i - 1].step, steps[i].step].join(' + ');
      expect(pair).toMatch(/security review/i);
      expect(pair).toMatch(/legal review/i);
    }
  });

  it('marks the SE on technical steps and not on commercial ones', () => {
    for (const t of TEMPLATES) {
      for (const s of t.steps) {
        if (/demo|deep-dive|POC|technical close/i.test(s.step)) expect(s.seInvolved).toBe(true);
        if (/proposal|procurement|final approval|^signature$/i.test(s.step)) {
          expect(s.seInvolved).toBe(false);
        }
      }
    }
  });
});

describe('listTemplates', () => {
  it('summarizes each template from its data', () => {
    const summaries = listTemplates();
    expect(summaries.map((s) => s.id)).toEqual([...TEMPLATE_IDS]);
    for (const summary of summaries) {
      const t = getTemplate(summary.id);
      expect(summary).toEqual({
        id: t.id,
        name: t.name,
        description: t.description,
        stepCount: t.steps.length,
        typicalBusinessDays: typicalBusinessDays(t),
        postSignature: t.postSignature,
      });
    }
  });

  it('counts business days to signature, without parallel or post-signature steps', () => {
    const t = getTemplate('mid-market');
    const { before } = splitAtSignature(t);
    const sequential = before.filter((s) => !s.parallelWithPrevious);
    expect(typicalBusinessDays(t)).toBe(sequential.reduce((n, s) => n + s.businessDays, 0));
    expect(typicalBusinessDays(t)).toBeLessThan(t.steps.reduce((n, s) => n + s.businessDays, 0));
  });
});

describe('getTemplate', () => {
  it('finds a template by id', () => {
    expect(getTemplate('velocity').name).toBe('Velocity');
  });

  it('names the valid ids when the id is unknown', () => {
    expect(() => getTemplate('smb')).toThrow(
      'Unknown template "smb". Choose one of: enterprise, mid-market, velocity, poc, onboarding.',
    );
  });
});

describe('stakeholderRoles', () => {
  it('lists each role that owns a step once, prospect roles first, with its side', () => {
    const t = getTemplate('enterprise');
    const roles = stakeholderRoles(t);
    const owners = new Set(t.steps.map((s) => s.ownerRole));
    expect(roles.map((r) => r.role).sort()).toEqual([...owners].sort());
    expect(new Set(roles.map((r) => r.role)).size).toBe(roles.length);
    const firstVendor = roles.findIndex((r) => r.side === 'Vendor');
    expect(roles.slice(firstVendor).every((r) => r.side === 'Vendor')).toBe(true);
    for (const r of roles) expect(r.side).toBe(sideOfRole(r.role));
  });

  it('asks the velocity deal only for the people its few steps need', () => {
    expect(stakeholderRoles(getTemplate('velocity'))).toEqual([
      { side: 'Prospect', role: 'Economic buyer' },
      { side: 'Prospect', role: 'Legal' },
      { side: 'Vendor', role: 'AE' },
      { side: 'Vendor', role: 'SE' },
    ]);
  });
});

describe('the step catalog', () => {
  const entries = Object.entries(STEP_CATALOG) as [CatalogStepId, CatalogStep][];

  it.each(entries)('keeps %s to the step rules', (_, entry) => {
    expect(stepProblems(entry)).toEqual([]);
  });

  it('is what the templates are made of: every entry used, each at most once per template', () => {
    const used = new Set(TEMPLATE_DEFINITIONS.flatMap((t) => t.steps.map((s) => s.from)));
    expect(entries.map(([id]) => id).filter((id) => !used.has(id))).toEqual([]);
    for (const t of TEMPLATE_DEFINITIONS) {
      const ids = t.steps.map((s) => s.from);
      expect([t.id, ids.filter((id, i) => ids.indexOf(id) !== i)]).toEqual([t.id, []]);
    }
  });

  it('lets a template say only what it does differently', () => {
    const restated = TEMPLATE_DEFINITIONS.flatMap((t) =>
      t.steps.flatMap(({ from, changes = {} }) =>
        Object.entries(changes)
          .filter(
            ([field, value]) =>
              (STEP_CATALOG[from] as TemplateStep)[field as keyof TemplateStep] === value,
          )
          .map(([field]) => `${t.id}: ${from}.${field}`),
      ),
    );
    expect(restated).toEqual([]);
  });

  it("builds each template step from its entry, with the template's changes on top", () => {
    const built = templateOf({
      ...TEMPLATE_DEFINITIONS[0],
      steps: [use('legal-review'), use('security-review', { parallelWithPrevious: true })],
    });
    expect(built.steps).toEqual([
      STEP_CATALOG['legal-review'],
      { ...STEP_CATALOG['security-review'], parallelWithPrevious: true },
    ]);
    expect(TEMPLATES.map((t) => t.steps.length)).toEqual(
      TEMPLATE_DEFINITIONS.map((t) => t.steps.length),
    );
  });

  it('shares its entries across templates: security, legal, procurement and signature', () => {
    const evaluations = TEMPLATE_DEFINITIONS.filter((t) => !t.postSignature);
    for (const id of ['signature', 'final-approval', 'commercial-proposal'] as const) {
      expect([id, evaluations.every((t) => t.steps.some((s) => s.from === id))]).toEqual([
        id,
        true,
      ]);
    }
    for (const id of ['security-review', 'legal-review', 'procurement'] as const) {
      const users = TEMPLATE_DEFINITIONS.filter((t) => t.steps.some((s) => s.from === id));
      expect(users.map((t) => t.id)).toEqual(['enterprise', 'mid-market', 'poc']);
    }
  });
});
