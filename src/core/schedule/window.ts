// Steps worked forward into a window that may end on a fixed go-live date.
import { addBusinessDays, businessDaysBetween, compareDateKeys, type Holidays } from '../dates';
import type { DateKey } from '../model';
import { sequentialBusinessDays } from '../templates/span';
import type { TemplateStep } from '../templates/types';
import { layForward, type Span } from './lay';
import { squeezeDurations } from './squeeze';
import { businessDays, businessDaysLeft, day } from './words';

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
