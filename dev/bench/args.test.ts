import { parseArgs } from './args';

describe('parseArgs', () => {
  it('defaults to the full run with the reference and the browser', () => {
    expect(parseArgs([])).toEqual({
      quick: false,
      write: false,
      reference: true,
      browser: true,
      json: 'artifacts/bench.json',
    });
  });

  it('reads every flag', () => {
    expect(
      parseArgs(['--quick', '--write', '--no-reference', '--no-browser', '--json', 'x.json']),
    ).toEqual({
      quick: true,
      write: true,
      reference: false,
      browser: false,
      json: 'x.json',
    });
  });

  it('refuses an unknown flag and a --json without a file', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown argument --fast/);
    expect(() => parseArgs(['--json'])).toThrow(/needs a file/);
  });
});
