// How "Your deals" words a deal, its background run and the weeks ahead. Dates and times come
// from core so the tab reads like the rest of the sidebar; pure, so it is tested without a
// browser.
import {
  calendarDaysBetween,
  dateKeyOfInstant,
  formatDateKey,
  formatInstant,
  isDateKey,
} from '../../core/dates';
import { isolateForText, plural } from '../../core/text';
import type {
  PortfolioDealJson,
  PortfolioItemJson,
  PortfolioJson,
  PortfolioWeekJson,
} from '../../shared/api';

/** A line and whether it needs the seller's attention (shown in warning style). */
export interface Said {
  text: string;
  warn: boolean;
}

/** The crunch thresholds a seller may choose: distinct deals with steps in one week. */
export const CRUNCH_THRESHOLDS = [2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const DEFAULT_CRUNCH_THRESHOLD = 2;

/** A week of quiet from the customer is worth a look. */
const QUIET_DAYS = 7;

function moment(iso: string, timeZone: string, today: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return formatInstant(iso, timeZone, { weekday: true, year: today });
}

function day(key: string, today: string): string {
  return isDateKey(key) ? formatDateKey(key, { weekday: true, year: today }) : key;
}

/** The sheet's calendar day of an instant; an unknown zone counts in UTC rather than fail. */
function dayOfInstant(ms: number, timeZone: string): string {
  try {
    return dateKeyOfInstant(ms, timeZone);
  } catch {
    return dateKeyOfInstant(ms, 'UTC');
  }
}

/** Whole calendar days from an instant (in the sheet's zone) to today; null when unreadable. */
function daysSince(iso: string, timeZone: string, today: string): number | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !isDateKey(today)) return null;
  return calendarDaysBetween(dayOfInstant(ms, timeZone), today);
}

export function progressText(progress: PortfolioDealJson['progress']): string {
  const percent = Math.max(0, Math.min(100, Math.round(progress.percent)));
  return `${progress.done} of ${plural(progress.total, 'step')} done (${percent}%)`;
}

export function signatureText(signatureDate: string | null, today: string): Said {
  return signatureDate
    ? { text: `Signature ${day(signatureDate, today)}`, warn: false }
    : { text: 'No signature date', warn: true };
}

export function countsText(deal: Pick<PortfolioDealJson, 'late' | 'uncommitted'>): Said {
  const parts: string[] = [];
  if (deal.late) parts.push(`${deal.late} late`);
  if (deal.uncommitted) parts.push(`${deal.uncommitted} without owner or date`);
  if (!parts.length) return { text: 'Nothing late or uncommitted', warn: false };
  return { text: parts.join(' · '), warn: deal.late > 0 };
}

export function commitmentText(percent: number | null): Said {
  if (percent === null) return { text: 'No customer-side steps', warn: false };
  const whole = Math.max(0, Math.min(100, Math.round(percent)));
  return { text: `Prospect committed to ${whole}% of their steps`, warn: whole < 50 };
}

export function customerEditText(iso: string | null, timeZone: string, today: string): Said {
  if (!iso) return { text: 'No customer edit yet', warn: true };
  const days = daysSince(iso, timeZone, today);
  if (days === null) return { text: `Last customer edit ${iso}`, warn: false };
  if (days <= 0) return { text: 'Customer edited today', warn: false };
  if (days === 1) return { text: 'Customer edited yesterday', warn: false };
  return { text: `No customer edit in ${plural(days, 'day')}`, warn: days >= QUIET_DAYS };
}

/** The plan's last hourly run: a failure, or a run that could not open its document, warns. */
export function backgroundText(
  background: PortfolioDealJson['background'] | undefined,
  timeZone: string,
  today: string,
): Said {
  if (!background) return { text: 'No background run yet.', warn: false };
  const when = moment(background.at, timeZone, today);
  const outcome = background.outcome.trim();
  const detail = outcome ? `: ${outcome}${/[.!?]$/.test(outcome) ? '' : '.'}` : '.';
  if (!background.ok) return { text: `Background run failed ${when}${detail}`, warn: true };
  if (!background.hadDocument) {
    return { text: `Background run ${when} ran without its document${detail}`, warn: true };
  }
  return { text: `Last background run ${when}${detail}`, warn: false };
}

export function staleText(asOf: string, timeZone: string, today: string): string {
  return `Summary from ${moment(asOf, timeZone, today)}: open the plan once to refresh it.`;
}

const OUTCOMES: Record<NonNullable<PortfolioDealJson['archived']>['outcome'], string> = {
  won: 'Won',
  lost: 'Lost',
  closed: 'Closed',
};

export function archivedText(
  archived: NonNullable<PortfolioDealJson['archived']>,
  timeZone: string,
  today: string,
): string {
  const ms = Date.parse(archived.at);
  const on = Number.isNaN(ms) ? archived.at : day(dayOfInstant(ms, timeZone), today);
  return `${OUTCOMES[archived.outcome] ?? archived.outcome} · archived ${on}`;
}

export function triggersText(triggers: PortfolioJson['triggers']): Said {
  const left = triggers.limit - triggers.used;
  return {
    text: `Background triggers: ${triggers.used} of ${triggers.limit} used.`,
    warn: left <= 2,
  };
}

export function weekLabel(week: PortfolioWeekJson, index: number): string {
  if (index === 0) return 'This week';
  return isDateKey(week.weekStart) ? formatDateKey(week.weekStart) : week.weekStart;
}

export interface DealLoad {
  spreadsheetId: string;
  customer: string;
  count: number;
}

/** A week's items per deal, in the order the deals first appear in it. */
export function loadByDeal(week: PortfolioWeekJson): DealLoad[] {
  const loads = new Map<string, DealLoad>();
  for (const item of week.items) {
    const load = loads.get(item.spreadsheetId);
    if (load) load.count += 1;
    else
      loads.set(item.spreadsheetId, {
        spreadsheetId: item.spreadsheetId,
        customer: item.customer,
        count: 1,
      });
  }
  return [...loads.values()];
}

/** "Week of Mon, Mar 17: 5 steps from 3 deals, crunch" — the week's name for a screen reader. */
export function weekSummary(week: PortfolioWeekJson, today: string): string {
  const deals = loadByDeal(week).length;
  const start = isDateKey(week.weekStart) ? day(week.weekStart, today) : week.weekStart;
  const load = week.items.length
    ? `${plural(week.items.length, 'step')} from ${plural(deals, 'deal')}`
    : 'nothing due';
  return `Week of ${start}: ${load}${week.crunch ? ', crunch' : ''}`;
}

export function itemDetail(item: PortfolioItemJson, today: string): string {
  const parts = [day(item.date, today), item.side || 'No side', item.owner || 'No owner'];
  if (item.daysLate > 0) parts.push(`${plural(item.daysLate, 'day')} late`);
  return parts.join(' · ');
}

/** A customer's name inside a sentence, kept from reordering the words around it. */
export function customerInText(customer: string): string {
  return isolateForText(customer || 'Unnamed customer');
}
