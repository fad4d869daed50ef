import {
  type Holidays,
  type DateKey,
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  calendarDaysBetween,
  compareDateKeys,
  holidaySet,
  invalidHolidays,
  maxDateKey,
  minDateKey,
  requireDateKey,
} from '../dates';
import {
  type Template,
  type TemplateStep,
  getTemplate,
  sequentialBusinessDays,
  splitAtSignature,
} from './templates';
import type { FieldError, SchedulePreview } from '../../shared/api';
import { templateProblems } from './template-rules';
import { sideWord } from './model';
import { planDateProblems } from './plan-dates';
import {
  requireDateInPlanRange,
  requireScheduleInPlanRange,
  layBackward,
  type Span,
  squeezeDurations,
  layForwardWindow,
  businessDays,
  businessDaysLeft,
  day,
  startsInPastWords,
  weekdayDay,
} from './work-back';

export interface ScheduleInput {
  /** A template, or its id. */
  template: Template | string;
  /** Target signature date; for a post-signature template (onboarding), the day work starts. */
  signatureDate: DateKey;
  goLiveDate?: DateKey | null;
  /** Today in the spreadsheet's time zone. */
  today: DateKey;
  holidays?: Holidays;
  /** Squeeze durations so the plan starts today and go-live is kept (see scheduleTemplate). */
  compress?: boolean;
}

export interface ScheduledStep extends TemplateStep {
  startDate: DateKey;
  targetDate: DateKey;
  /** As scheduled: fewer than typicalBusinessDays when the plan was compressed. */
  businessDays: number;
  /** The template's duration. */
  typicalBusinessDays: number;
}

export interface StartsInPast {
  /** Business days from the first step's start up to (not including) today. */
  businessDays: number;
  calendarDays: number;
  /** The earliest signature (or, for onboarding, start) date that keeps every duration. */
  earliestSignatureDate: DateKey;
  message: string;
}

export interface ScheduleResult {
  templateId: string;
  steps: ScheduledStep[];
  /** The first step's start date. */
  firstDate: DateKey;
  /** The signature date the plan uses (moved to a business day if needed). */
  signatureDate: DateKey;
  /**
   * The go-live step's date when the template has one; otherwise the requested go-live date
   * (moved to a business day), or null when none was given.
   */
  goLiveDate: DateKey | null;
  startsInPast: StartsInPast | null;
  /** True when some durations were squeezed (compress was asked for and was needed). */
  compressed: boolean;
  warnings: string[];
  /** The holidays the work-back skipped: sorted, each once. */
  holidays: DateKey[];
}

// The JSON the create form shows before anything is written (src/shared/api.ts).

export function schedulePreviewOf(result: ScheduleResult, today: DateKey): SchedulePreview {
  return {
    template: result.templateId,
    today,
    firstDate: result.firstDate,
    signatureDate: result.signatureDate,
    goLiveDate: result.goLiveDate,
    steps: result.steps.map((s) => ({
      phase: s.phase,
      step: s.step,
      side: sideWord(s.side),
      targetDate: s.targetDate,
    })),
    startsInPast: result.startsInPast,
    warnings: result.warnings,
    fieldErrors: [],
    holidays: result.holidays,
  };
}

/** The preview of options that cannot be scheduled: the reasons, by field, and nothing else. */
export function refusedPreviewOf(
  template: string,
  today: DateKey,
  fieldErrors: readonly FieldError[],
): SchedulePreview {
  return {
    template,
    today,
    firstDate: '',
    signatureDate: '',
    goLiveDate: null,
    steps: [],
    startsInPast: null,
    warnings: [],
    fieldErrors: fieldErrors.map(({ field, message }) => ({ field, message })),
    holidays: [],
  };
}

// Work-back scheduling of a template onto the calendar.
//
// The rule (see work-back.ts): every step ends on its target date and starts (duration - 1) business
// days earlier; the next step starts the business day after. So, for an evaluation template:
// - the Signature step ends on the signature date (moved to the previous business day when it
//   is a weekend or holiday, with a warning), and each earlier step ends the business day before
//   the next one starts; the plan takes sum(durations) business days, first day to signature;
// - steps after signature (kickoff...) are worked FORWARD, starting the business day after it;
// - a post-signature template (onboarding) starts ON the signature date (or the next business
//   day) and is worked forward;
// - a step marked parallelWithPrevious ends with the step before it and takes no time of its
//   own (templates keep it no longer than that step).
// Go-live: a weekend/holiday go-live date moves to the previous business day (with a warning).
// When a go-live date is given and the forward steps reach it early, the go-live step
// is put on that date (earlier steps keep their dates; the slack sits before go-live). When they
// overrun it, they are kept and reported, or squeezed to fit with `compress`.
// Start in the past: when the first step would start before today, `startsInPast` says by how
// much and which signature date would fit. With `compress`, durations are squeezed in proportion
// (at least 1 business day each) so the first step starts today (the next business day when
// today is not one) and signature (or, for onboarding, go-live) is kept; if even 1 day per step
// does not fit, the natural dates are kept and a warning says so.

