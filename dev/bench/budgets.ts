// The benchmark's budgets, checked against a run's rows. Pure: the unit test feeds it made-up
// rows to prove each check can fail.
import type { BundleSizes } from './bundle-sizes';
import { OUTSIDE_EDITS, SIZE_FREE, type OperationId } from './operations';
import type { BudgetCheck, CpuProbe, Row } from './results';
import type { SidebarLoad } from './sidebar-round-trips';
import { FLOORS, FLOOR_BUDGETED, floorOf } from './floors';
import { roundTrips } from './round-trips';

export const LIMITS = {
  outsideEditCalls: 5,
  /**
   * A Status edit in the table that stamps Done on: the 5 calls that dismiss an outside edit,
   * one read of heading and row, the spreadsheet's zone for today, two Utilities.formatDate
   * (the first conversions in the sheet's zone and in UTC check Intl against the platform; no
   * document round trip), and one write (2 calls).
   * Only an edit at the table's end costs more: it reads the rules (1 round trip), and when it
   * moved the end (a step appended, the last steps cleared) rewrites the rules and the header's
   * live formulas (2 more), so the sheet's own formatting keeps ending where the table does.
   */
  tableEditCalls: 12,
  sidebarRoundTrips: 1,
  statusCpuMs: 200,
  /** createPlan and refreshFormatting: round trips at most this many times their floor. */
  floorTimes: 2,
  // keepNames and short lines keep Apps Script's stack traces readable. "Your deals" added
  // ~35 KB; re-planning, reminders, the by-id tick and the self-check ~25 KB more.
  codeJsBytes: 240 * 1024,
  // One HTML file loaded per sidebar open; the third tab (Your deals) took it past 80 KB.
  sidebarHtmlBytes: 100 * 1024,
} as const;

export interface BudgetInput {
  rows: readonly Row[];
  sidebar: SidebarLoad | null;
  cpuProbes: readonly CpuProbe[];
  bundles: BundleSizes;
}

/** Each Service.method whose count at `later` exceeds its count at `base`. */
export function grownMethods(
  base: Record<string, number>,
  later: Record<string, number>,
): { method: string; from: number; to: number }[] {
  return Object.entries(later)
    .filter(([method, n]) => n > (base[method] ?? 0))
    .map(([method, n]) => ({ method, from: base[method] ?? 0, to: n }));
}

/** For every operation: at each stakeholder count, no service call is made more often on a bigger plan. */
export function flatInSteps(rows: readonly Row[]): BudgetCheck[] {
  const operations = [...new Set(rows.map((r) => r.operation))].filter((op) => !SIZE_FREE.has(op));
  return operations.map((operation) => {
    const growth: string[] = [];
    const mine = rows.filter((r) => r.operation === operation);
    for (const stakeholders of new Set(mine.map((r) => r.stakeholders))) {
      const series = mine
        .filter((r) => r.stakeholders === stakeholders)
        .sort((a, b) => a.steps - b.steps);
      const base = series[0];
      for (const later of series.slice(1)) {
        const grown = grownMethods(base.ours.calls, later.ours.calls).filter(
          (g) => !MAY_GROW[operation]?.has(g.method),
        );
        for (const g of grown) {
          growth.push(
            `${g.method} ${g.from}→${g.to} (${base.steps}→${later.steps} steps, ${stakeholders} stakeholders)`,
          );
        }
      }
    }
    const counts = [...new Set(mine.map((r) => r.ours.totalCalls))].sort((a, b) => a - b);
    return {
      name: `${operation}: calls flat in steps`,
      limit: 'no call grows with steps',
      actual: growth.length
        ? growth.join('; ')
        : `flat (${counts.join(', ')} calls by stakeholders)`,
      ok: growth.length === 0,
    };
  });
}

/**
 * Reminders go one email per person with steps coming up: a bigger plan has more such people,
 * so the email and its two ledger writes may grow with it, within the people there are
 * (perPerson); every other call must stay flat in steps.
 */
export const PER_PERSON: ReadonlySet<OperationId> = new Set(['weeklyDigestTick (reminders)']);

/**
 * Calls an operation may make more of on a bigger plan, and why: a reminder email and its two
 * ledger writes per person reminded; a re-plan grows the Slip history tab (one insert) when its
 * rows do not fit the tab. Everything else is held flat.
 */
const MAY_GROW: Partial<Record<OperationId, ReadonlySet<string>>> = {
  'weeklyDigestTick (reminders)': new Set(['MailApp.sendEmail', 'Properties.setProperty']),
  replan: new Set(['Sheet.insertRowsAfter']),
};

