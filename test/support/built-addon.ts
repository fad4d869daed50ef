// The add-on built as `npm start` builds it, once per jest run (into the run's folder of
// world-cache.ts; once per test file without one), with sessions over temporary state files:
// tests never touch dist/ or .preview/.
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddOn } from '../../dev/preview/build';
import { PreviewSession } from '../../dev/preview/session';
import { WORLD_CACHE_ENV } from './world-cache';

export interface TestAddOn {
  dir: string;
  codePath: string;
  /** A session over its own state file in `dir`. */
  session(name?: string): PreviewSession;
  remove(): void;
}

/** The built add-on's folder: the run's, made by whichever test file asks first. */
async function builtOnce(fileDir: string): Promise<string> {
  const runDir = process.env[WORLD_CACHE_ENV];
  if (!runDir || !existsSync(runDir)) {
    return (await buildAddOn(join(fileDir, 'addon'))).codePath;
  }
  const shared = join(runDir, 'preview-addon');
  if (!existsSync(shared)) {
    const mine = join(runDir, `preview-addon-${process.pid}`);
    await buildAddOn(mine);
    // Two workers may build at once: the first rename wins, the other build is dropped.
    try {
      renameSync(mine, shared);
    } catch {
      rmSync(mine, { recursive: true, force: true });
    }
  }
  return join(shared, 'Code.js');
}

export async function buildTestAddOn(): Promise<TestAddOn> {
  const dir = mkdtempSync(join(tmpdir(), 'map-preview-test-'));
  const codePath = await builtOnce(dir);
  return {
    dir,
    codePath,
    session: (name = 'state') => new PreviewSession(join(dir, `${name}.json`), codePath),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
