// CI's guard on the benchmark's deterministic budgets: the quick bench (10 and 300 steps, 1
// and 10 stakeholders) run against the built dist/, one assertion per budget so a failure names
// what broke. The reference scripts are skipped here: they only add the ratio. getPlanStatus's
// CPU on 5,000 steps depends on the machine's load, so `npm run bench` measures and enforces it,
// not a jest run.
import { browserUnavailableReason } from '../../test/support/browser';
import type { BenchResult, BudgetCheck } from './results';
import { runBench } from './run';
import { QUICK } from './sizes';

const browser = browserUnavailableReason() === null;
let result: BenchResult;

beforeAll(async () => {
  result = await runBench({
    matrix: QUICK,
    mode: 'quick',
    reference: false,
    browser,
    cpuProbe: false,
  });
}, 180_000);

function failures(pick: (b: BudgetCheck) => boolean): string[] {
  const picked = result.budgets.filter(pick);
  if (picked.length === 0) throw new Error('no such budget in the run');
  return picked.filter((b) => !b.ok).map((b) => `${b.name}: ${b.actual} (limit ${b.limit})`);
}

describe('quick bench budgets', () => {
  it('makes no service call more often on a bigger plan', () => {
    expect(failures((b) => b.name.endsWith('calls flat in steps'))).toEqual([]);
  });

  it('handles an edit outside the step table and inside it within their call budgets', () => {
    expect(failures((b) => b.name.startsWith('onPlanEdit') && b.name.endsWith(': calls'))).toEqual(
      [],
    );
  });

  (browser ? it : it.skip)('loads the sidebar in one round trip', () => {
    expect(failures((b) => b.name.startsWith('sidebar load'))).toEqual([]);
  });

  it('reads the user properties once in getPortfolio however many deals, and publishes with at most one write', () => {
    expect(
      failures((b) => b.name.startsWith('getPortfolio') || b.name.startsWith('publish')),
    ).toEqual([]);
  });

  it('keeps dist/Code.js and dist/Sidebar.html within their size budgets', () => {
    expect(failures((b) => b.name.endsWith(' size'))).toEqual([]);
  });
});
