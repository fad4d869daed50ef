// "Your deals" in the benchmark: getPortfolio from a blank spreadsheet with 1 to 50 deals in the
// user's registry (its calls must not grow with the deals: one read of the user's properties),
// what publishing costs an execution (getPlanStatus when its summary changed, and when it did
// not: no write), and the registry's size in the user's 500 KB after the largest count.
import type { Emulator } from '../emulator';
import type { PlanStatusResult } from '../../src/shared/api';
import { grownMethods } from './budgets';
import { PER_CALL_MS } from './cost';
import { measure, type Measurement } from './measure';
import type { BudgetCheck } from './results';
import { findHeaderRow, newEmulator, OWNER, PLAN } from './world';

export interface PortfolioRow {
  deals: number;
  getPortfolio: Measurement;
  /** UTF-8 bytes of the user's properties (the registry and the weekly email's approvals). */
  registryBytes: number;
}

export interface PublishCost {
  /** getPlanStatus whose plan changed since it last published: one read, one write. */
  changed: Measurement;
  /** getPlanStatus again with nothing changed: one read, no write. */
  unchanged: Measurement;
}

export interface PortfolioBench {
  rows: PortfolioRow[];
  publish: PublishCost;
}

/** Deals kept open (an edit trigger each); older ones are archived, as a seller closes deals. */
const OPEN_DEALS = 15;

const USER_READS = ['Properties.getProperties'];
const USER_WRITES = ['Properties.setProperties', 'Properties.setProperty'];

function userBytes(em: Emulator): number {
  let bytes = 0;
  for (const [k, v] of em.properties.user(OWNER))
    bytes += Buffer.byteLength(k) + Buffer.byteLength(v);
  return bytes;
}

/** Deals are added one spreadsheet at a time; getPortfolio is measured at each count asked. */
export function benchPortfolio(counts: readonly number[]): PortfolioBench {
  const em = newEmulator(PER_CALL_MS);
  const rows: PortfolioRow[] = [];
  let made = 0;
  for (const target of [...counts].sort((a, b) => a - b)) {
    for (; made < target; made++) {
      // Google allows 20 triggers per user: past OPEN_DEALS the oldest deal is archived (won).
      if (made >= OPEN_DEALS) {
        em.useSpreadsheet(`Deal ${made + 1 - OPEN_DEALS}`);
        em.call('archiveDeal', { outcome: 'won' });
      }
      em.useSpreadsheet(`Deal ${made + 1}`);
      em.call('createPlan', { ...PLAN, customer: `Customer ${made + 1}` });
    }
    em.useSpreadsheet('Blank');
    em.call('getPortfolio');
    rows.push({
      deals: target,
      getPortfolio: measure(
        () => em,
        () => void em.call('getPortfolio'),
      ),
      registryBytes: userBytes(em),
    });
  }
  em.useSpreadsheet(`Deal ${made}`);
  const sheet = (em.call('getPlanStatus') as PlanStatusResult).sheetName;
  // The owner marks a step Done (the edit trigger publishes at most hourly: not this time).
  em.edit(`${sheet}!H${findHeaderRow(em, sheet) + 1}`, 'Done');
  const changed = measure(
    () => em,
    () => void em.call('getPlanStatus'),
  );
  const unchanged = measure(
    () => em,
    () => void em.call('getPlanStatus'),
  );
  return { rows, publish: { changed, unchanged } };
}

const count = (m: Measurement, methods: readonly string[]) =>
  methods.reduce((sum, k) => sum + (m.calls[k] ?? 0), 0);

export function portfolioBudgets(bench: PortfolioBench): BudgetCheck[] {
  const [base, ...rest] = bench.rows;
  const growth = rest.flatMap((r) =>
    grownMethods(base.getPortfolio.calls, r.getPortfolio.calls).map(
      (g) => `${g.method} ${g.from}→${g.to} (${base.deals}→${r.deals} deals)`,
    ),
  );
  const { changed, unchanged } = bench.publish;
  return [
    {
      name: 'getPortfolio: calls flat in deals',
      limit: 'no call grows with deals; 1 user-properties read',
      actual: growth.length
        ? growth.join('; ')
        : `flat (${base.getPortfolio.totalCalls} calls, ${count(base.getPortfolio, USER_READS)} read)`,
      ok: growth.length === 0 && bench.rows.every((r) => count(r.getPortfolio, USER_READS) === 1),
    },
    {
      name: 'publish: user-properties calls per execution',
      limit: '1 read; 1 write when changed, 0 when not',
      actual: `changed: ${count(changed, USER_READS)} read, ${count(changed, USER_WRITES)} write; unchanged: ${count(unchanged, USER_READS)} read, ${count(unchanged, USER_WRITES)} write`,
      ok:
        count(changed, USER_READS) === 1 &&
        count(changed, USER_WRITES) === 1 &&
        count(unchanged, USER_READS) === 1 &&
        count(unchanged, USER_WRITES) === 0,
    },
  ];
}
