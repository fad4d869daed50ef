// One deal as the portfolio shows it, from its stored summary on a given day. Status and late
// steps come from the plan's own step classification and status rule, so a plan nobody edited
// since it published says here what its own sidebar says today.
import { formatDateKey, type DateKey } from '../dates';
import { classifyStep, planStatusOf, type PlanStatus } from '../plan';
import { plural, safeHttpUrl } from '../text';
import type { PortfolioDealJson } from '../../shared/api';
import { spreadsheetUrlOf } from './keys';
import type { RegistryEntry } from './registry';
import { classifyPortfolioStep, type PortfolioSummary } from './summary';
import { nameOf } from './triggers';

export interface DealStatus {
  status: PlanStatus;
  /** Open steps past their date. A lower bound only for plans too big to keep every date. */
  late: number;
  mostDaysLate: number;
}

/** Status and late steps of a summarized plan on `today` (a day in the plan's zone). */
export function dealStatusOn(summary: PortfolioSummary, today: DateKey): DealStatus {
  let late = 0;
  let mostDaysLate = 0;
  // Steps kept only by date are open (that is why they are kept): classify them as such.
  const count = (targetDate: DateKey, steps: number): void => {
    const state = classifyStep({ owner: '', targetDate, status: 'Not started' }, today);
    if (!state.late) return;
    late += steps;
    mostDaysLate = Math.max(mostDaysLate, state.daysLate);
  };
  for (const step of summary.steps) {
    const state = classifyPortfolioStep(step, today);
    if (state.late) {
      late++;
      mostDaysLate = Math.max(mostDaysLate, state.daysLate);
    }
  }
  for (const { date, count: steps } of summary.later) count(date, steps);
  const rest = summary.rest;
  if (rest !== null) {
    // Only the range's ends are known: all are late after its last date, at least one after its first.
    count(rest.from, rest.to < today ? rest.count : 1);
  }
  return { status: planStatusOf(mostDaysLate), late, mostDaysLate };
}

/** Days without a customer edit from which the silence is worth a sentence. */
export const QUIET_CUSTOMER_DAYS = 7;
/** A summary older than this is stale: the plan has not been opened or ticked for a week. */
export const STALE_AFTER_DAYS = 7;

const MS_PER_DAY = 86_400_000;

export interface DealContext {
  /** The plan's own day (its zone) for status and lateness. */
  planToday: DateKey;
  nowMs: number;
}

export function dealOf(
  entry: RegistryEntry & { summary: PortfolioSummary },
  context: DealContext,
): PortfolioDealJson {
  const { summary, meta, run } = entry;
  const { status, late, mostDaysLate } = dealStatusOn(summary, context.planToday);
  const archived = meta?.archived ?? null;
  const commitment = summary.customerSide;
  return {
    spreadsheetId: entry.spreadsheetId,
    customer: nameOf(summary.customer || meta?.customer),
    url:
      safeHttpUrl(summary.url) ?? safeHttpUrl(meta?.url) ?? spreadsheetUrlOf(entry.spreadsheetId),
    status,
    progress: { ...summary.progress },
    signatureDate: summary.signatureDate,
    late,
    uncommitted: summary.uncommitted,
    prospectCommitment:
      commitment.steps === 0 ? null : Math.round((100 * commitment.committed) / commitment.steps),
    lastCustomerEdit: summary.lastCustomerEdit,
    asOf: summary.asOf,
    archived: archived && { outcome: archived.outcome, at: archived.at },
    background: run && {
      at: run.at,
      ok: run.ok,
      outcome: run.outcome,
      hadDocument: run.hadDocument,
    },
    // An archived deal is not expected to be opened again: its age is no news.
    stale:
      archived === null && context.nowMs - Date.parse(summary.asOf) > STALE_AFTER_DAYS * MS_PER_DAY,
    signals: archived === null ? signalsOf(summary, late, mostDaysLate, context) : [],
  };
}

/** Whole days from an instant to now (24-hour periods, so the same in every zone). */
export function daysSince(instant: string, nowMs: number): number {
  return Math.floor((nowMs - Date.parse(instant)) / MS_PER_DAY);
}

/** Sentences for the seller, for the talk with the AE; never shown to the customer. */
function signalsOf(
  summary: PortfolioSummary,
  late: number,
  mostDaysLate: number,
  { planToday, nowMs }: DealContext,
): string[] {
  const signals: string[] = [];
  if (late > 0) {
    const by = plural(mostDaysLate, 'day');
    signals.push(late === 1 ? `1 step late, by ${by}` : `${late} steps late, the latest by ${by}`);
  }
  const side = summary.customerSide;
  if (side.noOwner > 0) {
    signals.push(
      `${side.noOwner} of ${plural(side.steps, 'customer step')} ${side.noOwner === 1 ? 'has' : 'have'} no owner — discuss with the AE`,
    );
  }
  if (side.noDate > 0) {
    signals.push(
      `${side.noDate} of ${plural(side.steps, 'customer step')} ${side.noDate === 1 ? 'has' : 'have'} no date`,
    );
  }
  if (summary.lastCustomerEdit === null) {
    signals.push('no customer edit seen yet');
  } else {
    const quiet = daysSince(summary.lastCustomerEdit, nowMs);
    if (quiet >= QUIET_CUSTOMER_DAYS) signals.push(`no customer edit in ${quiet} days`);
  }
  const { signatureDate, progress } = summary;
  if (signatureDate !== null && signatureDate < planToday && progress.done < progress.total) {
    signals.push(
      `the signature date (${formatDateKey(signatureDate, { year: planToday })}) has passed with ${plural(progress.total - progress.done, 'step')} open`,
    );
  }
  return signals;
}
