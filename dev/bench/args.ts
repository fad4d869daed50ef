// Command-line flags of `npm run bench`.

export interface BenchArgs {
  quick: boolean;
  /** Replace the results section of docs/benchmark.md. */
  write: boolean;
  reference: boolean;
  browser: boolean;
  json: string;
}

export const USAGE = `Usage: tsx dev/bench/main.ts [--quick] [--write] [--no-reference] [--no-browser] [--json FILE]
  --quick         CI mode: 10 and 1,000 steps, 1 and 10 stakeholders, the same budgets
  --write         also write the markdown into docs/benchmark.md (between its bench markers)
  --no-reference  skip the hand-written reference scripts (no ratio column)
  --no-browser    skip counting the sidebar's round trips in Chromium (that budget then fails)
  --json FILE     where to write the JSON (default artifacts/bench.json)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    write: false,
    reference: true,
    browser: true,
    json: 'artifacts/bench.json',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--write') args.write = true;
    else if (a === '--no-reference') args.reference = false;
    else if (a === '--no-browser') args.browser = false;
    else if (a === '--json') {
      const file = argv[++i];
      if (!file) throw new Error('--json needs a file name');
      args.json = file;
    } else throw new Error(`Unknown argument ${a}\n${USAGE}`);
  }
  return args;
}
