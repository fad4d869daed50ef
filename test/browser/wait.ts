// Polling helpers: playwright-core ships no test runner, so no auto-waiting expect.
import type { Page } from 'playwright-core';

/**
 * Retries `check` until it stops throwing, then returns its value; rethrows the last error.
 * Gives up only after a check that began past the deadline has failed: an emulated add-on run
 * blocks this process, and a deadline that passed meanwhile says nothing about the page.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const began = Date.now();
    try {
      return await check();
    } catch (error) {
      if (began > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The aria-live message once it says `expected`; fails with what it said instead. */
export async function noticeSays(page: Page, expected: string | RegExp): Promise<string> {
  return eventually(async () => {
    // The text only, without the tone's icon.
    const text = (await page.locator('#notice .notice__text').textContent()) ?? '';
    const ok = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    if (!ok) throw new Error(`The notice says “${text}”, not ${String(expected)}`);
    return text;
  });
}

/** Lets debounce timers and in-flight calls settle, for asserting that nothing happened. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
