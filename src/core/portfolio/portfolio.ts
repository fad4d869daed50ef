// "Your deals": every plan the user's registry knows of, riskiest first, the seller's weeks
// ahead across them, and what needs the seller's attention about the registry itself.
// `today` is supplied by the caller in the CURRENT spreadsheet's zone (the weeks count from
// it); each deal's status is taken on the plan's own day at `nowInstant`, in the plan's zone,
// as its own sidebar would show it.
import { addDays, formatDateKey, requireDateKey, type DateKey } from '../dates';
import { plural } from '../text';
import { formatKb, STORE_LIMIT_BYTES } from '../weekly-email';
import type { PortfolioDealJson, PortfolioJson, PortfolioWarningJson } from '../../shared/api';
import { msOf } from './decode';
import { dealOf, daysSince } from './deal';
import { PRUNE_AFTER_DAYS, type Registry, type RegistryEntry } from './registry';
import { dayOfInstant, type PortfolioSummary } from './summary';
import { nameOf, triggerBudget } from './triggers';
import { DEFAULT_CRUNCH_THRESHOLD, WEEKS_SHOWN, weekStartOf, weeksOf } from './weeks';

export interface PortfolioOptions {
  /** Today in the current spreadsheet's zone ('yyyy-MM-dd'). */
  today: DateKey;
  /** Now, as ISO text or epoch ms. */
  nowInstant: string | number;
  crunchThreshold?: number;
}

/** From this much of the user's 500 KB of properties in use, the portfolio says so. */
export const STORE_WARNING_BYTES = 400 * 1024;

type SummarizedEntry = RegistryEntry & { summary: PortfolioSummary };

export function portfolioOf(registry: Registry, options: PortfolioOptions): PortfolioJson {
  const today = requireDateKey(options.today, 'Today');
  const nowMs = msOf(options.nowInstant);
  if (!Number.isFinite(nowMs)) {
    throw new RangeError(`Now ${JSON.stringify(options.nowInstant)} is not a date and time.`);
  }
  const summarized = registry.entries.filter((e): e is SummarizedEntry => e.summary !== null);
  const deals = summarized.map((entry) => ({
    entry,
    deal: dealOf(entry, {
      planToday: dayOfInstant(nowMs, entry.summary.timeZone, today),
      nowMs,
    }),
  }));
  deals.sort((a, b) => byRisk(a.deal, b.deal));

  const open = deals.filter(({ deal }) => deal.archived === null);
  const crunchThreshold = options.crunchThreshold ?? DEFAULT_CRUNCH_THRESHOLD;
  const weeks = weeksOf(
    open.map(({ entry, deal }) => ({
      spreadsheetId: deal.spreadsheetId,
      customer: deal.customer,
      steps: entry.summary.steps,
    })),
    today,
    crunchThreshold,
  );

  const budget = triggerBudget(registry);
  const warnings: PortfolioWarningJson[] = [
    ...open.flatMap(({ entry, deal }) => dealWarnings(entry, deal, today, nowMs)),
    ...silentHolders(registry),
    ...registry.unreadable.map(unreadableWarning),
  ];
  if (budget.message !== null) warnings.push({ message: budget.message });
  if (registry.storeBytes >= STORE_WARNING_BYTES) {
    warnings.push({
      message: `Your add-on settings take ${formatKb(registry.storeBytes)} of the ${formatKb(STORE_LIMIT_BYTES)} Google keeps per user. Deals not opened for ${PRUNE_AFTER_DAYS} days are removed from this list; archive closed deals so they go sooner.`,
    });
  }
  return {
    today,
    deals: deals.map(({ deal }) => deal),
    weeks,
    warnings,
    triggers: { used: budget.used, limit: budget.limit },
    crunchThreshold,
  };
}

const STATUS_RANK: Record<PortfolioDealJson['status'], number> = {
  Stalled: 0,
  'At risk': 1,
  'On track': 2,
};

/** Riskiest first: status, then late steps, then the customer's weakest commitment; archived last. */
export function byRisk(a: PortfolioDealJson, b: PortfolioDealJson): number {
  return (
    Number(a.archived !== null) - Number(b.archived !== null) ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    b.late - a.late ||
    (a.prospectCommitment ?? 101) - (b.prospectCommitment ?? 101) ||
    a.customer.localeCompare(b.customer) ||
    (a.spreadsheetId < b.spreadsheetId ? -1 : a.spreadsheetId > b.spreadsheetId ? 1 : 0)
  );
}

function dealWarnings(
  entry: SummarizedEntry,
  deal: PortfolioDealJson,
  today: DateKey,
  nowMs: number,
): PortfolioWarningJson[] {
  const { spreadsheetId, customer } = deal;
  const { summary, meta, run } = entry;
  const warnings: PortfolioWarningJson[] = [];
  const dateOf = (instant: string): string =>
    formatDateKey(dayOfInstant(instant, summary.timeZone, 'UTC'), { year: today });

  // A failure of a trigger the plan no longer holds (weekly email since turned off) is old news.
  const stillHeld =
    run?.triggerUid == null || meta === null || meta.triggers.some((t) => t.id === run.triggerUid);
  if (run !== null && !run.ok && stillHeld) {
    const how = run.hadDocument ? 'failed' : 'failed (it started without its spreadsheet)';
    warnings.push({
      spreadsheetId,
      message: `${customer}: the hourly run on ${dateOf(run.at)} ${how}: ${run.outcome || 'no reason given'}.`,
    });
  }
  if (deal.stale) {
    warnings.push({
      spreadsheetId,
      message: `${customer}: this summary is from ${dateOf(summary.asOf)}, ${daysSince(summary.asOf, nowMs)} days ago — open the plan once to refresh it.`,
    });
  }
  const lastKept = summary.steps.length > 0 ? summary.steps[summary.steps.length - 1].date : null;
  const horizon = addDays(weekStartOf(today), 7 * WEEKS_SHOWN);
  if (
    (summary.later.length > 0 || summary.rest !== null) &&
    (lastKept === null || lastKept < horizon)
  ) {
    warnings.push({
      spreadsheetId,
      message: `${customer}: the plan is too large to list every step here; its steps ${lastKept === null ? '' : `after ${formatDateKey(lastKept, { year: today })} `}are counted but left out of the weeks.`,
    });
  }
  return warnings;
}

/** Plans whose meta lists triggers but that never published (or aged out): still counted. */
function silentHolders(registry: Registry): PortfolioWarningJson[] {
  return registry.entries.flatMap(({ spreadsheetId, summary, meta }) =>
    summary === null && meta !== null && meta.triggers.length > 0
      ? [
          {
            spreadsheetId,
            message: `${nameOf(meta.customer)} holds ${plural(meta.triggers.length, 'trigger')} of yours but has no summary here: open that plan once, or archive it to free them.`,
          },
        ]
      : [],
  );
}

function unreadableWarning(u: Registry['unreadable'][number]): PortfolioWarningJson {
  const what =
    u.kind === 'meta' ? 'bookkeeping' : u.kind === 'run' ? 'last hourly run' : (u.kind ?? 'entry');
  const then = u.newer
    ? 'it is left out until the add-on updates here'
    : 'it is left out, and written again the next time that plan is opened';
  const message = `The saved ${what} of one of your deals ${u.problem}; ${then}.`;
  return u.spreadsheetId === null ? { message } : { spreadsheetId: u.spreadsheetId, message };
}
