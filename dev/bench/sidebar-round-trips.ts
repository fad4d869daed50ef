// How many google.script.run calls the built sidebar makes to draw itself, counted in real
// Chromium with every call answered by the emulator. Each call is a separate Apps Script
// execution (about a second or more of latency each), so this number is the sidebar's load time.
import type { Emulator } from '../emulator';
import { launchBrowser, openSidebar } from '../../test/support/browser';

export interface SidebarLoad {
  roundTrips: number;
  calls: string[];
}

/** Waits until the page has made a first call and then stayed quiet for `quietMs`. */
async function settle(calls: () => number, quietMs: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const now = calls();
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (now > 0 && Date.now() - since >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the sidebar did not settle within ${timeoutMs} ms (${calls()} calls so far)`);
}

export async function sidebarRoundTrips(em: Emulator): Promise<SidebarLoad> {
  const browser = await launchBrowser();
  try {
    const session = await openSidebar({ browser, handler: (name, args) => em.call(name, ...args) });
    try {
      await settle(() => session.calls.length, 1500, 20_000);
      if (session.errors.length) throw new Error(`sidebar errors: ${session.errors.join('; ')}`);
      return { roundTrips: session.calls.length, calls: session.calls.map((c) => c.name) };
    } finally {
      await session.close();
    }
  } finally {
    await browser.close();
  }
}
