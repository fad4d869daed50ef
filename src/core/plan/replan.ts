// Re-planning when the target signature moves: which open step goes to which day. Pure: the
// server reads the table once, asks here, and writes every move with one Slip history row each.
// Baselines are never touched, so the slip stays visible after a re-plan.
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  compareDateKeys,
  formatDateKey,
  type DateKey,
  type Holidays,
} from '../dates';
import { plural } from '../text';
import type { ParsedStep } from './model';
import { isSignatureStep, type StepMarker } from './step-markers';
import { outOfPlanRange } from './work-back';

/** shift: every open step moves by the same business days; fit: laid back from the new date. */
export type ReplanMode = 'shift' | 'fit';

export interface ReplanInput {
  steps: readonly ParsedStep[];
  markers: readonly StepMarker[] | null | undefined;
  /** The header's target signature, or the Signature step's date when the header has none. */
  signatureDate: DateKey | null;
  newSignatureDate: DateKey;
  mode: ReplanMode;
  today: DateKey;
  holidays?: Holidays;
}

export interface ReplanMove {
  row: number;
  step: string;
  from: DateKey;
  to: DateKey;
}

export interface Replan {
  mode: ReplanMode;
  /** The target signature before and after (`from` null when the plan had none). */
  signature: { from: DateKey | null; to: DateKey };
  /** Only the steps whose date changes, in row order: what replan writes. */
  moves: ReplanMove[];
  /** Every dated step, in row order, with its date before and after (equal when it stays). */
  steps: ReplanMove[];
  /** fit only: the steps before signature did not fit before it and were drawn closer. */
  compressed: boolean;
  /** What the seller should know before applying: undated steps, steps landing in the past. */
  notes: string[];
}

export type ReplanOutcome = { ok: true; replan: Replan } | { ok: false; problem: string };

const isOpen = (s: ParsedStep) => s.status !== 'Done' && s.status !== 'Skipped';

/** The moves a new target signature asks for, or why it cannot be applied. */
export function replanSteps(input: ReplanInput): ReplanOutcome {
  const problem = refusal(input);
  if (problem) return { ok: false, problem };
  const { steps, markers, newSignatureDate: to, holidays } = input;
  const open = steps.filter((s) => isOpen(s) && s.targetDate !== null);
  const signatureStep = open.find((s) => isSignatureStep(s, markers)) ?? null;
  const from = input.signatureDate ?? signatureStep?.targetDate ?? null;
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: input.today });
  const notes: string[] = [];

  let targets: Map<ParsedStep, DateKey>;
  let compressed = false;
  if (input.mode === 'shift') {
    const by = businessDaysBetween(from as DateKey, to, holidays);
    targets = new Map(open.map((s) => [s, addBusinessDays(s.targetDate as DateKey, by, holidays)]));
    if (signatureStep) targets.set(signatureStep, to);
    const past = open.filter((s) => compareDateKeys(targets.get(s) as DateKey, input.today) < 0);
    if (past.length > 0) {
      notes.push(
        `${plural(past.length, 'step')} would be dated before today (first: '${past[0].step}', ${day(targets.get(past[0]) as DateKey)}); "fit" lays them from today instead.`,
      );
    }
  } else {
    const laid = fitTargets(input, open, signatureStep, from);
    targets = laid.targets;
    compressed = laid.compressed;
    if (compressed) {
      notes.push(
        `The steps before signature did not fit between today and ${day(to)} with their spacing, so they were drawn closer together.`,
      );
    }
  }

  const undated = steps.filter((s) => isOpen(s) && s.targetDate === null && s.step.trim() !== '');
  if (undated.length > 0) {
    notes.push(
      `${plural(undated.length, 'open step')} without a date (first: '${undated[0].step}') ${undated.length === 1 ? 'stays' : 'stay'} as ${undated.length === 1 ? 'it is' : 'they are'}.`,
    );
  }
  // Done and Skipped steps keep their dates; they are listed so the preview shows the whole plan.
  const all = steps
    .filter((s) => s.targetDate !== null)
    .map((s) => ({
      row: s.row,
      step: s.step,
      from: s.targetDate as DateKey,
      to: targets.get(s) ?? (s.targetDate as DateKey),
    }));
  const moves = all.filter((m) => m.from !== m.to);
  return {
    ok: true,
    replan: { mode: input.mode, signature: { from, to }, moves, steps: all, compressed, notes },
  };
}

