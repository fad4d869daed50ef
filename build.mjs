// Builds the three files Apps Script receives: dist/Code.js, dist/Sidebar.html, dist/appsscript.json.
// Run directly (`node build.mjs`) or import { build, buildServer } for tests.
import * as esbuild from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
/** Exactly the files clasp pushes. */
const SHIPPED = ['Code.js', 'Sidebar.html', 'appsscript.json'];

/**
 * Each file appears whole or not at all (written beside it, then renamed), so a test, the
 * preview or the emulator reading dist/ while a build runs never sees an empty or partial file.
 */
let temporaries = 0;
async function writeAtomically(file, text) {
  await mkdir(dirname(file), { recursive: true });
  // Beside the folder, not in it: a reader listing dist/ never sees a half-made file either.
  const temporary = join(dirname(dirname(file)), `.build-${process.pid}-${++temporaries}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** The name of the one global the server bundle defines; the wrappers forward to it. */
export const GLOBAL_NAME = 'MutualActionPlan';

/** Names exported by an entry, read from an esbuild metafile so no hand-kept list can drift. */
export async function entryExports(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...output.exports].sort();
}

/**
 * Apps Script only sees top-level function declarations, so each export of the entry gets one
 * that forwards to the IIFE's global.
 */
export function wrappersFor(names, globalName = GLOBAL_NAME) {
  return names
    .map((name) => `function ${name}(...args) {\n  return ${globalName}.${name}(...args);\n}\n`)
    .join('\n');
}

/** The scope `--scope=spreadsheets` adds: every spreadsheet the user can open, by id. */
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** The values of `--scope=` build.mjs knows. */
export const SCOPE_OPTIONS = ['spreadsheets'];

/**
 * The manifest for a build: appsscript.json's text unchanged by default, so the default build
 * ships exactly the reviewed scopes; with `scope: 'spreadsheets'` the full Sheets scope added.
 */
export function manifestFor(text, { scope } = {}) {
  if (scope === undefined) return text;
  if (!SCOPE_OPTIONS.includes(scope)) {
    throw new Error(`Unknown --scope=${scope}: the one option is --scope=spreadsheets.`);
  }
  const manifest = JSON.parse(text);
  const scopes = manifest.oauthScopes ?? [];
  if (!scopes.includes(SPREADSHEETS_SCOPE)) manifest.oauthScopes = [...scopes, SPREADSHEETS_SCOPE];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The `spreadsheets` variant differs by one compile-time constant: MAP_OPEN_BY_ID lets the hourly
 * tick open its plan by id when Google starts it without its document. In the default build it
 * is false, esbuild drops that path, and the bundle is what it was without the option.
 */
export function definesFor({ scope } = {}) {
  return { MAP_OPEN_BY_ID: String(scope === 'spreadsheets') };
}

export async function buildServer({ entry, outfile, globalName = GLOBAL_NAME, scope }) {
  const names = await entryExports(entry);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Every execution (each edit, each hourly tick) parses the whole file, so it is minified to
    // stay small (the benchmark's budget); keepNames gives every function its real name back,
    // which is what Apps Script's stack traces print, and short lines keep positions usable.
    minify: true,
    keepNames: true,
    lineLimit: 160,
    define: definesFor({ scope }),
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const banner = '// Built by build.mjs; edit src/, not this file.\n';
  await writeAtomically(outfile, `${banner}${code}\n${wrappersFor(names, globalName)}`);
  return names;
}

/** Inline text into the HTML template; a function replacer keeps `$&` and friends literal. */
function inline(html, marker, text) {
  if (!html.includes(marker)) throw new Error(`Sidebar template lacks ${marker}`);
  return html.replace(marker, () => text);
}

export async function buildSidebar({ dir, outfile }) {
  const script = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const style = await esbuild.build({
    entryPoints: [join(dir, 'styles.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = style.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  html = inline(html, '/* inline:style */', css);
  html = inline(html, '/* inline:script */', js);
  await writeAtomically(outfile, html);
}

/**
 * `scope`: undefined (the add-on as reviewed) or 'spreadsheets' (see manifestFor). `dist`: where
 * to write, dist/ unless a test builds elsewhere.
 */
export async function build({ quiet = false, scope, dist = join(root, 'dist') } = {}) {
  const manifest = manifestFor(await readFile(join(root, 'appsscript.json'), 'utf8'), { scope });
  await mkdir(dist, { recursive: true });
  const names = await buildServer({
    entry: join(root, 'src/server/index.ts'),
    outfile: join(dist, 'Code.js'),
    scope,
  });
  await buildSidebar({ dir: join(root, 'src/sidebar'), outfile: join(dist, 'Sidebar.html') });
  await writeAtomically(join(dist, 'appsscript.json'), manifest);
  // clasp push replaces the whole remote project, so dist/ must hold exactly what we ship.
  for (const file of await readdir(dist)) {
    if (!SHIPPED.includes(file)) await rm(join(dist, file), { recursive: true, force: true });
  }
  if (!quiet)
    console.log(
      `Built dist/Code.js (${names.join(', ')}), dist/Sidebar.html, dist/appsscript.json` +
        (scope ? ` with --scope=${scope}` : ''),
    );
  return names;
}

/** `--scope=spreadsheets` or `--scope spreadsheets`; undefined without the option. */
export function scopeArgument(argv) {
  const at = argv.findIndex((a) => a === '--scope' || a.startsWith('--scope='));
  if (at < 0) return undefined;
  const value = argv[at] === '--scope' ? argv[at + 1] : argv[at].slice('--scope='.length);
  if (value === undefined || value === '')
    throw new Error('--scope needs a value: --scope=spreadsheets');
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Promise.resolve()
    .then(() =>
      build({ quiet: process.argv.includes('--quiet'), scope: scopeArgument(process.argv) }),
    )
    .catch((error) => {
      console.error(error.message ?? error);
      process.exit(1);
    });
}
