// The add-on built once per test file into a temporary folder, as `npm start` builds it, with a
// session over a temporary state file: tests never touch dist/ or .preview/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddOn } from '../../dev/preview/build';
import { PreviewSession } from '../../dev/preview/session';

export interface TestAddOn {
  dir: string;
  codePath: string;
  /** A session over its own state file in `dir`. */
  session(name?: string): PreviewSession;
  remove(): void;
}

export async function buildTestAddOn(): Promise<TestAddOn> {
  const dir = mkdtempSync(join(tmpdir(), 'map-preview-test-'));
  const { codePath } = await buildAddOn(join(dir, 'addon'));
  return {
    dir,
    codePath,
    session: (name = 'state') => new PreviewSession(join(dir, `${name}.json`), codePath),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
