// The rules every template must keep; the scheduler relies on them, tests check every template.
import { SIDES } from './model';
import {
  isOwnerRole,
  MAX_TEMPLATE_STEPS,
  sideOfRole,
  type Template,
  type TemplateStep,
} from './templates';

/** Longest single step: anything longer should be split so progress stays visible. */
export const MAX_STEP_BUSINESS_DAYS = 30;

/** Every rule the template breaks, in words; empty when it is valid. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${template.id || '(no id)'}: ${message}`);
  if (!template.id?.trim()) say('has no id');
  if (!template.name?.trim()) say('has no name');
  if (!template.description?.trim()) say('has no description');
  const { steps } = template;
  if (steps.length === 0) say('has no steps');
  if (steps.length > MAX_TEMPLATE_STEPS) {
    say(`has ${steps.length} steps; at most ${MAX_TEMPLATE_STEPS} are allowed`);
  }

  const names = new Set<string>();
  steps.forEach((s, i) => {
    const at = `step ${i + 1} (${s.step || 'unnamed'})`;
    if (names.has(s.step)) say(`${at} repeats a step name`);
    names.add(s.step);
    for (const problem of stepProblems(s)) say(`${at} ${problem}`);
  });

  problems.push(...milestoneProblems(template).map((m) => `${template.id}: ${m}`));
  problems.push(...parallelProblems(template).map((m) => `${template.id}: ${m}`));
  return problems;
}

/** What is wrong with one step on its own (a template's, or a step-catalog entry), in words. */
export function stepProblems(s: TemplateStep): string[] {
  const problems: string[] = [];
  if (!s.phase?.trim()) problems.push('has no phase');
  if (!s.step?.trim()) problems.push('has no name');
  if (!SIDES.includes(s.side)) problems.push(`has an unknown side "${s.side}"`);
  if (!isOwnerRole(s.ownerRole)) {
    problems.push(`has an unknown owner role "${s.ownerRole}"`);
  } else if (s.side !== 'Joint' && sideOfRole(s.ownerRole) !== s.side) {
    // A Prospect step suggested to the vendor's AE (or the reverse) asks the wrong company.
    problems.push(
      `is a ${s.side} step owned by the ${sideOfRole(s.ownerRole)} role "${s.ownerRole}"`,
    );
  }
  if (
    !Number.isInteger(s.businessDays) ||
    s.businessDays < 1 ||
    s.businessDays > MAX_STEP_BUSINESS_DAYS
  ) {
    problems.push(`lasts ${s.businessDays} business days; use 1 to ${MAX_STEP_BUSINESS_DAYS}`);
  }
  if (typeof s.seInvolved !== 'boolean') problems.push('does not say whether the SE is involved');
  return problems;
}

function milestoneProblems({ postSignature, steps }: Template): string[] {
  const problems: string[] = [];
  const signatures = indexesOf(steps, 'signature');
  const goLives = indexesOf(steps, 'go-live');
  if (postSignature && signatures.length > 0) {
    problems.push('runs after signature, so it cannot have a signature step');
  }
  if (!postSignature && signatures.length !== 1) {
    problems.push(`needs exactly one signature step, has ${signatures.length}`);
  }
  if (goLives.length > 1) problems.push(`has ${goLives.length} go-live steps; at most one`);
  if (goLives.length === 1 && goLives[0] !== steps.length - 1) {
    problems.push('the go-live step must be the last step');
  }
  if (goLives.length === 1 && signatures.length === 1 && goLives[0] < signatures[0]) {
    problems.push('go-live comes before signature');
  }
  return problems;
}

function parallelProblems({ steps }: Template): string[] {
  const problems: string[] = [];
  let anchor = -1;
  steps.forEach((s, i) => {
    if (!s.parallelWithPrevious) {
      anchor = i;
      return;
    }
    const at = `step ${i + 1} (${s.step})`;
    if (anchor < 0) problems.push(`${at} runs in parallel with nothing before it`);
    else if (s.milestone) problems.push(`${at} is a milestone and cannot run in parallel`);
    else if (steps[anchor].milestone) {
      problems.push(`${at} cannot run in parallel with the ${steps[anchor].milestone} step`);
    } else if (s.businessDays > steps[anchor].businessDays) {
      problems.push(
        `${at} runs in parallel with "${steps[anchor].step}" but is longer (${s.businessDays} > ${steps[anchor].businessDays} business days)`,
      );
    }
  });
  return problems;
}

function indexesOf(steps: Template['steps'], milestone: string): number[] {
  return steps.flatMap((s, i) => (s.milestone === milestone ? [i] : []));
}
