import { type TemplateStep, sequentialBusinessDays } from './templates';
import { PLAUSIBLE_DATES } from './cells';
import {
  compareDateKeys,
  type DateKey,
  addBusinessDays,
  type Holidays,
  businessDaysBetween,
} from '../dates';
import { formatDateKey } from '../dates';

/**
 * For each step, the index of the step whose dates it follows: itself for a sequential step,
 * the nearest earlier sequential step for one that runs in parallel.
 */
export function anchorIndexes(steps: readonly TemplateStep[]): number[] {
  let anchor = 0;
  return steps.map((s, i) => {
    if (!s.parallelWithPrevious) anchor = i;
    return anchor;
  });
}

// A plan's dates must be dates the add-on can read back. The step reader treats a date outside
// PLAUSIBLE_DATES as a typo (see cells.ts), so a signature typed as 2206 for 2026 would write a
// plan whose every date is then reported as unreadable; and years near 9999 overflow the date
// arithmetic itself. Both are refused here, before anything is laid out, in the user's words.

const RANGE = `${PLAUSIBLE_DATES.first} to ${PLAUSIBLE_DATES.last}`;

export function inPlanRange(key: DateKey): boolean {
  return (
    compareDateKeys(key, PLAUSIBLE_DATES.first) >= 0 &&
    compareDateKeys(key, PLAUSIBLE_DATES.last) <= 0
  );
}

/** Why `key` (already a valid DateKey) cannot be a plan's date, or null when it can. */
export function outOfPlanRange(key: DateKey, what: string): string | null {
  return inPlanRange(key)
    ? null
    : `${what} ${key} is out of range: a plan's dates must fall in ${RANGE}.`;
}

/** Throws a RangeError for users when `key` (already a valid DateKey) is outside the range. */
export function requireDateInPlanRange(key: DateKey, what: string): DateKey {
  const problem = outOfPlanRange(key, what);
  if (problem) throw new RangeError(problem);
  return key;
}

/** Throws when the laid-out plan runs over either end of the range (a date close to an end). */
export function requireScheduleInPlanRange(first: DateKey, last: DateKey): void {
  if (!inPlanRange(first) || !inPlanRange(last)) {
    throw new RangeError(
      `The plan would run from ${first} to ${last}, outside the dates a plan can hold (${RANGE}); choose a signature date further inside that range.`,
    );
  }
}

// Laying steps on the business-day calendar. The one rule, in both directions: a step of d
// business days ends on its target date and starts d - 1 business days earlier, and the next
// sequential step starts on the business day after it ends, so
//   target(next) = addBusinessDays(target(previous), duration(next)).
// A parallel step shares its anchor's target date and starts according to its own duration.

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

// Compression: fit a run of steps into fewer business days, keeping their proportions.

/**
 * Durations that make the sequential steps take exactly `available` business days: every step
 * keeps 1 day, and the days left are shared in proportion to how much longer than 1 day each
 * step was (largest remainder, ties to the earlier step), so no step grows. A parallel step
 * shrinks by its anchor's ratio and stays within it. Natural durations when they already fit;
 * null when even 1 day per step does not fit.
 */
export function squeezeDurations(
  steps: readonly TemplateStep[],
  available: number,
): number[] | null {
  const natural = steps.map((s) => s.businessDays);
  const sequential = steps.flatMap((s, i) => (s.parallelWithPrevious ? [] : [i]));
  const needed = sequential.reduce((sum, i) => sum + natural[i], 0);
  if (available >= needed) return natural;
  if (available < sequential.length) return null;

  const extra = available - sequential.length;
  const weight = needed - sequential.length; // > extra > = 0, since needed > available
  const squeezed = [...natural];
  const shares = sequential.map((i) => {
    const numerator = (natural[i] - 1) * extra;
    return { i, base: Math.floor(numerator / weight), remainder: numerator % weight };
  });
  let left = extra - shares.reduce((sum, s) => sum + s.base, 0);
  for (const s of shares) squeezed[s.i] = 1 + s.base;
  for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
    if (left-- <= 0) break;
    squeezed[s.i] += 1;
  }

  anchorIndexes(steps).forEach((anchor, i) => {
    if (anchor === i) return;
    const scaled = Math.round((natural[i] * squeezed[anchor]) / natural[anchor]);
    squeezed[i] = Math.min(squeezed[anchor], Math.max(1, scaled));
  });
  return squeezed;
}

