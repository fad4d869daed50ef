import type { Measurement } from './measure';
import { FLOORS, floorOf } from './floors';
import { floorsMarkdown, reportMarkdown, rowsMarkdown } from './report';
import type { BenchResult } from './results';

function m(totalCalls: number, simulatedMs = totalCalls * 10): Measurement {
  return {
    calls: { 'Range.getValue': totalCalls },
    totalCalls,
    simulatedMs,
    cpuMs: 2,
    scriptCpuMs: 1,
  };
}

function result(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    generatedAt: '2026-01-01T00:00:00.000Z',
    mode: 'quick',
    machine: { cpu: 'Test CPU', cores: 2, memoryGb: 4, node: 'v20.0.0', platform: 'linux x64' },
    perCallMs: 10,
    matrix: { steps: [10], stakeholders: [1], cpuProbeSteps: 10 },
    bundles: { codeJsBytes: 1024, sidebarHtmlBytes: 2048 },
    sidebar: { roundTrips: 1, calls: ['getSidebarState'] },
    cpuProbes: [],
    rows: [
      {
        operation: 'getPlanStatus',
        steps: 5000,
        stakeholders: 1,
        ours: m(9),
        reference: m(25_004, 400_000),
      },
      { operation: 'createPlan', steps: 10, stakeholders: 1, ours: m(200), reference: m(300) },
    ],
    budgets: [
      { name: 'a', limit: '≤ 5', actual: '4', ok: true },
      { name: 'b | c', limit: '≤ 1', actual: '2', ok: false },
    ],
    ...overrides,
  };
}

describe('the markdown report', () => {
  it('shows the reference ratio, and flags a run past the 6-minute limit', () => {
    const md = rowsMarkdown(result());
    expect(md).toContain(
      '| getPlanStatus | 5,000 | 1 | 9 | 9 | 0.09 | 1 | 2 | 25,004 | 400 ⚠ | 2,778× |',
    );
    expect(md).toContain(
      '| createPlan | template | 1 | 200 | 200 | 2.00 | 1 | 2 | 300 | 3.00 | 1.5× |',
    );
  });

  it('counts round trips apart from local calls, and sets them beside the floor', () => {
    const local = result({
      rows: [
        {
          operation: 'refreshFormatting',
          steps: 10,
          stakeholders: 1,
          ours: { ...m(30), calls: { 'Sheet.getRange': 20, 'Range.setValues': 10 } },
        },
      ],
    });
    expect(rowsMarkdown(local)).toContain('| refreshFormatting | 10 | 1 | 30 | 10 |');
    const least = floorOf(FLOORS.find((f) => f.operation === 'refreshFormatting')!);
    const line = floorsMarkdown(local)
      .split('\n')
      .find((l) => l.startsWith('| refreshFormatting |'));
    expect(line).toContain(
      `| refreshFormatting | ${least} | take and release the document lock (2);`,
    );
    expect(line).toContain(`| 10 (write 10) | ${(10 / least).toFixed(1)}× |`);
  });

  it('counts failing budgets, marks them, and escapes pipes in names', () => {
    const md = reportMarkdown(result());
    expect(md).toContain('### Budgets (1 failing)');
    expect(md).toContain('| b \\| c | ≤ 1 | 2 | **FAIL** |');
    expect(md).toContain('Test CPU, 2 cores');
    expect(reportMarkdown(result({ budgets: [] }))).toContain('(all pass)');
  });
});
