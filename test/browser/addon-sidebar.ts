// Opens the sidebar the way a Sheets user does: the add-on's showSidebar runs in the emulator,
// and the HTML it hands to the Ui is what Chromium loads, talking back to the same emulator.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Emulator } from '../../dev/emulator';
import { ROOT, browserSuite, openSidebar, type SidebarSession } from '../support/browser';
import { emulatorServer } from './emulator-server';

export const CODE_JS = join(ROOT, 'dist', 'Code.js');

export interface AddonSession extends SidebarSession {
  /** Results the page could not have received through google.script.run. */
  violations: string[];
}

/**
 * A dist/Code.js older than the server's sources would test yesterday's add-on; say so rather
 * than report a bug that is already fixed (or a fix that is not built).
 */
export function assertFreshBundle(): void {
  if (!existsSync(CODE_JS)) throw new Error(`${CODE_JS} is missing: run \`node build.mjs\` first.`);
  const built = statSync(CODE_JS).mtimeMs;
  for (const dir of ['server', 'core', 'shared']) {
    const base = join(ROOT, 'src', dir);
    const newer = readdirSync(base, { recursive: true, encoding: 'utf8' }).find((file) => {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) return false;
      return statSync(join(base, file)).mtimeMs > built;
    });
    if (newer) {
      throw new Error(`dist/Code.js is older than src/${dir}/${newer}: run \`node build.mjs\`.`);
    }
  }
}

interface SidebarShown {
  title: string;
  width: number;
  content: string;
}

export async function openAddonSidebar(
  emu: Emulator,
  options: { browser: Browser; user?: string; height?: number },
): Promise<AddonSession> {
  assertFreshBundle();
  const user = options.user ?? emu.currentUser;
  emu.callAs(user, 'showSidebar');
  const shown = emu.ui.state.sidebar as SidebarShown | null;
  if (!shown) throw new Error('showSidebar did not open a sidebar');
  if (shown.width !== 300) throw new Error(`The sidebar is ${shown.width} px wide, not 300`);
  const server = emulatorServer(emu, user);
  const session = await openSidebar({
    browser: options.browser,
    handler: server.handler,
    html: shown.content,
    height: options.height,
  });
  return Object.assign(session, { violations: server.violations });
}

/**
 * The browser-test lifecycle (support/browser.ts browserSuite) for sidebars the add-on opens:
 * `open(emu)` runs showSidebar in the emulator and loads what it handed to the Ui.
 */
export function addonSuite() {
  const suite = browserSuite();
  return {
    ...suite,
    async open(emu: Emulator, options: { user?: string; height?: number } = {}) {
      return suite.keep(await openAddonSidebar(emu, { ...options, browser: suite.browser() }));
    },
  };
}
