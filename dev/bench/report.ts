// Renders a run as markdown: budgets first (what CI cares about), then one line per operation
// and plan size with the reference beside it, then what each operation calls at the largest size.
import { EXECUTION_LIMIT_MS } from './cost';
import type { Measurement } from './measure';
import type { BenchResult, Row } from './results';
import { FLOORS, floorOf } from './floors';
import { roundTrips, roundTripsByKind } from './round-trips';

function n(value: number): string {
  return value.toLocaleString('en-US');
}

function seconds(ms: number): string {
  const s = ms / 1000;
  const text = s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : n(Math.round(s));
  // Past Apps Script's 6-minute limit the execution would be killed, not merely slow.
  return ms > EXECUTION_LIMIT_MS ? `${text} ⚠` : text;
}

function ratio(ours: Measurement, reference?: Measurement): string {
  if (!reference) return '—';
  if (ours.totalCalls === 0) return reference.totalCalls === 0 ? '1×' : '∞';
  const r = reference.totalCalls / ours.totalCalls;
  return `${r >= 10 ? n(Math.round(r)) : r.toFixed(1)}×`;
}

function table(header: string[], lines: string[][]): string {
  const head = `| ${header.join(' | ')} |`;
  const rule = `| ${header.map(() => '---').join(' | ')} |`;
  return [head, rule, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function stepsLabel(row: Row): string {
  return row.operation === 'createPlan' ? 'template' : n(row.steps);
}

function callsCell(row: Row): string {
  const trips = row.roundTrips !== undefined ? ` (${row.roundTrips} round trip)` : '';
  return `${n(row.ours.totalCalls)}${trips}`;
}

function referenceCell(row: Row): string {
  if (!row.reference) return '—';
  const trips =
    row.referenceRoundTrips !== undefined ? ` (${row.referenceRoundTrips} round trips)` : '';
  return `${n(row.reference.totalCalls)}${trips}`;
}

export function budgetsMarkdown(result: BenchResult): string {
  return table(
    ['Budget', 'Limit', 'Actual', ''],
    result.budgets.map((b) => [
      escapeCell(b.name),
      escapeCell(b.limit),
      escapeCell(b.actual),
      b.ok ? 'pass' : '**FAIL**',
    ]),
  );
}

export function rowsMarkdown(result: BenchResult): string {
  return table(
    [
      'Operation',
      'Steps',
      'Stake-holders',
      'Calls',
      'Round trips',
      'Simulated s',
      'Add-on CPU ms',
      'CPU ms (with emulator)',
      'Reference calls',
      'Reference simulated s',
      'Reference ÷ ours',
    ],
    result.rows.map((r) => [
      r.operation,
      stepsLabel(r),
      n(r.stakeholders),
      callsCell(r),
      n(roundTrips(r.ours.calls)),
      seconds(r.ours.simulatedMs),
      String(r.ours.scriptCpuMs),
      String(r.ours.cpuMs),
      referenceCell(r),
      r.reference ? seconds(r.reference.simulatedMs) : '—',
      ratio(r.ours, r.reference),
    ]),
  );
}

/** Calls by Service.method of each operation on the largest plan with the most stakeholders. */
export function breakdownMarkdown(result: BenchResult): string {
  const steps = Math.max(...result.rows.map((r) => r.steps));
  const people = Math.max(...result.rows.map((r) => r.stakeholders));
  const largest = result.rows.filter((r) => r.steps === steps && r.stakeholders === people);
  const describe = (m: Measurement) =>
    Object.entries(m.calls)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `Calls by method at ${n(steps)} steps and ${n(people)} stakeholders:`,
    '',
    table(
      ['Operation', 'Ours', 'Reference'],
      largest.map((r) => [
        r.operation,
        describe(r.ours),
        r.reference ? describe(r.reference) : '—',
      ]),
    ),
  ].join('\n');
}

/**
 * Each operation's round trips beside its floor: the fewest it could make, each one named, so
 * a reader sees what is left to save and why the rest cannot be.
 */
export function floorsMarkdown(result: BenchResult): string {
  const lines = FLOORS.flatMap((floor) => {
    const mine = result.rows.filter((r) => r.operation === floor.operation);
    if (mine.length === 0) return [];
    const worst = mine.reduce((a, b) =>
      roundTrips(b.ours.calls) > roundTrips(a.ours.calls) ? b : a,
    );
    const trips = roundTrips(worst.ours.calls);
    const least = floorOf(floor);
    return [
      [
        floor.operation,
        String(least),
        escapeCell(floor.needs.map(([what, k]) => `${what} (${k})`).join('; ')),
        `${trips} (${roundTripsByKind(worst.ours.calls)})`,
        `${(trips / least).toFixed(1)}×`,
      ],
    ];
  });
  return [
    "Round trips are the calls that leave the script (document reads and writes, inserts, properties, locks, triggers, mail, the screen); builders and a range's own coordinates do not (dev/bench/round-trips.ts). Floor: the fewest round trips the operation needs; measured: the most it made in this run.",
    '',
    table(['Operation', 'Floor', 'What the floor is', 'Measured', '÷ floor'], lines),
  ].join('\n');
}

export function reportMarkdown(result: BenchResult): string {
  const m = result.machine;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB (${n(b)} bytes)`;
  const failed = result.budgets.filter((b) => !b.ok).length;
  return [
    `Run: ${result.generatedAt} (${result.mode}), ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}.`,
    `Simulated time: ${result.perCallMs} ms per service call; ⚠ marks an execution past Apps Script's 6-minute limit.`,
    `Bundles: dist/Code.js ${kb(result.bundles.codeJsBytes)}, dist/Sidebar.html ${kb(result.bundles.sidebarHtmlBytes)}.`,
    '',
    `### Budgets (${failed === 0 ? 'all pass' : `${failed} failing`})`,
    '',
    budgetsMarkdown(result),
    '',
    '### Operations',
    '',
    rowsMarkdown(result),
    '',
    '### Round trips and their floors',
    '',
    floorsMarkdown(result),
    '',
    breakdownMarkdown(result),
    '',
    ...portfolioMarkdown(result),
  ].join('\n');
}

/** "Your deals": getPortfolio by deals in the registry, the publish cost, the registry's size. */
export function portfolioMarkdown(result: BenchResult): string[] {
  const p = result.portfolio;
  if (!p) return [];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const { changed, unchanged } = p.publish;
  return [
    '### Your deals',
    '',
    table(
      ['Deals', 'getPortfolio calls', 'Simulated', 'User properties'],
      p.rows.map((r) => [
        n(r.deals),
        String(r.getPortfolio.totalCalls),
        `${r.getPortfolio.simulatedMs} ms`,
        kb(r.registryBytes),
      ]),
    ),
    '',
    `Publishing, in getPlanStatus: ${changed.totalCalls} calls when the plan changed (one user-properties read, one write), ${unchanged.totalCalls} when it did not (no write).`,
    '',
  ];
}
