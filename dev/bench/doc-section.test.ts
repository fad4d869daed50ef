import { END_MARK, replaceResults, START_MARK } from './doc-section';

describe('replaceResults', () => {
  it('replaces only what lies between the markers', () => {
    const doc = `# Title\n\nMethod.\n\n${START_MARK}\nold table\n${END_MARK}\n\nAfter.\n`;
    const out = replaceResults(doc, '| new |');
    expect(out).toBe(`# Title\n\nMethod.\n\n${START_MARK}\n\n| new |\n\n${END_MARK}\n\nAfter.\n`);
    expect(replaceResults(out, 'again')).toContain(`${START_MARK}\n\nagain\n\n${END_MARK}`);
  });

  it('refuses a document without the markers rather than overwrite it', () => {
    expect(() => replaceResults('# hand-written', 'x')).toThrow(/markers/);
  });
});
