// The order jest hands test files to its workers: longest first, so the two workers of a CI
// machine finish together instead of one waiting on a long file started last. Jest does this
// itself only from its cache of durations, which a clean clone does not have; without it, it
// goes by file size, which runs a short file of long emulated weeks last. So the durations of
// the last full run are kept in test-durations.json, and a file jest has timed since wins.
//
// Refresh the list from a full run's results (`jest --json`, as .ci/run saves them):
//   node test/support/sequencer.cjs artifacts/jest-results.json
// Several files may be given: a file timed in a later one replaces the earlier time.
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '..', '..');
const DURATIONS = join(__dirname, 'test-durations.json');

/** Seconds for a file neither the list nor jest's cache has timed: a new file of its kind. */
const UNTIMED = { browser: 8, e2e: 4, unit: 1 };

function readDurations() {
  try {
    return JSON.parse(readFileSync(DURATIONS, 'utf8'));
  } catch {
    return {};
  }
}

class LongestFirst extends Sequencer {
  sort(tests) {
    const listed = readDurations();
    const seconds = (test) => {
      const timed = this.time(test);
      if (timed != null) return timed / 1000;
      const known = listed[relative(ROOT, test.path).split('\\').join('/')];
      if (known != null) return known;
      return UNTIMED[test.context.config.displayName?.name] ?? UNTIMED.unit;
    };
    const weight = new Map(tests.map((test) => [test, seconds(test)]));
    // A file that failed last time still goes first: its answer is the one wanted soonest.
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) ||
        weight.get(b) - weight.get(a) ||
        (a.path < b.path ? -1 : 1),
    );
  }
}

module.exports = LongestFirst;

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: node test/support/sequencer.cjs <jest --json results>...');
    process.exit(2);
  }
  const durations = {};
  for (const file of files) {
    for (const result of JSON.parse(readFileSync(file, 'utf8')).testResults) {
      const seconds = (result.endTime - result.startTime) / 1000;
      durations[relative(ROOT, result.name).split('\\').join('/')] = Math.round(seconds * 10) / 10;
    }
  }
  const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(DURATIONS, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${Object.keys(sorted).length} files timed into ${relative(ROOT, DURATIONS)}`);
}
