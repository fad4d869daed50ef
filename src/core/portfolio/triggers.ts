// The user's trigger budget. Google allows 20 installable triggers per user per script, and an
// add-on is one script across all of the user's files: every plan's edit trigger and weekly
// email trigger count against the same 20. The registry's meta values are how one plan knows
// what the others hold before it asks for another trigger, and how a refusal can say which
// plans to archive instead of passing on Google's own error text.
import { cleanValue, plural } from '../text';
import type { Registry } from './registry';

export const TRIGGER_LIMIT = 20;
/** From here the portfolio warns: two more plans with weekly email would exhaust the budget. */
export const TRIGGER_WARNING_AT = 18;
/** Plans named in a message; the rest are counted. */
const NAMED_HOLDERS = 8;

export interface TriggerHolder {
  spreadsheetId: string;
  customer: string;
  count: number;
}

export interface TriggerBudget {
  used: number;
  limit: number;
  /** Plans holding triggers, most first. */
  holders: TriggerHolder[];
  /** Deals whose meta could not be read: their triggers are not counted in `used`. */
  uncounted: number;
  /** Set from TRIGGER_WARNING_AT triggers in use. */
  message: string | null;
}

export function triggerBudget(registry: Registry): TriggerBudget {
  const holders: TriggerHolder[] = [];
  for (const { spreadsheetId, summary, meta } of registry.entries) {
    const count = meta?.triggers.length ?? 0;
    if (count === 0) continue;
    holders.push({ spreadsheetId, customer: nameOf(summary?.customer || meta?.customer), count });
  }
  holders.sort(
    (a, b) =>
      b.count - a.count ||
      a.customer.localeCompare(b.customer) ||
      (a.spreadsheetId < b.spreadsheetId ? -1 : 1),
  );
  const used = holders.reduce((sum, h) => sum + h.count, 0);
  const uncounted = new Set(
    registry.unreadable.filter((u) => u.kind === 'meta').map((u) => u.spreadsheetId),
  ).size;
  const budget = { used, limit: TRIGGER_LIMIT, holders, uncounted, message: null };
  return {
    ...budget,
    message:
      used >= TRIGGER_WARNING_AT
        ? `${inUse(budget)}. Each plan needs one for edits and one more while its weekly email is on. Archive closed deals to free theirs.`
        : null,
  };
}

export type TriggerDecision =
  { ok: true; budget: TriggerBudget } | { ok: false; budget: TriggerBudget; message: string };

/** Whether `needed` more triggers fit the user's budget; if not, a refusal that says what to do. */
export function canAddTriggers(registry: Registry, needed: number): TriggerDecision {
  if (!Number.isInteger(needed) || needed < 0) {
    throw new RangeError(`Triggers needed must be a whole number, 0 or more; got ${needed}.`);
  }
  const budget = triggerBudget(registry);
  if (budget.used + needed <= budget.limit) return { ok: true, budget };
  return { ok: false, budget, message: refusalOf(budget, needed) };
}

/**
 * The message when Google refuses a trigger although the registry counted room: it knows of
 * fewer triggers than exist (a plan never recorded, or an unreadable meta). Never Google's text.
 */
export function triggerLimitMessage(registry: Registry): string {
  const budget = triggerBudget(registry);
  const known =
    budget.holders.length > 0 ? ` The plans this add-on knows of hold ${listOf(budget)}.` : '';
  return `Google allows ${budget.limit} triggers for this add-on across all your spreadsheets, and they are all in use.${known} Archive a closed deal to free its triggers, or open your other plans once so they are counted.`;
}

function refusalOf(budget: TriggerBudget, needed: number): string {
  const free = Math.max(0, budget.limit - budget.used);
  const head =
    free === 0
      ? inUse(budget)
      : `This needs ${plural(needed, 'trigger')} but only ${free} of ${budget.limit} ${free === 1 ? 'is' : 'are'} free: ${listOf(budget)}`;
  return `${head}. Archive a closed deal to free its triggers.`;
}

function inUse(budget: TriggerBudget): string {
  const list = budget.holders.length > 0 ? `: ${listOf(budget)}` : '';
  return `You have ${budget.used} of ${budget.limit} triggers in use${list}`;
}

function listOf(budget: TriggerBudget): string {
  const named = budget.holders.slice(0, NAMED_HOLDERS).map((h) => `${h.customer} (${h.count})`);
  const more = budget.holders.length - named.length;
  if (more > 0) named.push(`${more} more ${more === 1 ? 'plan' : 'plans'}`);
  if (budget.uncounted > 0) {
    named.push(`${budget.uncounted} more ${budget.uncounted === 1 ? 'plan' : 'plans'} not counted`);
  }
  return named.join(', ');
}

/** A customer name for messages: cleaned, short, and never blank. */
export function nameOf(customer: string | undefined): string {
  return cleanValue(customer ?? '', 40) || 'Untitled plan';
}
