// The summary a plan publishes to its owner's registry: what the portfolio needs to tell, on
// any later day, the plan's status, late and uncommitted steps, progress and the seller's
// upcoming work, without opening the spreadsheet. Figures that do not move with the calendar
// (progress, uncommitted, customer commitment) are counted here once from every step; only
// open dated steps are kept one by one, because whether they are late depends on the day.
import { dateKeyOfInstant, requireDateKey, type DateKey } from '../dates';
import {
  classifyStep,
  progressOf,
  type ClassifiableStep,
  type PlanHeader,
  type Side,
  type StepStatus,
} from '../plan';
import { cleanValue, safeHttpUrl } from '../text';
import { requireInstant } from './decode';
import { requireSpreadsheetId } from './keys';

// Text caps, in code points: enough to recognise a step or a customer in a list, small
// enough that some forty ordinary steps fit one summary.
export const TITLE_MAX = 80;
export const OWNER_MAX = 60;
export const NAME_MAX = 80;
/** A spreadsheet's URL is about 90 characters; a cut URL would lead nowhere, so longer is none. */
export const URL_MAX = 300;

/** The plan's link if it is a plain http(s) URL of sensible length, else '' (the id gives one). */
export function storedUrl(url: unknown): string {
  const safe = safeHttpUrl(url);
  return safe !== null && safe.length <= URL_MAX ? safe : '';
}

// IANA zone names are short ASCII ("America/Argentina/ComodRivadavia" is among the longest).
const ZONE_NAME = /^[A-Za-z0-9_+\-/]{1,64}$/;

/** The plan's zone name if it looks like one, else UTC (what an unknown zone is read as anyway). */
export function storedZone(timeZone: unknown): string {
  return typeof timeZone === 'string' && ZONE_NAME.test(timeZone) ? timeZone : 'UTC';
}

export type OpenStatus = Exclude<StepStatus, 'Done' | 'Skipped'>;

/**
 * An open step with a readable target date, as the registry keeps it. Title and owner are
 * cleaned and capped when the summary is encoded (only for the steps kept in full).
 */
export interface PortfolioStep {
  row: number;
  title: string;
  side: Side | '';
  owner: string;
  date: DateKey;
  status: OpenStatus;
  /** The template says the seller takes part even though the side is the customer's. */
  needsSeller: boolean;
}

/** Open dated steps kept only as a count per date, when a plan is too big to keep them all. */
export interface StepsOnDate {
  date: DateKey;
  count: number;
}

/** Open dated steps kept only as a count and a date range: the last resort of the encoder. */
export interface StepsInRange {
  count: number;
  from: DateKey;
  to: DateKey;
}

/** Customer-side steps (Prospect or Joint, Skipped ones left out) and their commitment. */
export interface CustomerCommitment {
  steps: number;
  /** Steps with an owner and a readable date, or already done. */
  committed: number;
  /** Open steps with no owner. */
  noOwner: number;
  /** Open steps with no readable date. */
  noDate: number;
}

export interface PortfolioSummary {
  spreadsheetId: string;
  url: string;
  timeZone: string;
  customer: string;
  vendor: string;
  signatureDate: DateKey | null;
  /** When the summary was made (ISO, to the second). */
  asOf: string;
  lastCustomerEdit: string | null;
  progress: { done: number; total: number; percent: number };
  /** Open steps with no owner or no readable date, as the plan's own status counts them. */
  uncommitted: number;
  customerSide: CustomerCommitment;
  /** Open dated steps, earliest first (so late ones first); cut short for very large plans. */
  steps: PortfolioStep[];
  /** Open dated steps after those in `steps`, counted per date, earliest first. */
  later: StepsOnDate[];
  /** Open dated steps after those in `later`, counted only. */
  rest: StepsInRange | null;
}

/** A step as the plan reader gives it (ParsedStep fits), plus the template's optional flag. */
export interface PortfolioStepInput extends ClassifiableStep {
  row: number;
  step: string;
  side: Side | '';
  needsSeller?: boolean;
}

