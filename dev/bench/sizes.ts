// Which plans the benchmark measures: the full matrix, and the quick one CI runs.

export interface Matrix {
  steps: number[];
  stakeholders: number[];
  /** Steps of the plan on which getPlanStatus's CPU budget is checked. */
  cpuProbeSteps: number;
}

export const FULL: Matrix = {
  steps: [10, 100, 1000, 5000],
  stakeholders: [1, 10, 50],
  cpuProbeSteps: 5000,
};

/**
 * CI: two sizes of each (a call that grows with steps shows between any two), and the 5,000-step
 * CPU budget on getPlanStatus alone.
 */
export const QUICK: Matrix = { steps: [10, 300], stakeholders: [1, 10], cpuProbeSteps: 5000 };
