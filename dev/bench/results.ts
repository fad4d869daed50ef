// What one benchmark run produces: written as artifacts/bench.json and rendered as markdown.
import type { BundleSizes } from './bundle-sizes';
import type { Machine } from './machine';
import type { Measurement } from './measure';
import type { OperationId } from './operations';
import type { PortfolioBench } from './portfolio';
import type { SidebarLoad } from './sidebar-round-trips';
import type { Matrix } from './sizes';

export interface Row {
  operation: OperationId;
  steps: number;
  stakeholders: number;
  ours: Measurement;
  /** The hand-written reference doing the same; absent when the run skipped it. */
  reference?: Measurement;
  /** Round trips the sidebar needs (sidebar load only). */
  roundTrips?: number;
  referenceRoundTrips?: number;
}

export interface CpuProbe {
  steps: number;
  stakeholders: number;
  measurement: Measurement;
}

export interface BudgetCheck {
  name: string;
  limit: string;
  actual: string;
  ok: boolean;
}

export interface BenchResult {
  generatedAt: string;
  mode: 'full' | 'quick';
  machine: Machine;
  perCallMs: number;
  matrix: Matrix;
  bundles: BundleSizes;
  sidebar: SidebarLoad | null;
  cpuProbes: CpuProbe[];
  rows: Row[];
  /** "Your deals": getPortfolio by number of deals, the publish cost, the registry's size. */
  portfolio?: PortfolioBench;
  budgets: BudgetCheck[];
}
