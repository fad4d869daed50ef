// "Your deals" in real Chromium against the fake server, for what the real add-on cannot
// easily be made to answer (deals-addon.test.ts runs the real one): failed and document-less
// background runs, stale summaries, unreadable plans, a nearly spent trigger budget, a refused
// load or reopening, hostile names; and the crunch threshold and week details in words.
import type { Page } from 'playwright-core';
import type { PortfolioJson } from '../../src/shared/api';
import { browserSuite, describeInBrowser } from '../support/browser';
import {
  GLOBEX,
  HOOLI,
  INITECH,
  portfolio,
  portfolioDeals,
  UFUQ,
  UFUQ_NAME,
  UMBRELLA,
} from '../support/portfolio';
import { dealsServer, deferred, fakeServer, sidebarState, type FakeApi } from './fake-server';
import { eventually, noticeSays } from './wait';

jest.setTimeout(90_000);

/** How the server refuses work that needs a trigger when all of the user's are taken. */
const BUDGET =
  'All 20 background triggers are in use, by the plans Globex × Vendor and Initech × Vendor. Archive a deal you have closed to free its triggers.';

async function openDeals(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Your deals' }).click();
  await page.locator('.deals').waitFor();
}

const deal = (page: Page, id: string) => page.locator(`.deal[data-deal="${id}"]`);
const lines = (page: Page, id: string) =>
  deal(page, id)
    .locator('.deal__line')
    .evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.classList.contains('text-warn')]));
const crunchWeeks = (page: Page) =>
  page
    .locator('.weeks__row--crunch')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-week')));

