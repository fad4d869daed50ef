import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportsOfEntry, inspectBundle } from './inspect-bundle';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

function buildFixture(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'map-bundle-')), 'Code.js');
  const script = `import { buildServer } from ${JSON.stringify(join(root, 'build.mjs'))};
await buildServer({ entry: ${JSON.stringify(join(root, 'test/build/fixtures/entry.ts'))}, outfile: ${JSON.stringify(out)} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script]);
  return readFileSync(out, 'utf8');
}

describe('dist/ as Apps Script receives it', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'Code.js'))) throw new Error('dist/ is missing: run npm run build');
  });

  it('holds exactly the three files clasp pushes', () => {
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('exposes every export of the entry as a top-level function and touches no service while loading', () => {
    const names = exportsOfEntry(join(root, 'src/server/index.ts'));
    expect(names).toEqual(expect.arrayContaining(['onInstall', 'onOpen', 'showSidebar']));
    const report = inspectBundle(readFileSync(join(dist, 'Code.js'), 'utf8'), names);
    expect(report.parseError).toBeUndefined();
    expect(report.loadError).toBeUndefined();
    expect(report.importsOrExports).toEqual([]);
    expect(report.missingWrappers).toEqual([]);
    expect(report.serviceAccessesAtLoad).toEqual([]);
    expect(report.topLevelFunctions).toEqual(expect.arrayContaining(names));
  });

  it('ships the manifest with exactly the declared scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual(
      JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).oauthScopes,
    );
  });

  it('inlines the sidebar into one self-contained HTML file', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/inline:(script|style)/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    // Only the one closing tag the template itself has: code cannot end the script early.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });
});

describe('the bundle check itself', () => {
  const code = buildFixture();

  it('passes a fixture built with its wrappers', () => {
    const report = inspectBundle(code, ['first', 'second']);
    expect(report.missingWrappers).toEqual([]);
    expect(report.topLevelFunctions).toEqual(expect.arrayContaining(['first', 'second']));
    expect(report.topLevelFunctions).not.toContain('helper');
  });

  it('fails when an export loses its wrapper', () => {
    const dropped = code.replace(/function second\(\.\.\.args\) \{[^}]*\}/, '');
    expect(dropped).not.toEqual(code);
    expect(inspectBundle(dropped, ['first', 'second']).missingWrappers).toEqual(['second']);
  });

  it('fails when a service is touched at load time', () => {
    const eager = `${code}\nvar sheet = SpreadsheetApp.getActiveSpreadsheet;`;
    expect(inspectBundle(eager, ['first', 'second']).serviceAccessesAtLoad).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
  });

  it('fails on module syntax and on syntax newer than ES2020', () => {
    expect(inspectBundle(`${code}\nexport {};`, []).parseError).toBeDefined();
    expect(inspectBundle(`${code}\nvar a = b ||= 1;`, []).parseError).toBeDefined();
  });
});