// How scheduling speaks to the user: short sentences with dates like "Nov 19".

/** "Nov 19", with the year only when it is not today's year. */
export function day(key: DateKey, today: DateKey): string {
  return formatDateKey(key, { year: today });
}

/** "Sat, Dec 12", for saying why a date moved. */
export function weekdayDay(key: DateKey, today: DateKey): string {
  return formatDateKey(key, { year: today, weekday: true });
}

export function businessDays(n: number): string {
  return `${n} business ${n === 1 ? 'day' : 'days'}`;
}

/**
 * What a start before today means: the first step's START date is gone, so "would have to start
 * 2 business days ago" (not "would be in the past", which reads as its target date).
 */
export function startsInPastWords(businessDaysAgo: number): string {
  return `The first step would have to start ${businessDays(businessDaysAgo)} ago`;
}

/** "1 business day is left", "3 business days are left". */
export function businessDaysLeft(n: number): string {
  return `${businessDays(n)} ${n === 1 ? 'is' : 'are'} left`;
}

// Steps worked forward into a window that may end on a fixed go-live date.

export interface ForwardWindow {
  steps: readonly TemplateStep[];
  /** The business day before the first step starts (the signature, or the eve of the start). */
  after: DateKey;
  /** The go-live date the steps must reach, if any. */
  end: DateKey | null;
  compress: boolean;
  holidays: Holidays;
  today: DateKey;
  /** How messages name these steps: "The steps after signature". */
  label: string;
}

export interface ForwardLayout {
  spans: Span[];
  compressed: boolean;
  /** False when the steps still end after `end`. */
  fits: boolean;
  warnings: string[];
}

/**
 * Natural durations when they reach `end`; then a final go-live step is put ON `end` (the slack
 * sits before go-live, earlier steps keep their dates). When they overrun `end`: squeezed to
 * fit if `compress`, else kept and reported.
 */
export function layForwardWindow(w: ForwardWindow): ForwardLayout {
  const natural = w.steps.map((s) => s.businessDays);
  const spans = layForward(w.steps, natural, w.after, w.holidays);
  const done = (extra: Partial<ForwardLayout> = {}): ForwardLayout => ({
    spans,
    compressed: false,
    fits: true,
    warnings: [],
    ...extra,
  });
  if (w.end === null || w.steps.length === 0) return done();

  const last = w.steps.length - 1;
  const naturalEnd = spans[last].targetDate;
  if (compareDateKeys(naturalEnd, w.end) <= 0) {
    if (w.steps[last].milestone === 'go-live') {
      spans[last] = {
        targetDate: w.end,
        startDate: addBusinessDays(w.end, -(natural[last] - 1), w.holidays),
        businessDays: natural[last],
      };
    }
    return done();
  }

  const need = sequentialBusinessDays(w.steps);
  const available = Math.max(0, businessDaysBetween(w.after, w.end, w.holidays));
  const goLive = day(w.end, w.today);
  const later = day(naturalEnd, w.today);
  if (!w.compress) {
    return done({
      fits: false,
      warnings: [
        `${w.label} need ${businessDays(need)} and end on ${later}, after the go-live date (${goLive}). Move go-live to ${later} or later, or compress the plan.`,
      ],
    });
  }
  const squeezed = squeezeDurations(w.steps, available);
  if (!squeezed) {
    const minimum = w.steps.filter((s) => !s.parallelWithPrevious).length;
    return done({
      fits: false,
      warnings: [
        `${w.label} cannot be compressed enough to reach go-live on ${goLive}: they need at least ${businessDays(minimum)} and only ${businessDaysLeft(available)}. Move go-live to ${later} or later.`,
      ],
    });
  }
  return {
    spans: layForward(w.steps, squeezed, w.after, w.holidays),
    compressed: true,
    fits: true,
    warnings: [
      `${w.label} are compressed from ${businessDays(need)} to ${businessDays(available)} to reach go-live on ${goLive}.`,
    ],
  };
}
