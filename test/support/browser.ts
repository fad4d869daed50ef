// Opens the built dist/Sidebar.html in Debian's Chromium with google.script.run bridged to a
// Node-side handler, so a test (or the Apps Script emulator) plays the server; and the lifecycle
// every browser test file shares (one browser per file, one page per test, checked on close).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BRIDGE_SCRIPT } from './bridge-script';
import { CHROMIUM, CHROMIUM_ARGS, SHARED_CHROMIUM_ENV } from './shared-chromium';

export const ROOT = join(__dirname, '..', '..');
export const SIDEBAR_HTML = join(ROOT, 'dist', 'Sidebar.html');
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
/**
 * Where the page appears to live. Apps Script serves sidebars over https from a Google origin,
 * so an https origin is closer to production than file://; every request is answered by route().
 */
export const SIDEBAR_URL = 'https://sidebar.test/Sidebar.html';

/** Plays the server: gets each google.script.run call, returns its result or throws. */
export type ServerHandler = (name: string, args: unknown[]) => unknown;

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface SidebarSession {
  page: Page;
  /** Every call the page made, in order, with its JSON arguments. */
  calls: ServerCall[];
  /** alert/confirm/prompt messages: a sidebar that is safe with data never opens one. */
  dialogs: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** Requests for anything but the sidebar file itself: a self-contained page makes none. */
  requests: string[];
  callsTo(name: string): unknown[][];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  handler: ServerHandler;
  /** Share one browser across a test file; without it, the session launches and owns one. */
  browser?: Browser;
  height?: number;
  /**
   * The page to serve instead of dist/Sidebar.html as read from disk, e.g. the HTML the add-on
   * itself handed to showSidebar. dist/ must still be fresh.
   */
  html?: string;
}

/**
 * Skip only on a developer machine without Chromium; in CI a missing browser must fail loudly.
 */
export function browserUnavailableReason(): string | null {
  if (existsSync(CHROMIUM) || process.env.CI) return null;
  return `Skipping browser tests: ${CHROMIUM} not found (install it with: apt-get install -y chromium).`;
}

/** `describe` for browser tests: skipped, with the reason printed, only where allowed. */
export function describeInBrowser(name: string, body: () => void): void {
  const reason = browserUnavailableReason();
  if (!reason) {
    describe(name, body);
    return;
  }
  console.warn(reason);
  describe.skip(name, body);
}

/**
 * A browser for one test file: a connection to the Chromium the jest run shares (started by
 * shared-chromium.ts) when there is one, else a Chromium of its own (the benchmark, a lone run).
 * Either way `close()` ends what this file opened.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (shared) return chromium.connect(shared);
  // launch() gives every browser a fresh temporary user-data-dir and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The built sidebar's text. A stale dist/ would test yesterday's sidebar, so that is refused;
 * a dist/ that is missing for a moment (a build running next to the tests empties it first)
 * is waited for.
 */
export async function builtSidebar(): Promise<string> {
  for (let attempt = 0; !existsSync(SIDEBAR_HTML); attempt += 1) {
    if (attempt >= 50) throw new Error(`${SIDEBAR_HTML} is missing: run \`node build.mjs\` first.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const built = statSync(SIDEBAR_HTML).mtimeMs;
  // The sidebar bundles core modules too (dates, text), so any newer source under src/ counts.
  const sources = join(ROOT, 'src');
  const newer = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((file) => {
    if (file.endsWith('.test.ts')) return false;
    const stat = statSync(join(sources, file));
    return stat.isFile() && stat.mtimeMs > built;
  });
  if (newer.length) {
    throw new Error(
      `dist/Sidebar.html is older than src/${newer[0]}: run \`node build.mjs\` first.`,
    );
  }
  return readFileSync(SIDEBAR_HTML, 'utf8');
}

type Reply = { ok: true; json: string | null } | { ok: false; message: string };

export async function openSidebar(options: OpenOptions): Promise<SidebarSession> {
  const built = await builtSidebar();
  const html = options.html ?? built;
  const ownBrowser = options.browser ? null : await launchBrowser();
  const browser = options.browser ?? ownBrowser!;
  // 300 px is the width Sheets gives every add-on sidebar.
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 300, height: options.height ?? 800 },
    deviceScaleFactor: 2,
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  // Every wait here is for a local page and a local server: fail in seconds, not in half a minute.
  page.setDefaultTimeout(10_000);
  const calls: ServerCall[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];

  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    requests.push(url);
    return route.abort();
  });

  await page.exposeFunction('__mapServerCall', async (name: string, json: string) => {
    const args = JSON.parse(json) as unknown[];
    calls.push({ name, args });
    try {
      const value = await options.handler(name, args);
      const reply: Reply = { ok: true, json: value === undefined ? null : JSON.stringify(value) };
      return reply;
    } catch (error) {
      const reply: Reply = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      return reply;
    }
  });
  await page.addInitScript({ content: BRIDGE_SCRIPT });
  await page.goto(SIDEBAR_URL);

  return {
    page,
    calls,
    dialogs,
    errors,
    requests,
    callsTo: (name) => calls.filter((c) => c.name === name).map((c) => c.args),
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      // A viewport as tall as the page, rather than fullPage: fullPage stitches a sticky
      // element (the message bar) into the middle of the picture.
      const size = page.viewportSize() ?? { width: 300, height: 800 };
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
      await page.screenshot({ path });
      await page.setViewportSize(size);
      return path;
    },
    async close() {
      await context.close();
      if (ownBrowser) await ownBrowser.close();
    },
  };
}

/** A session the suite closes and checks after its test: plain or the add-on's own. */
type Tracked = SidebarSession & { violations?: string[] };

export interface BrowserSuite {
  /** The file's browser (from beforeAll on). */
  browser(): Browser;
  /** Opens the built sidebar for this test; it is closed and checked after the test. */
  open(options: Omit<OpenOptions, 'browser'>): Promise<SidebarSession>;
  /** Hands over a session opened another way, to be closed and checked likewise. */
  keep<S extends Tracked>(session: S): S;
}

/**
 * Registers the hooks of a browser test file: the browser opened before the first test and
 * closed after the last; each test's sidebar closed after it, and whatever the test did, the
 * page threw nothing, fetched nothing from the network, opened no dialog, and (served by the
 * add-on) received nothing google.script.run could not have carried.
 */
export function browserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  const open: Tracked[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const sessions = open.splice(0);
    for (const session of sessions) await session.close();
    for (const session of sessions) {
      expect(session.errors).toEqual([]);
      expect(session.requests).toEqual([]);
      expect(session.dialogs).toEqual([]);
      expect(session.violations ?? []).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  const suite: BrowserSuite = {
    browser() {
      if (!browser) throw new Error('the browser opens in beforeAll: use it inside a test');
      return browser;
    },
    async open(options) {
      return suite.keep(await openSidebar({ ...options, browser: suite.browser() }));
    },
    keep(session) {
      open.push(session);
      return session;
    },
  };
  return suite;
}
