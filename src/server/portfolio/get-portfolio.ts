// getPortfolio: the seller's deals from their registry, with one read of their properties,
// whatever the number of deals. Today is the CURRENT spreadsheet's (a blank one works); each
// deal's status is taken on its own plan's day. When the current spreadsheet holds a plan its
// owner runs, it is published first, so the list is fresh about the deal the seller is in.
import { portfolioOf } from '../../core/portfolio';
import type { PortfolioJson, PortfolioOptionsJson } from '../../shared/api';
import { readPlan, type PlanReading } from '../plan/read-plan';
import { documentProperties } from '../platform/properties';
import { activeSpreadsheet, todayIn } from '../platform/sheets';
import { crunchThresholdOf, CRUNCH_KEY, requireCrunchOption } from './crunch';
import { publishPlan } from './publish';
import { openUserRegistry } from './registry-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function getPortfolio(options?: PortfolioOptionsJson): PortfolioJson {
  const given = requireCrunchOption(options);
  const ss = activeSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const stored = openUserRegistry().props.get(CRUNCH_KEY);
  const also: Record<string, string> =
    given !== null && String(given) !== stored ? { [CRUNCH_KEY]: String(given) } : {};
  const published = publishPlan({ ss, reading: planIn(ss, now), now, also });
  const registry = published.registry ?? openUserRegistry().registry;
  const portfolio = portfolioOf(registry, {
    today: todayIn(timeZone, now),
    nowInstant: now.getTime(),
    crunchThreshold: given ?? crunchThresholdOf(stored),
  });
  if (published.warning !== null) {
    portfolio.warnings.unshift({ spreadsheetId: ss.getId(), message: published.warning });
  }
  return portfolio;
}

/** The current spreadsheet's plan, or null: none, or one that cannot be read right now. */
export function planIn(ss: Spreadsheet, now: Date): PlanReading | null {
  try {
    return readPlan(ss, documentProperties(), now);
  } catch {
    return null;
  }
}