interface Context {
  template: Template;
  requestedSignature: DateKey;
  goLive: DateKey | null;
  today: DateKey;
  holidays: Holidays;
  compress: boolean;
  warnings: string[];
}

export function scheduleTemplate(input: ScheduleInput): ScheduleResult {
  const template = resolveTemplate(input.template);
  const today = requireDateKey(input.today, 'Today');
  const signatureLabel = template.postSignature
    ? 'Signature (start) date'
    : 'Target signature date';
  const requestedSignature = requireDateInPlanRange(
    requireDateKey(input.signatureDate, signatureLabel),
    signatureLabel,
  );
  const requestedGoLive =
    input.goLiveDate == null || input.goLiveDate === ''
      ? null
      : requireDateInPlanRange(requireDateKey(input.goLiveDate, 'Go-live date'), 'Go-live date');
  const bad = invalidHolidays(input.holidays);
  if (bad.length > 0) {
    throw new RangeError(
      `Holiday ${JSON.stringify(bad[0])} is not a valid date (expected yyyy-MM-dd, e.g. 2026-12-25).`,
    );
  }
  const [datesProblem] = planDateProblems({
    template: template.id,
    signatureDate: requestedSignature,
    goLiveDate: requestedGoLive,
  });
  if (datesProblem) throw new RangeError(datesProblem.message);

  const holidays = holidaySet(input.holidays);
  const warnings: string[] = [];
  const goLive = requestedGoLive && toBusinessDay(requestedGoLive, 'go-live date');
  const ctx: Context = {
    template,
    requestedSignature,
    goLive,
    today,
    holidays,
    compress: input.compress === true,
    warnings,
  };
  const scheduled = template.postSignature ? scheduleOnboarding(ctx) : scheduleEvaluation(ctx);
  const last = maxDateKey(scheduled.goLiveDate, ...scheduled.steps.map((s) => s.targetDate));
  requireScheduleInPlanRange(scheduled.firstDate, last ?? scheduled.firstDate);
  return scheduled;

  function toBusinessDay(key: DateKey, what: string): DateKey {
    const moved = businessDayOnOrBefore(key, holidays);
    if (moved !== key) {
      warnings.push(
        `The ${what}, ${weekdayDay(key, today)}, is not a business day; the plan uses ${weekdayDay(moved, today)}.`,
      );
    }
    return moved;
  }
}

function scheduleEvaluation(ctx: Context): ScheduleResult {
  const { template, today, holidays, warnings } = ctx;
  const { before, after } = splitAtSignature(template);
  // A signature on a weekend or holiday moves to the business day before, unless that day has
  // already gone by (a Saturday signature asked for on that Saturday): then to the one after.
  const onOrBefore = businessDayOnOrBefore(ctx.requestedSignature, holidays);
  const signature =
    compareDateKeys(onOrBefore, today) < 0 && compareDateKeys(ctx.requestedSignature, today) >= 0
      ? businessDayOnOrAfter(ctx.requestedSignature, holidays)
      : onOrBefore;
  if (signature !== ctx.requestedSignature) {
    warnings.push(
      `The target signature date, ${weekdayDay(ctx.requestedSignature, today)}, is not a business day; the plan uses ${weekdayDay(signature, today)}.`,
    );
  }

  let beforeSpans = layBackward(before, durationsOf(before), signature, holidays);
  let startsInPast: StartsInPast | null = null;
  let compressed = false;
  const naturalFirst = beforeSpans[0].startDate;
  if (compareDateKeys(naturalFirst, today) < 0) {
    const from = businessDayOnOrAfter(today, holidays);
    const earliest = addBusinessDays(from, sequentialBusinessDays(before) - 1, holidays);
    const past = pastStart(
      naturalFirst,
      today,
      earliest,
      `move signature to ${day(earliest, today)}`,
      holidays,
    );
    if (compareDateKeys(signature, today) < 0) {
      // Compressing cannot help a signature date that has already gone by: say so plainly.
      past.message = `The target signature date, ${day(signature, today)}, is already past, so every step would be late. Move signature to ${day(earliest, today)} or later.`;
    }
    const available =
      compareDateKeys(signature, from) < 0 ? 0 : businessDaysBetween(from, signature, holidays) + 1;
    const squeezed = ctx.compress ? squeezeDurations(before, available) : null;
    if (squeezed) {
      beforeSpans = layBackward(before, squeezed, signature, holidays);
      compressed = true;
      warnings.push(
        `Compressed: the ${businessDays(sequentialBusinessDays(before))} of work before signature now fit in the ${businessDays(available)} from ${day(from, today)} to ${day(signature, today)}.`,
      );
    } else {
      startsInPast = past;
      if (ctx.compress) {
        const minimum = before.filter((s) => !s.parallelWithPrevious).length;
        warnings.push(
          `The plan cannot be compressed enough: its steps need at least ${businessDays(minimum)} and only ${businessDaysLeft(available)} before signature. Move signature to ${day(earliest, today)}.`,
        );
      }
    }
  }

  const forward = layForwardWindow({
    steps: after,
    after: signature,
    end: ctx.goLive,
    compress: ctx.compress,
    holidays,
    today,
    label: 'The steps after signature',
  });
  warnings.push(...forward.warnings);
  return result(ctx, [...before, ...after], [...beforeSpans, ...forward.spans], {
    signatureDate: signature,
    startsInPast,
    compressed: compressed || forward.compressed,
  });
}

