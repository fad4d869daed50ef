// How long a template runs when nothing is compressed.
import type { Template, TemplateStep } from './types';

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
