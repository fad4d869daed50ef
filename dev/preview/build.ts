// The preview's two builds: the add-on, with the project's own build functions, into a folder
// of the preview's (so `npm start` never empties dist/ under a test run or a `clasp push`), and
// the preview page itself.
import * as esbuild from 'esbuild';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(__dirname, '..', '..');

export interface AddOnBuild {
  codePath: string;
}

/**
 * Builds Code.js, Sidebar.html and appsscript.json into `dir` with build.mjs's own functions.
 * In a child process: build.mjs is an ES module, which a CommonJS host (jest) cannot import.
 */
export async function buildAddOn(dir: string): Promise<AddOnBuild> {
  const script = `
    import { buildServer, buildSidebar } from ${JSON.stringify(pathToFileURL(join(ROOT, 'build.mjs')).href)};
    import { copyFile, mkdir } from 'node:fs/promises';
    import { join } from 'node:path';
    const [root, dir] = process.argv.slice(1);
    await mkdir(dir, { recursive: true });
    await buildServer({ entry: join(root, 'src/server/index.ts'), outfile: join(dir, 'Code.js') });
    await buildSidebar({ dir: join(root, 'src/sidebar'), outfile: join(dir, 'Sidebar.html') });
    await copyFile(join(root, 'appsscript.json'), join(dir, 'appsscript.json'));`;
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, ROOT, dir],
      { cwd: ROOT },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`Building the add-on failed:\n${stderr || error.message}`))
          : resolve(),
    );
  });
  return { codePath: join(dir, 'Code.js') };
}

export interface PageAssets {
  html: string;
  script: string;
  style: string;
  bridge: string;
}

const PAGE = join(__dirname, 'page');

export async function buildPage(): Promise<PageAssets> {
  const script = await esbuild.build({
    entryPoints: [join(PAGE, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return {
    html: await readFile(join(PAGE, 'index.html'), 'utf8'),
    script: script.outputFiles[0].text,
    style: await readFile(join(PAGE, 'styles.css'), 'utf8'),
    bridge: await readFile(join(PAGE, 'bridge.js'), 'utf8'),
  };
}