function scheduleOnboarding(ctx: Context): ScheduleResult {
  const { template, today, holidays, warnings, goLive } = ctx;
  const steps = template.steps;
  const start = businessDayOnOrAfter(ctx.requestedSignature, holidays);
  if (start !== ctx.requestedSignature) {
    warnings.push(
      `The signature date, ${weekdayDay(ctx.requestedSignature, today)}, is not a business day; the plan starts on ${weekdayDay(start, today)}.`,
    );
  }
  const window = (from: DateKey, end: DateKey | null, compress: boolean) =>
    layForwardWindow({
      steps,
      after: addBusinessDays(from, -1, holidays),
      end,
      compress,
      holidays,
      today,
      label: 'The steps',
    });

  let layout = window(start, goLive, ctx.compress);
  let startsInPast: StartsInPast | null = null;
  if (compareDateKeys(start, today) < 0) {
    const from = businessDayOnOrAfter(today, holidays);
    const past = pastStart(start, today, from, `start it on ${day(from, today)}`, holidays);
    if (ctx.compress) {
      // Keep the go-live date: the one asked for, or the one the uncompressed plan reaches.
      const naturalEnd = window(start, null, false).spans[steps.length - 1].targetDate;
      const fromToday = window(from, goLive ?? naturalEnd, true);
      if (fromToday.fits) {
        layout = fromToday;
        if (!fromToday.compressed) {
          warnings.push(`The plan starts on ${day(from, today)} instead of ${day(start, today)}.`);
        }
      } else {
        // Keep the uncompressed dates, and say what starting today would take instead.
        layout = { ...window(start, goLive, false), warnings: fromToday.warnings };
        startsInPast = past;
      }
    } else {
      startsInPast = past;
    }
  }
  warnings.push(...layout.warnings);
  return result(ctx, steps, layout.spans, {
    signatureDate: ctx.requestedSignature,
    startsInPast,
    compressed: layout.compressed,
  });
}

function pastStart(
  first: DateKey,
  today: DateKey,
  earliest: DateKey,
  remedy: string,
  holidays: Holidays,
): StartsInPast {
  const ago = -businessDaysBetween(today, first, holidays);
  return {
    businessDays: ago,
    calendarDays: calendarDaysBetween(first, today),
    earliestSignatureDate: earliest,
    message: `${startsInPastWords(ago)} (${weekdayDay(first, today)}). Compress the plan or ${remedy}.`,
  };
}

function result(
  ctx: Context,
  steps: readonly TemplateStep[],
  spans: Span[],
  rest: Pick<ScheduleResult, 'signatureDate' | 'startsInPast' | 'compressed'>,
): ScheduleResult {
  const scheduled: ScheduledStep[] = steps.map((s, i) => ({
    ...s,
    ...spans[i],
    typicalBusinessDays: s.businessDays,
  }));
  const goLiveStep = scheduled.find((s) => s.milestone === 'go-live');
  return {
    templateId: ctx.template.id,
    steps: scheduled,
    firstDate: minDateKey(...scheduled.map((s) => s.startDate)) as DateKey,
    goLiveDate: goLiveStep ? goLiveStep.targetDate : ctx.goLive,
    warnings: ctx.warnings,
    holidays: [...ctx.holidays].sort(),
    ...rest,
  };
}

function durationsOf(steps: readonly TemplateStep[]): number[] {
  return steps.map((s) => s.businessDays);
}

function resolveTemplate(template: Template | string): Template {
  if (typeof template === 'string') return getTemplate(template);
  const problems = templateProblems(template);
  if (problems.length > 0) throw new Error(`Invalid template: ${problems.join('; ')}`);
  return template;
}
