// `npm run build -- --scope=spreadsheets`: the way out should Google start the add-on's hourly
// trigger without its spreadsheet. Off by default; the default build must not ask for the wider
// scope nor carry the code that uses it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportsOfEntry, inspectBundle } from './inspect-bundle';

const root = join(__dirname, '..', '..');
const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
/** What only the by-id path calls or writes. */
const BY_ID_CODE = /openById|getUserLock|map\.copy\./;

let dir: string;
const plain = () => join(dir, 'plain');
const scoped = () => join(dir, 'scoped');
const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'map-scope-option-'));
  const script = `import { build } from ${JSON.stringify(join(root, 'build.mjs'))};
await build({ quiet: true, dist: ${JSON.stringify(plain())} });
await build({ quiet: true, scope: 'spreadsheets', dist: ${JSON.stringify(scoped())} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the --scope=spreadsheets build option', () => {
  it('leaves the default manifest as appsscript.json says, without the spreadsheets scope', () => {
    expect(read(plain(), 'appsscript.json')).toBe(read(root, 'appsscript.json'));
    expect(JSON.parse(read(plain(), 'appsscript.json')).oauthScopes).not.toContain(SPREADSHEETS);
  });

  it('adds the spreadsheets scope, and only that, to the manifest', () => {
    const before = JSON.parse(read(plain(), 'appsscript.json'));
    const after = JSON.parse(read(scoped(), 'appsscript.json'));
    expect(after).toEqual({ ...before, oauthScopes: [...before.oauthScopes, SPREADSHEETS] });
  });

  it('keeps the by-id path out of the default bundle and puts it in the scoped one', () => {
    expect(read(plain(), 'Code.js')).not.toMatch(BY_ID_CODE);
    expect(read(scoped(), 'Code.js')).toMatch(BY_ID_CODE);
    expect(read(scoped(), 'Sidebar.html')).toBe(read(plain(), 'Sidebar.html'));
  });

  it('builds a bundle Apps Script can load, with every public function', () => {
    const names = exportsOfEntry(join(root, 'src/server/index.ts'));
    const report = inspectBundle(read(scoped(), 'Code.js'), names);
    expect(report.loadError).toBeUndefined();
    expect(report.missingWrappers).toEqual([]);
    expect(report.serviceAccessesAtLoad).toEqual([]);
  });

  it('refuses an unknown scope before writing anything', () => {
    const run = spawnSync(process.execPath, [join(root, 'build.mjs'), '--scope=drive'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Unknown --scope=drive: the one option is --scope=spreadsheets.');
  });
});
