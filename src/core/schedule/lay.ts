// Laying steps on the business-day calendar. The one rule, in both directions: a step of d
// business days ends on its target date and starts d - 1 business days earlier, and the next
// sequential step starts on the business day after it ends, so
//   target(next) = addBusinessDays(target(previous), duration(next)).
// A parallel step shares its anchor's target date and starts according to its own duration.
import { addBusinessDays, type Holidays } from '../dates';
import type { DateKey } from '../model';
import type { TemplateStep } from '../templates/types';
import { anchorIndexes } from './anchors';

export interface Span {
  startDate: DateKey;
  targetDate: DateKey;
  /** The duration the step was laid with (less than the template's when compressed). */
  businessDays: number;
}

/** Worked back: the last sequential step ends on `end` (a business day). */
export function layBackward(
  steps: readonly TemplateStep[],
  durations: readonly number[],
  end: DateKey,
  holidays?: Holidays,
): Span[] {
  const targets: DateKey[] = new Array(steps.length);
  let later: { target: DateKey; duration: number } | null = null;
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i].parallelWithPrevious) continue;
    targets[i] = later ? addBusinessDays(later.target, -later.duration, holidays) : end;
    later = { target: targets[i], duration: durations[i] };
  }
  return spans(steps, durations, targets, holidays);
}

/**
 * Worked forward: the first sequential step starts on the business day after `after` (the
 * target of whatever came before: the signature step, or the day before the plan starts).
 */
export function layForward(
  steps: readonly TemplateStep[],
  durations: readonly number[],
  after: DateKey,
  holidays?: Holidays,
): Span[] {
  const targets: DateKey[] = new Array(steps.length);
  let previous = after;
  steps.forEach((s, i) => {
    if (s.parallelWithPrevious) return;
    targets[i] = addBusinessDays(previous, durations[i], holidays);
    previous = targets[i];
  });
  return spans(steps, durations, targets, holidays);
}

function spans(
  steps: readonly TemplateStep[],
  durations: readonly number[],
  sequentialTargets: DateKey[],
  holidays?: Holidays,
): Span[] {
  const anchors = anchorIndexes(steps);
  return steps.map((_, i) => {
    const targetDate = sequentialTargets[anchors[i]];
    return {
      targetDate,
      startDate: addBusinessDays(targetDate, -(durations[i] - 1), holidays),
      businessDays: durations[i],
    };
  });
}
