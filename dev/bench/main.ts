// `npm run bench`: measures every public operation on plans of growing size, beside a
// hand-written reference, prints the table, writes artifacts/bench.json (and with --write the
// results section of docs/benchmark.md), and exits 1 when a budget is broken.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from './args';
import { ROOT } from './bundle-sizes';
import { replaceResults } from './doc-section';
import { reportMarkdown } from './report';
import { runBench } from './run';
import { FULL, QUICK } from './sizes';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const result = await runBench({
    matrix: args.quick ? QUICK : FULL,
    mode: args.quick ? 'quick' : 'full',
    reference: args.reference,
    browser: args.browser,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  const markdown = reportMarkdown(result);
  process.stdout.write(`${markdown}\n`);

  const json = resolve(ROOT, args.json);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(`bench: wrote ${json}\n`);
  if (args.write) {
    const doc = join(ROOT, 'docs', 'benchmark.md');
    writeFileSync(doc, replaceResults(readFileSync(doc, 'utf8'), markdown));
    process.stderr.write(`bench: wrote ${doc}\n`);
  }
  const broken = result.budgets.filter((b) => !b.ok);
  for (const b of broken)
    process.stderr.write(`bench: BUDGET BROKEN: ${b.name}: ${b.actual} (limit ${b.limit})\n`);
  return broken.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
