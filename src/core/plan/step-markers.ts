// What the add-on knows about each step of a plan it created beyond what the sheet shows: the
// role the template suggests as owner, whether the SE works on it, its milestone and whether it
// must come before signature. Kept in the plan record (document properties), where only the
// add-on reads it: the sheet is the buyer's to read and edit, so it carries no seller markers,
// and a note or title a prospect rewrites cannot lose them.
import { formatDateKey, type DateKey } from '../dates';
import type { ParsedStep, RowWarning } from './model';
import type { Milestone } from './templates';

export interface StepMarker {
  /** The step's name as createPlan wrote it: how a row is matched to its marker. */
  step: string;
  /** The role the template suggests as owner ('AE', 'SE', 'Champion', ...). */
  ownerRole: string;
  seInvolved: boolean;
  milestone?: Milestone;
  /** The step belongs before signature (evaluation, checks, approval): never dated after it. */
  beforeSignature: boolean;
}

/** What the layout knows of a planned step, in plan order. */
interface PlannedMarker {
  step: string;
  ownerRole: string;
  seInvolved: boolean;
  milestone?: Milestone;
}

/**
 * The markers of a new plan's steps, in plan order. Steps before the signature milestone belong
 * before signature; a template with no signature milestone (onboarding) has none that do.
 */
export function stepMarkersOf(steps: readonly PlannedMarker[]): StepMarker[] {
  const signature = steps.findIndex((s) => s.milestone === 'signature');
  return steps.map((s, i) => {
    const marker: StepMarker = {
      step: s.step,
      ownerRole: s.ownerRole,
      seInvolved: s.seInvolved,
      beforeSignature: i < signature,
    };
    if (s.milestone) marker.milestone = s.milestone;
    return marker;
  });
}

export function isStepMarker(value: unknown): value is StepMarker {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.step === 'string' &&
    typeof m.ownerRole === 'string' &&
    typeof m.seInvolved === 'boolean' &&
    typeof m.beforeSignature === 'boolean' &&
    (m.milestone === undefined || m.milestone === 'signature' || m.milestone === 'go-live')
  );
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether the template marked a step (by the name it was created with) as the SE's work too: a
 * test built once per plan, so a long plan costs one lookup a step.
 */
export function seInvolvedTest(
  markers: readonly StepMarker[] | null | undefined,
): (step: Pick<ParsedStep, 'step'>) => boolean {
  const names = new Set((markers ?? []).filter((m) => m.seInvolved).map((m) => nameKey(m.step)));
  if (names.size === 0) return () => false;
  return (step) => names.has(nameKey(step.step));
}

/** Plans made before markers were kept said the milestone in Notes; those are read too. */
const SIGNATURE_NOTE = /\bmilestone:\s*signature\b/i;
/** The catalog's name for the step, for a plan that has neither marker nor note. */
const SIGNATURE_TITLE = 'signature';

/**
 * Whether a row is the plan's Signature step: the step the template marked as the signature
 * milestone (matched by the name it was created with), else one whose Notes still say so, else,
 * for a plan with no markers at all, one simply called "Signature".
 */
export function isSignatureStep(
  step: Pick<ParsedStep, 'step' | 'notes'>,
  markers: readonly StepMarker[] | null | undefined,
): boolean {
  const name = nameKey(step.step);
  if (name === '') return false;
  const marked = markers?.find((m) => m.milestone === 'signature');
  if (marked && nameKey(marked.step) === name) return true;
  if (SIGNATURE_NOTE.test(step.notes)) return true;
  return !markers?.length && name === SIGNATURE_TITLE;
}

/** The first row that is the Signature step, or null. */
export function signatureStepIn<T extends Pick<ParsedStep, 'step' | 'notes'>>(
  steps: readonly T[],
  markers: readonly StepMarker[] | null | undefined,
): T | null {
  return steps.find((s) => isSignatureStep(s, markers)) ?? null;
}

/**
 * What is wrong with the plan's signature date, each as a warning with its row: open steps
 * that belong before signature but are dated after it ("'Security review' is dated Mon, Mar 1,
 * after the target signature (Fri, Feb 26)"), and a Signature step that disagrees with the
 * header (the edit trigger keeps them together, but a paste or a sort gives it no old value to
 * act on). Which steps belong before signature comes from the markers; a plan without them
 * counts the rows above its Signature step. Done and skipped steps are left out: their date no
 * longer holds anything up.
 */
export function signatureWarnings(
  steps: readonly ParsedStep[],
  markers: readonly StepMarker[] | null | undefined,
  signatureDate: DateKey | null,
  today: DateKey,
): RowWarning[] {
  const signatureStep = signatureStepIn(steps, markers);
  const signature = signatureDate ?? signatureStep?.targetDate ?? null;
  if (signature === null) return [];
  const before = new Set(markers?.filter((m) => m.beforeSignature).map((m) => nameKey(m.step)));
  const belongsBefore = (step: ParsedStep): boolean =>
    markers?.length
      ? before.has(nameKey(step.step))
      : signatureStep !== null && step.row < signatureStep.row;
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: today });
  const warnings: RowWarning[] = [];
  if (signatureStep?.targetDate && signatureDate && signatureStep.targetDate !== signatureDate) {
    warnings.push({
      row: signatureStep.row,
      message: `'${signatureStep.step}' is dated ${day(signatureStep.targetDate)}, but the header's target signature is ${day(signatureDate)}: change one so both agree`,
    });
  }
  for (const step of steps) {
    if (step.status === 'Done' || step.status === 'Skipped') continue;
    if (step.targetDate === null || step.targetDate <= signature || step === signatureStep) {
      continue;
    }
    if (!belongsBefore(step)) continue;
    warnings.push({
      row: step.row,
      message: `'${step.step}' is dated ${day(step.targetDate)}, after the target signature (${day(signature)})`,
    });
  }
  return warnings;
}

export interface SignatureStepMove {
  /** The Signature step's sheet row. */
  row: number;
  step: string;
  from: DateKey | null;
  to: DateKey;
}

/**
 * What the header's new target signature asks of the Signature step: to move to the same day.
 * Null when the plan has no Signature step, or it is on that day already.
 */
export function signatureStepMove(
  steps: readonly ParsedStep[],
  markers: readonly StepMarker[] | null | undefined,
  headerDate: DateKey,
): SignatureStepMove | null {
  const step = signatureStepIn(steps, markers);
  if (!step || step.targetDate === headerDate) return null;
  return { row: step.row, step: step.step, from: step.targetDate, to: headerDate };
}
