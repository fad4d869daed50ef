// Runs the benchmark: for each plan size, builds the world once, copies it for the reference
// script, then measures every operation on both.
import { join } from 'node:path';
import { bundleSizes } from './bundle-sizes';
import { checkBudgets } from './budgets';
import { PER_CALL_MS } from './cost';
import { installHostTimer } from './host-time';
import { machine } from './machine';
import { measure, type Measurement } from './measure';
import {
  OPERATIONS,
  ourRunner,
  REFERENCE_SIDEBAR_ROUND_TRIPS,
  referenceRunner,
  SIZE_FREE,
  type OperationId,
  type Runner,
} from './operations';
import type { BenchResult, CpuProbe, Row } from './results';
import { sidebarRoundTrips, type SidebarLoad } from './sidebar-round-trips';
import type { Matrix } from './sizes';
import { buildWorld, sameWorldWith, type World } from './world';
import type { PlanStatusResult } from '../../src/shared/api';
import { benchPortfolio, portfolioBudgets } from './portfolio';

/** Deals in the user's registry when getPortfolio is measured (50: the registry-size figure). */
const PORTFOLIO_DEALS = { full: [1, 10, 50], quick: [1, 5] } as const;

export const REFERENCE_CODE = join(__dirname, 'reference', 'Code.js');

export interface RunOptions {
  matrix: Matrix;
  mode: 'full' | 'quick';
  /** Measure the hand-written reference beside ours (the ratio column). */
  reference: boolean;
  /** Count the sidebar's round trips in Chromium. */
  browser: boolean;
  /**
   * Measure getPlanStatus's CPU on the budget's plan size (default true). Off where only the
   * deterministic budgets matter: CPU time depends on the machine's load.
   */
  cpuProbe?: boolean;
  operations?: readonly OperationId[];
  log?: (line: string) => void;
}

/** Warm reads are measured this many times; the median CPU is kept (counts never vary). */
const REPEATS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measureOperation(world: World, runner: Runner): Measurement {
  const w = { ...world };
  runner.prepare?.(w);
  if (!runner.warm)
    return measure(
      () => w.em,
      () => runner.run(w),
    );
  runner.run(w);
  const runs = Array.from({ length: REPEATS }, () =>
    measure(
      () => w.em,
      () => runner.run(w),
    ),
  );
  return {
    ...runs[0],
    cpuMs: median(runs.map((r) => r.cpuMs)),
    scriptCpuMs: median(runs.map((r) => r.scriptCpuMs)),
  };
}

/** Refuses a world the add-on cannot read cleanly: the numbers would measure an error path. */
function checkWorld(world: World): void {
  const status = world.em.call('getPlanStatus') as PlanStatusResult;
  if (status.warnings.length) {
    throw new Error(
      `the benchmark plan has warnings: ${JSON.stringify(status.warnings.slice(0, 3))}`,
    );
  }
  if (status.progress.total < world.steps * 0.5) {
    throw new Error(`getPlanStatus read ${status.progress.total} of ${world.steps} steps`);
  }
  world.em.resetCounts();
}

function checkReferenceWorld(world: World): void {
  const status = world.em.call('getPlanStatus') as { total: number };
  if (status.total !== world.steps) {
    throw new Error(`the reference script read ${status.total} of ${world.steps} steps`);
  }
  world.em.resetCounts();
}

export async function runBench(options: RunOptions): Promise<BenchResult> {
  installHostTimer();
  const log = options.log ?? (() => undefined);
  const operations = options.operations ?? OPERATIONS;
  const bundles = bundleSizes();
  const rows: Row[] = [];
  let sidebar: SidebarLoad | null = null;

  for (const stakeholders of options.matrix.stakeholders) {
    for (const steps of options.matrix.steps) {
      log(`${steps} steps, ${stakeholders} stakeholders`);
      const world = buildWorld({ steps, stakeholders, latencyMs: PER_CALL_MS });
      checkWorld(world);
      const ref = options.reference ? sameWorldWith(world, REFERENCE_CODE, PER_CALL_MS) : null;
      if (ref) checkReferenceWorld(ref);
      if (options.browser && sidebar === null) sidebar = await sidebarRoundTrips(world.em);
      world.em.resetCounts();
      for (const operation of operations) {
        // createPlan writes the template whatever the plan grows to: once per stakeholder count.
        if (SIZE_FREE.has(operation) && steps !== options.matrix.steps[0]) continue;
        const row: Row = {
          operation,
          steps,
          stakeholders,
          ours: measureOperation(world, ourRunner(operation, PER_CALL_MS)),
        };
        const theirs = ref ? referenceRunner(operation, PER_CALL_MS, REFERENCE_CODE) : null;
        if (ref && theirs) row.reference = measureOperation(ref, theirs);
        if (operation === 'sidebarLoad') {
          if (sidebar) row.roundTrips = sidebar.roundTrips;
          if (ref) row.referenceRoundTrips = REFERENCE_SIDEBAR_ROUND_TRIPS;
        }
        rows.push(row);
      }
    }
  }

  const cpuProbes = options.cpuProbe === false ? [] : probeStatusCpu(options.matrix, rows);
  log('Your deals');
  const portfolio = benchPortfolio(PORTFOLIO_DEALS[options.mode]);
  return {
    generatedAt: new Date().toISOString(),
    mode: options.mode,
    machine: machine(),
    perCallMs: PER_CALL_MS,
    matrix: options.matrix,
    bundles,
    sidebar,
    cpuProbes,
    rows,
    portfolio,
    budgets: [
      ...checkBudgets({ rows, sidebar, cpuProbes, bundles }),
      ...portfolioBudgets(portfolio),
    ],
  };
}

/** getPlanStatus on the CPU budget's plan size: from the matrix when it has it, else measured alone. */
function probeStatusCpu(matrix: Matrix, rows: readonly Row[]): CpuProbe[] {
  const inMatrix = rows
    .filter((r) => r.operation === 'getPlanStatus' && r.steps === matrix.cpuProbeSteps)
    .map((r) => ({ steps: r.steps, stakeholders: r.stakeholders, measurement: r.ours }));
  if (inMatrix.length) return inMatrix;
  const stakeholders = matrix.stakeholders[0];
  const world = buildWorld({ steps: matrix.cpuProbeSteps, stakeholders, latencyMs: PER_CALL_MS });
  checkWorld(world);
  const measurement = measureOperation(world, ourRunner('getPlanStatus', PER_CALL_MS));
  return [{ steps: matrix.cpuProbeSteps, stakeholders, measurement }];
}
