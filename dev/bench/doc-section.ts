// docs/benchmark.md is written by hand except the results between two markers, which
// `npm run bench -- --write` replaces; everything around them is kept as it is.

export const START_MARK = '<!-- bench:results:start -->';
export const END_MARK = '<!-- bench:results:end -->';

export function replaceResults(doc: string, results: string): string {
  const start = doc.indexOf(START_MARK);
  const end = doc.indexOf(END_MARK);
  if (start < 0 || end < start) {
    throw new Error(`docs/benchmark.md lacks the markers ${START_MARK} … ${END_MARK}`);
  }
  return `${doc.slice(0, start + START_MARK.length)}\n\n${results.trim()}\n\n${doc.slice(end)}`;
}
