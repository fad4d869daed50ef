// The HTML digest in a real browser engine: hostile values must not execute, load anything,
// add elements or widen the email past 600 px.
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../../../test/support/browser';
import { MAX_ITEMS_PER_SECTION } from './document';
import { HOSTILE_STRINGS } from '../../../test/support/hostile-strings';
import { renderDigest } from './render';
import { contentWith } from '../../../test/support/test-plan';

function hostileDigest(): string {
  const base = contentWith('\u05e9\u05dc\u05d5\u05dd \u202e 2026-12-10');
  const lines = HOSTILE_STRINGS.map((s, i) => ({
    ...base.late[0],
    step: s,
    owner: HOSTILE_STRINGS[(i + 7) % HOSTILE_STRINGS.length],
  }));
  // A section shows at most MAX_ITEMS_PER_SECTION lines: spread the corpus so all are shown.
  const chunk = (k: number) =>
    lines.slice(k * MAX_ITEMS_PER_SECTION, (k + 1) * MAX_ITEMS_PER_SECTION);
  expect(lines.length).toBeLessThanOrEqual(6 * MAX_ITEMS_PER_SECTION);
  return renderDigest({
    ...base,
    yourItems: chunk(0),
    late: chunk(1),
    dueSoon: chunk(2),
    completed: chunk(3).map((l) => ({ ...l, doneOn: '2026-12-01' })),
    moved: chunk(4).map((l) => ({ ...l, from: '2026-12-01', to: '2026-12-08', days: 7 })),
    missing: chunk(5).map((l) => ({ ...l, missing: ['date' as const] })),
  }).htmlBody;
}

describeInBrowser('digest HTML in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing, runs nothing, and stays 600 px wide', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(hostileDigest(), { waitUntil: 'load' });
    await page.waitForTimeout(200);

    const facts = await page.evaluate(() => {
      const card = document.querySelectorAll('table')[1] as HTMLElement;
      const tags = new Set(
        Array.from(document.querySelectorAll('*'), (e) => e.tagName.toLowerCase()),
      );
      const handlers = Array.from(document.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes)
          .map((a) => a.name)
          .filter((n) => n.startsWith('on')),
      );
      const right = card.getBoundingClientRect().right;
      const overflowing = Array.from(document.querySelectorAll('span')).filter(
        (span) => span.getBoundingClientRect().right > right + 1,
      ).length;
      return {
        overflowing,
        cardWidth: card.getBoundingClientRect().width,
        pageWidth: document.documentElement.scrollWidth,
        direction: getComputedStyle(card).direction,
        tags: [...tags].sort(),
        handlers,
        links: Array.from(document.querySelectorAll('a'), (a) => a.href),
      };
    });
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(facts.handlers).toEqual([]);
    expect(facts.tags).toEqual([
      'a',
      'body',
      'br',
      'head',
      'html',
      'meta',
      'p',
      'span',
      'strong',
      'table',
      'tbody',
      'td',
      'title',
      'tr',
    ]);
    expect(facts.cardWidth).toBeLessThanOrEqual(600);
    expect(facts.overflowing).toBe(0);
    expect(facts.pageWidth).toBeLessThanOrEqual(900);
    expect(facts.direction).toBe('ltr');
    expect(facts.links.every((href) => href.startsWith('https://docs.google.com/'))).toBe(true);
    await page.close();
  });
});
