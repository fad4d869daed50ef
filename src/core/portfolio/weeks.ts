// The seller's load, week by week across deals: this week and the seven after it, Monday to
// Sunday. "This week" is the week of the caller's today, computed in the CURRENT spreadsheet's
// zone; step dates stay the calendar dates each plan holds (a step due Dec 3 in Tokyo is in the
// week of Dec 3 here too). Late open steps are still the seller's work: they sit in this week.
import { addDays, calendarDaysBetween, dayOfWeek, type DateKey } from '../dates';
import type { PortfolioItemJson, PortfolioWeekJson } from '../../shared/api';
import { classifyPortfolioStep, type PortfolioStep } from './summary';

export const WEEKS_SHOWN = 8;
/** Items from this many distinct deals in one week make it a crunch. */
export const DEFAULT_CRUNCH_THRESHOLD = 2;

export interface WeekSource {
  spreadsheetId: string;
  customer: string;
  steps: readonly PortfolioStep[];
}

/** The Monday on or before `day`. */
export function weekStartOf(day: DateKey): DateKey {
  return addDays(day, 1 - dayOfWeek(day));
}

/** The seller's steps: their own side, both sides, or the template says the seller is needed. */
export function isSellerStep(step: PortfolioStep): boolean {
  return step.side === 'Vendor' || step.side === 'Joint' || step.needsSeller;
}

export function weeksOf(
  sources: readonly WeekSource[],
  today: DateKey,
  crunchThreshold: number = DEFAULT_CRUNCH_THRESHOLD,
): PortfolioWeekJson[] {
  if (!Number.isInteger(crunchThreshold) || crunchThreshold < 1) {
    throw new RangeError(`The crunch threshold must be a whole number of deals, 1 or more.`);
  }
  const first = weekStartOf(today);
  const buckets: PortfolioItemJson[][] = Array.from({ length: WEEKS_SHOWN }, () => []);
  for (const source of sources) {
    for (const step of source.steps) {
      if (!isSellerStep(step)) continue;
      const { late, daysLate } = classifyPortfolioStep(step, today);
      const week = late ? 0 : Math.floor(calendarDaysBetween(first, step.date) / 7);
      if (week >= WEEKS_SHOWN) break; // steps come earliest first: the rest are later still
      buckets[week].push({
        spreadsheetId: source.spreadsheetId,
        customer: source.customer,
        row: step.row,
        step: step.title,
        date: step.date,
        side: step.side,
        owner: step.owner,
        daysLate,
      });
    }
  }
  return buckets.map((items, i) => {
    items.sort(byDateThenDeal);
    return {
      weekStart: addDays(first, 7 * i),
      items,
      crunch: new Set(items.map((item) => item.spreadsheetId)).size >= crunchThreshold,
    };
  });
}

function byDateThenDeal(a: PortfolioItemJson, b: PortfolioItemJson): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.customer !== b.customer) return a.customer.localeCompare(b.customer);
  if (a.spreadsheetId !== b.spreadsheetId) return a.spreadsheetId < b.spreadsheetId ? -1 : 1;
  return a.row - b.row;
}
