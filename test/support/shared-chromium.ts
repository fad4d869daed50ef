// One Chromium for a whole jest run: the browser project names this file as both its
// globalSetup and its globalTeardown. The first call starts a browser server and hands its
// address to the test workers (they inherit the environment); the second closes it. Test files
// connect to it (browser.ts launchBrowser) instead of paying a Chromium start each.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

export const SHARED_CHROMIUM_ENV = 'MAP_SHARED_CHROMIUM_WS';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium here runs with: headless, and nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface RunState {
  started: boolean;
  server?: BrowserServer;
}

// The jest parent process keeps this between the two calls.
const run = globalThis as typeof globalThis & { __mapSharedChromium?: RunState };

export default async function sharedChromium(): Promise<void> {
  const state = run.__mapSharedChromium;
  if (state?.started) {
    run.__mapSharedChromium = undefined;
    delete process.env[SHARED_CHROMIUM_ENV];
    await state.server?.close();
    return;
  }
  const next: RunState = { started: true };
  run.__mapSharedChromium = next;
  // Without Chromium each file decides for itself (browser.ts: skipped locally, failed in CI).
  if (!existsSync(CHROMIUM)) return;
  next.server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  process.env[SHARED_CHROMIUM_ENV] = next.server.wsEndpoint();
}