describeInBrowser('sidebar: your deals', () => {
  const suite = browserSuite();

  it('lists the deals riskiest first with links, their state in words, and the weeks ahead', async () => {
    const session = await suite.open({ handler: fakeServer(dealsServer()) });
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    // Nothing is read for the tab until it is opened, and opening it twice reads once.
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState']);
    await openDeals(page);
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByRole('tab', { name: 'Your deals' }).click();
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState', 'getPortfolio']);
    expect(session.callsTo('getPortfolio')).toEqual([[]]);

    // Warnings first: the plan that could not be read and the trigger budget.
    const warnings = page.getByTestId('deals-warnings');
    expect(await warnings.textContent()).toContain('Soylent × Vendor could not be read');
    expect(await page.getByTestId('deals-triggers').textContent()).toBe(
      'Background triggers: 18 of 20 used.',
    );

    // The server's order is kept; the archived deal is last and muted.
    const order = await page
      .locator('.deal')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-deal')));
    expect(order).toEqual([GLOBEX, UFUQ, INITECH, UMBRELLA, HOOLI]);
    const link = deal(page, GLOBEX).getByRole('link', { name: 'Globex Corporation' });
    expect(await link.getAttribute('href')).toBe(
      'https://docs.google.com/spreadsheets/d/sheet-globex/edit',
    );
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const chips = await page
      .locator('.deal .badge')
      .evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.className]));
    expect(chips[0]).toEqual(['■Stalled', 'badge badge--small badge--stalled']);
    expect(chips[1]).toEqual(['!At risk', 'badge badge--small badge--risk']);
    expect(chips[3]).toEqual(['✓On track', 'badge badge--small badge--ok']);

    expect(await lines(page, GLOBEX)).toEqual([
      ['2 of 14 steps done (14%)', false],
      ['Signature Fri, Apr 18', false],
      ['⚠ 4 late · 5 without owner or date', true],
      ['⚠ Prospect committed to 20% of their steps', true],
      ['⚠ No customer edit in 12 days', true],
      [
        '⚠ Background run failed Mon, Mar 10 at 09:05: The daily mail quota is used up; the weekly email was not sent.',
        true,
      ],
    ]);
    expect(
      await deal(page, GLOBEX)
        .locator('.deal__signals li')
        .evaluateAll((nodes) => nodes.map((n) => n.textContent)),
    ).toEqual(portfolioDeals()[0].signals);
    expect(await deal(page, UFUQ).locator('.deal__background').textContent()).toBe(
      '⚠ Background run Mon, Mar 10 at 07:10 ran without its document: Late steps flagged; the weekly email was not due.',
    );
    expect(await lines(page, INITECH)).toContainEqual(['Customer edited today', false]);
    expect(await deal(page, UMBRELLA).locator('.deal__stale').textContent()).toBe(
      '⚠ Summary from Thu, Feb 27 at 10:00: open the plan once to refresh it.',
    );
    const archived = deal(page, HOOLI);
    expect(await archived.getAttribute('class')).toBe('deal deal--archived');
    expect(await archived.locator('.deal__archived').textContent()).toBe(
      'Won · archived Mon, Mar 3',
    );
    expect(await archived.locator('.deal__background').count()).toBe(0);
    const grey = await archived.evaluate((n) => getComputedStyle(n).color);
    expect(grey).toBe('rgb(95, 99, 104)');

    // Eight weeks; crunch in words and colour where two or more deals meet.
    const rows = page.locator('.weeks__row');
    expect(await rows.count()).toBe(8);
    expect(await rows.first().getAttribute('aria-label')).toBe(
      'Week of Mon, Mar 10: 4 steps from 3 deals, crunch',
    );
    expect(await crunchWeeks(page)).toEqual([
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-04-07',
      '2025-04-28',
    ]);
    expect(await page.locator('.weeks__row--crunch .weeks__crunch').first().textContent()).toBe(
      'Crunch',
    );
    // A bar per week, one segment per deal.
    expect(await rows.nth(2).locator('.weeks__segment').count()).toBe(4);
    await session.screenshot('deals');

    // Opening a week lists its steps: customer, step, date, side, owner, days late.
    const week = page.locator('.weeks__row[data-week="2025-03-10"]');
    await week.click();
    expect(await week.getAttribute('aria-expanded')).toBe('true');
    const steps = await page
      .locator(`#${await week.getAttribute('aria-controls')} li`)
      .evaluateAll((nodes) => nodes.map((n) => n.textContent));
    expect(steps).toEqual([
      'Globex Corporation: Security questionnaire returnedWed, Mar 5 · Prospect · Priya Nair · 5 days late',
      'Globex Corporation: Pricing proposalFri, Mar 7 · Vendor · Sam Lee · 3 days late',
      `${UFUQ_NAME}: Technical deep diveFri, Mar 7 · Joint · Alex Kim · 3 days late`,
      'Initech: Reference callWed, Mar 12 · Vendor · Sam Lee',
    ]);
    await session.screenshot('deals-week-open');
    await week.click();
    expect(await week.getAttribute('aria-expanded')).toBe('false');

    // Raising the threshold asks the server to judge the weeks again and keeps focus.
    const threshold = page.getByLabel('Crunch week from');
    expect(await threshold.inputValue()).toBe('2');
    await threshold.selectOption('4');
    await noticeSays(page, 'Crunch weeks now start at 4 deals.');
    expect(session.callsTo('getPortfolio')).toEqual([[], [{ crunchThreshold: 4 }]]);
    expect(await crunchWeeks(page)).toEqual(['2025-03-24']);
    expect(await threshold.inputValue()).toBe('4');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe(
      'crunch-threshold',
    );
  });

  it('shows loading, a refused load in the server’s words, then the deals on Try again', async () => {
    const first = deferred<PortfolioJson>();
    let answers = 0;
    const session = await suite.open({
      handler: fakeServer({
        ...dealsServer(),
        getPortfolio: () => {
          answers += 1;
          return answers === 1 ? first.promise : portfolio();
        },
      }),
    });
    const { page } = session;
    await page.getByRole('tab', { name: 'Your deals' }).click();
    await page.getByText('Loading your deals…').waitFor();
    expect(await page.locator('.deals-screen').getAttribute('aria-busy')).toBe('true');
    first.reject(new Error(`Exception: ${BUDGET}`));
    const error = page.getByTestId('deals-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(`Could not load your deals.${BUDGET}Try again`);
    await noticeSays(page, BUDGET);
    expect(await page.locator('.deals-screen').getAttribute('aria-busy')).toBeNull();

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.deals').waitFor();
    expect(await error.count()).toBe(0);

    // Refresh reads again.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await noticeSays(page, 'Your deals are up to date (5).');
    expect(answers).toBe(3);
  });

  it('archives the open plan with its outcome and reopens it from the banner', async () => {
    const api = dealsServer(GLOBEX);
    // The first reopening is refused: every trigger is taken meanwhile.
    const reopen = api.reopenDeal!;
    let refusals = 1;
    api.reopenDeal = () => {
      refusals -= 1;
      if (refusals >= 0) throw new Error(BUDGET);
      return reopen();
    };
    const session = await suite.open({ handler: fakeServer(api) });
    const { page } = session;
    // The plan's last background run, in warning style because it failed.
    const run = page.getByTestId('background');
    await run.waitFor();
    expect(await run.textContent()).toBe(
      '⚠ Background run failed Mon, Mar 10 at 09:05: The daily mail quota is used up; the weekly email was not sent.',
    );
    expect(await run.getAttribute('class')).toContain('text-warn');

    // Cancel leaves everything as it was.
    await page.getByRole('button', { name: 'Archive deal…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('archive-form').count()).toBe(0);
    expect(session.callsTo('archiveDeal')).toEqual([]);

    await page.getByRole('button', { name: 'Archive deal…' }).click();
    await page.getByLabel('Lost').check();
    await session.screenshot('deals-archive-confirm');
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await noticeSays(page, 'The deal is archived and its triggers are released.');
    const banner = page.getByTestId('archived');
    await banner.waitFor();
    expect(await banner.locator('.callout__title').textContent()).toBe(
      'This deal is archived: Lost · archived Mon, Mar 10.',
    );
    expect(await run.textContent()).toBe('No background run yet.');
    expect(await page.getByRole('button', { name: 'Archive deal…' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reopen');
    expect(session.callsTo('archiveDeal')).toEqual([[{ outcome: 'lost' }]]);
    await session.screenshot('deals-archived-banner');

    // The tab shows the answer of the archive call, without reading again.
    await openDeals(page);
    expect(await page.locator('.deal').last().getAttribute('data-deal')).toBe(HOOLI);
    expect(await deal(page, GLOBEX).getAttribute('class')).toBe('deal deal--archived');
    expect(session.callsTo('getPortfolio')).toEqual([]);

    await page.getByRole('tab', { name: 'Status' }).click();
    const reopenButton = page.getByRole('button', { name: 'Reopen' });
    await reopenButton.click();
    await noticeSays(page, `Could not reopen the deal. ${BUDGET}`);
    expect(await banner.count()).toBe(1);
    expect(await reopenButton.isEnabled()).toBe(true);
    await reopenButton.click();
    await noticeSays(page, 'The deal is open again');
    await eventually(async () => expect(await banner.count()).toBe(0));
    await page.getByRole('button', { name: 'Archive deal…' }).waitFor();
    expect(session.calls.map((c) => c.name)).toEqual([
      'getSidebarState',
      'archiveDeal',
      'getSidebarState',
      'reopenDeal',
      'reopenDeal',
      'getSidebarState',
    ]);
    expect(await deal(page, GLOBEX).getAttribute('class')).toBe('deal');
  });

  it('keeps hostile and right-to-left customer names as isolated text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const deals = portfolioDeals().map((d) =>
      d.spreadsheetId === INITECH
        ? {
            ...d,
            customer: hostile,
            url: 'javascript:alert(1)',
            signals: ['<script>alert(2)</script> has not answered'],
          }
        : d,
    );
    const api: Partial<FakeApi> = { ...dealsServer(), getPortfolio: () => portfolio({ deals }) };
    const session = await suite.open({ handler: fakeServer(api) });
    const { page } = session;
    await openDeals(page);
    const bad = deal(page, INITECH);
    // No link for a URL that is not http(s); the name is shown exactly as typed.
    expect(await bad.getByRole('link').count()).toBe(0);
    expect(await bad.locator('.deal__customer').textContent()).toBe(hostile);
    expect(await bad.locator('.deal__signals li').textContent()).toBe(
      '<script>alert(2)</script> has not answered',
    );
    expect(await page.locator('.deals-screen img, .deals-screen script').count()).toBe(0);
    // The Arabic name sits in its own isolate, so it cannot reorder the text around it.
    const rtl = deal(page, UFUQ).locator('.deal__customer');
    expect(await rtl.getAttribute('dir')).toBe('auto');
    expect(await rtl.locator('bdi').textContent()).toBe(UFUQ_NAME);
    await page.locator('.weeks__row[data-week="2025-03-24"]').click();
    expect(
      await page
        .locator('.weeks__steps:not([hidden]) .week-step__customer', { hasText: hostile })
        .count(),
    ).toBe(1);
    await session.screenshot('deals-hostile');
  });

  it('offers Your deals beside a plan that cannot be read, its explanation first', async () => {
    const unreadable = await suite.open({
      handler: fakeServer({
        ...dealsServer(),
        getSidebarState: () =>
          sidebarState({
            plan: null,
            planProblem: 'The plan on the tab ‘MAP’ has no ‘Status’ column.',
          }),
      }),
    });
    await unreadable.page.getByTestId('plan-problem').waitFor();
    expect(
      await unreadable.page.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected'),
    ).toBe('true');
    await openDeals(unreadable.page);
    expect(await unreadable.page.locator('.deal').count()).toBe(5);
  });
});