export interface PortfolioSummaryInput {
  spreadsheetId: string;
  url: string;
  timeZone: string;
  header: Pick<PlanHeader, 'customer' | 'vendor' | 'signatureDate'> | null;
  steps: readonly PortfolioStepInput[];
  /** Now: ISO text or epoch ms. */
  asOf: string | number;
  /** The last edit made by someone outside the seller's team, if known. */
  lastCustomerEdit: string | number | null;
}

/** Sides whose steps the customer must staff ('Customer' is read as Prospect by the reader). */
export function isCustomerSide(side: Side | ''): boolean {
  return side === 'Prospect' || side === 'Joint';
}

export function summarizeForPortfolio(input: PortfolioSummaryInput): PortfolioSummary {
  const asOf = requireInstant(input.asOf, 'The summary time');
  const timeZone = storedZone(input.timeZone);
  const asOfDay = dayOfInstant(asOf, timeZone, 'UTC');
  const customerSide: CustomerCommitment = { steps: 0, committed: 0, noOwner: 0, noDate: 0 };
  const open: PortfolioStep[] = [];
  let uncommitted = 0;

  for (const step of input.steps) {
    if (step.targetDate !== null) requireStepDate(step);
    // The day only matters for lateness, which is not kept here: any day classifies the same.
    const state = classifyStep(step, asOfDay);
    if (state.uncommitted) uncommitted++;
    if (isCustomerSide(step.side) && !state.skipped) {
      customerSide.steps++;
      if (!state.uncommitted) customerSide.committed++;
      if (state.missing.includes('owner')) customerSide.noOwner++;
      if (state.missing.includes('date')) customerSide.noDate++;
    }
    if (!state.closed && step.targetDate !== null)
      open.push(portfolioStepOf(step, step.targetDate));
  }

  const signatureDate = input.header?.signatureDate ?? null;
  return {
    spreadsheetId: requireSpreadsheetId(input.spreadsheetId),
    url: storedUrl(input.url),
    timeZone,
    customer: cleanValue(input.header?.customer ?? '', NAME_MAX),
    vendor: cleanValue(input.header?.vendor ?? '', NAME_MAX),
    signatureDate:
      signatureDate === null ? null : requireDateKey(signatureDate, 'The signature date'),
    asOf,
    lastCustomerEdit:
      input.lastCustomerEdit === null
        ? null
        : requireInstant(input.lastCustomerEdit, 'The last customer edit'),
    progress: progressOf(input.steps.map((s) => s.status)),
    uncommitted,
    customerSide,
    steps: open.sort(byDateThenRow),
    later: [],
    rest: null,
  };
}

/** The plan's own classification of a kept step, on `today`. */
export function classifyPortfolioStep(
  step: PortfolioStep,
  today: DateKey,
): ReturnType<typeof classifyStep> {
  return classifyStep({ owner: step.owner, targetDate: step.date, status: step.status }, today);
}

export function byDateThenRow(a: PortfolioStep, b: PortfolioStep): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}

/**
 * The calendar day of an instant in a plan's zone. A zone this engine does not know (a hand
 * edit, an engine without full ICU) falls back to `fallback`: a zone name, or a day to use.
 */
export function dayOfInstant(
  instant: string | number,
  timeZone: string,
  fallback: 'UTC' | DateKey,
): DateKey {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  try {
    return dateKeyOfInstant(ms, timeZone);
  } catch {
    return fallback === 'UTC' ? dateKeyOfInstant(ms, 'UTC') : fallback;
  }
}

function portfolioStepOf(step: PortfolioStepInput, date: DateKey): PortfolioStep {
  return {
    row: step.row,
    title: step.step,
    side: step.side,
    owner: step.owner,
    date,
    status: step.status as OpenStatus,
    needsSeller: step.needsSeller === true,
  };
}

function requireStepDate(step: PortfolioStepInput): void {
  try {
    requireDateKey(step.targetDate, 'target date');
  } catch (error) {
    throw new RangeError(`Row ${step.row}: ${(error as Error).message}`);
  }
}