export function perPerson(rows: readonly Row[]): BudgetCheck[] {
  return rows
    .filter((r) => PER_PERSON.has(r.operation))
    .map((r) => {
      const emails = r.ours.calls['MailApp.sendEmail'] ?? 0;
      const writes = r.ours.calls['Properties.setProperty'] ?? 0;
      const ok = emails <= r.stakeholders && writes <= 2 * emails + 2;
      return {
        name: `${r.operation}: one email per person (${r.steps} steps, ${r.stakeholders} stakeholders)`,
        limit: `≤ ${r.stakeholders} emails, ≤ 2 ledger writes each + 2`,
        actual: `${emails} emails, ${writes} writes`,
        ok,
      };
    });
}

/** Edits inside the step table, which must read and write, held to their own budget. */
export const TABLE_EDITS: ReadonlySet<OperationId> = new Set(['onPlanEdit (table)']);

/** The worst call count of each operation in `which`, held to `limit`. */
function worstCalls(
  rows: readonly Row[],
  which: ReadonlySet<OperationId>,
  limit: number,
): BudgetCheck[] {
  const ops = [...new Set(rows.map((r) => r.operation))].filter((op) => which.has(op));
  return ops.map((operation: OperationId) => {
    const worst = Math.max(
      ...rows.filter((r) => r.operation === operation).map((r) => r.ours.totalCalls),
    );
    return {
      name: `${operation}: calls`,
      limit: `≤ ${limit}`,
      actual: String(worst),
      ok: worst <= limit,
    };
  });
}

export function outsideEdits(rows: readonly Row[]): BudgetCheck[] {
  return worstCalls(rows, OUTSIDE_EDITS, LIMITS.outsideEditCalls);
}

export function tableEdits(rows: readonly Row[]): BudgetCheck[] {
  return worstCalls(rows, TABLE_EDITS, LIMITS.tableEditCalls);
}

/** Each operation of FLOOR_BUDGETED: its most round trips in the run, within floorTimes × its floor. */
export function withinFloor(rows: readonly Row[]): BudgetCheck[] {
  return FLOORS.filter((f) => FLOOR_BUDGETED.has(f.operation)).flatMap((floor) => {
    const mine = rows.filter((r) => r.operation === floor.operation);
    if (mine.length === 0) return [];
    const worst = Math.max(...mine.map((r) => roundTrips(r.ours.calls)));
    const limit = LIMITS.floorTimes * floorOf(floor);
    return [
      {
        name: `${floor.operation}: round trips`,
        limit: `≤ ${limit} (${LIMITS.floorTimes} × floor ${floorOf(floor)})`,
        actual: String(worst),
        ok: worst <= limit,
      },
    ];
  });
}

export function sidebarLoad(sidebar: SidebarLoad | null): BudgetCheck {
  const ok =
    sidebar !== null &&
    sidebar.roundTrips <= LIMITS.sidebarRoundTrips &&
    sidebar.calls.every((c) => c === 'getSidebarState');
  return {
    name: 'sidebar load: google.script.run round trips',
    limit: `${LIMITS.sidebarRoundTrips} (getSidebarState)`,
    actual: sidebar
      ? `${sidebar.roundTrips} (${sidebar.calls.join(', ') || 'none'})`
      : 'not measured',
    ok,
  };
}

export function statusCpu(probes: readonly CpuProbe[]): BudgetCheck {
  const worst = probes.reduce<CpuProbe | null>(
    (w, p) => (w === null || p.measurement.scriptCpuMs > w.measurement.scriptCpuMs ? p : w),
    null,
  );
  return {
    name: `getPlanStatus: add-on CPU on ${worst?.steps ?? '?'} steps`,
    limit: `≤ ${LIMITS.statusCpuMs} ms`,
    actual: worst
      ? `${worst.measurement.scriptCpuMs} ms (${worst.measurement.cpuMs} ms with the emulator)`
      : 'not measured',
    ok: worst !== null && worst.measurement.scriptCpuMs <= LIMITS.statusCpuMs,
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function bundleBudgets(bundles: BundleSizes): BudgetCheck[] {
  return [
    {
      name: 'dist/Code.js size',
      limit: `< ${kb(LIMITS.codeJsBytes)}`,
      actual: kb(bundles.codeJsBytes),
      ok: bundles.codeJsBytes < LIMITS.codeJsBytes,
    },
    {
      name: 'dist/Sidebar.html size',
      limit: `< ${kb(LIMITS.sidebarHtmlBytes)}`,
      actual: kb(bundles.sidebarHtmlBytes),
      ok: bundles.sidebarHtmlBytes < LIMITS.sidebarHtmlBytes,
    },
  ];
}

export function checkBudgets(input: BudgetInput): BudgetCheck[] {
  return [
    ...flatInSteps(input.rows),
    ...perPerson(input.rows),
    ...outsideEdits(input.rows),
    ...tableEdits(input.rows),
    ...withinFloor(input.rows),
    sidebarLoad(input.sidebar),
    statusCpu(input.cpuProbes),
    ...bundleBudgets(input.bundles),
  ];
}