function refusal(input: ReplanInput): string | null {
  const { steps, newSignatureDate: to, today, markers } = input;
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: today });
  const range = outOfPlanRange(to, 'The new target signature');
  if (range) return range;
  if (compareDateKeys(to, today) < 0) {
    return `The new target signature, ${day(to)}, is before today (${day(today)}): choose today or a later date.`;
  }
  const signed = steps.find((s) => s.status === 'Done' && isSignatureStep(s, markers));
  if (signed) {
    return `'${signed.step}' is already Done: a signed deal's plan is not re-planned from its signature.`;
  }
  const lastDone = steps
    .filter((s) => s.status === 'Done' && (s.doneOn ?? s.targetDate) !== null)
    .map((s) => ({ step: s.step, on: (s.doneOn ?? s.targetDate) as DateKey }))
    .sort((a, b) => compareDateKeys(b.on, a.on))[0];
  if (lastDone && compareDateKeys(to, lastDone.on) < 0) {
    return `The new target signature, ${day(to)}, is before '${lastDone.step}' was done (${day(lastDone.on)}): choose a later date.`;
  }
  const open = steps.filter((s) => isOpen(s) && s.targetDate !== null);
  if (open.length === 0) return 'No open step has a date to move: there is nothing to re-plan.';
  const from = input.signatureDate ?? open.find((s) => isSignatureStep(s, markers))?.targetDate;
  if (!from && input.mode === 'shift') {
    return 'The plan has no target signature to shift from: set one in the header, or choose "fit".';
  }
  if (from === to && input.mode === 'shift') {
    return `The target signature is already ${day(to)}: nothing moves.`;
  }
  return null;
}

/**
 * fit: the open steps keep their row order and the business days between them; the last step
 * before signature keeps its distance to the signature, which lands on the new date, and the
 * steps after signature follow it with their own spacing. When the steps before signature would
 * start before today, the gaps between them shrink in proportion until they fit.
 */
function fitTargets(
  input: ReplanInput,
  open: readonly ParsedStep[],
  signatureStep: ParsedStep | null,
  from: DateKey | null,
): { targets: Map<ParsedStep, DateKey>; compressed: boolean } {
  const { newSignatureDate: to, holidays, markers } = input;
  const belongsBefore = (s: ParsedStep): boolean => {
    if (markers?.length) {
      const marker = markers.find(
        (m) => m.step.trim().toLowerCase() === s.step.trim().toLowerCase(),
      );
      if (marker) return marker.beforeSignature;
    }
    if (signatureStep) return s.row < signatureStep.row;
    return from !== null && compareDateKeys(s.targetDate as DateKey, from) <= 0;
  };
  const before = open.filter((s) => s !== signatureStep && belongsBefore(s));
  const after = open.filter((s) => s !== signatureStep && !belongsBefore(s));
  const anchor = from ?? signatureStep?.targetDate ?? (before.at(-1)?.targetDate as DateKey);
  const gap = (a: DateKey, b: DateKey) => Math.max(0, businessDaysBetween(a, b, holidays));

  // Gaps before signature, last first: gaps[0] is the last step's distance to the signature.
  const dates = [...before.map((s) => s.targetDate as DateKey), anchor];
  const gaps = before.map((_, i) => gap(dates[i], dates[i + 1])).reverse();
  const earliest = businessDayOnOrAfter(input.today, holidays);
  const available = Math.max(0, businessDaysBetween(earliest, to, holidays));
  const needed = gaps.reduce((sum, g) => sum + g, 0);
  const firstAt = addBusinessDays(to, -needed, holidays);
  const compressed = before.length > 0 && compareDateKeys(firstAt, earliest) < 0;
  const used = compressed ? shareDays(gaps, available) : gaps;

  const targets = new Map<ParsedStep, DateKey>();
  if (signatureStep) targets.set(signatureStep, to);
  let later = to;
  used.forEach((g, k) => {
    later = addBusinessDays(later, -g, holidays);
    targets.set(before[before.length - 1 - k], later);
  });
  let previous = { old: anchor, now: to };
  for (const s of after) {
    const now = addBusinessDays(previous.now, gap(previous.old, s.targetDate as DateKey), holidays);
    targets.set(s, now);
    previous = { old: s.targetDate as DateKey, now };
  }
  return { targets, compressed };
}

/**
 * `available` business days shared among the gaps in proportion to their size (largest
 * remainder, ties to the gap nearest the signature), so no gap grows and the total fits.
 */
export function shareDays(gaps: readonly number[], available: number): number[] {
  const total = gaps.reduce((sum, g) => sum + g, 0);
  if (total <= available) return [...gaps];
  const shares = gaps.map((g, i) => ({
    i,
    base: Math.floor((g * available) / total),
    remainder: (g * available) % total,
  }));
  let left = available - shares.reduce((sum, s) => sum + s.base, 0);
  const out = shares.map((s) => s.base);
  for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
    if (left-- <= 0) break;
    out[s.i] += 1;
  }
  return out;
}
