// "Your deals" on the real add-on: three plans created through the built add-on in three
// spreadsheets of the emulator, the sidebar opened in a blank spreadsheet and in one plan, the
// tab clicked as a user does. What it lists is checked against each plan's own getPlanStatus;
// archiving and reopening go through the plan's confirm step; "Write to this sheet" writes the
// My deals tab, which the preview page then draws, chart included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { buildPage } from '../../dev/preview/build';
import { createPreviewServer } from '../../dev/preview/server';
import { PreviewSession } from '../../dev/preview/session';
import { STEP_COLUMNS } from '../../src/core/plan/model';
import type { CreatePlanOptions, PlanStatusResult } from '../../src/shared/api';
import { SCREENSHOTS, describeInBrowser } from '../support/browser';
import { headingRowOf } from '../support/sheet';
import { OWNER, edit, world } from '../support/world';
import { addonSuite, assertFreshBundle } from './addon-sidebar';
import { eventually, noticeSays } from './wait';

jest.setTimeout(120_000);

const SELLERS = [{ name: 'Olivia Owner', email: OWNER }];
const plan = (customer: string, template: CreatePlanOptions['template'], signatureDate: string) =>
  ({ template, customer, vendor: 'Globex', signatureDate, sellers: SELLERS }) as const;

/** Spreadsheet name, zone and plan: a short deal, a long one, and a POC already behind. */
const DEALS = [
  { name: 'Acme deal', timeZone: 'America/New_York', plan: plan('Acme', 'velocity', '2026-11-27') },
  { name: 'Bolt deal', timeZone: 'Europe/Paris', plan: plan('Bolt', 'mid-market', '2027-01-15') },
  { name: 'Cyan deal', timeZone: 'Asia/Tokyo', plan: plan('Cyan', 'poc', '2026-12-18') },
];
const BLANK = 'Blank';
const TRIGGER_LIMIT = 20;
const RISK = ['Stalled', 'At risk', 'On track'];

/**
 * The seller's three plans, made on Monday 2 November; it is now Friday 6 November, and the
 * prospect has just started Acme's first step (the owner's edit trigger sees that).
 */
function threePlans(): Emulator {
  const [first, ...rest] = DEALS;
  const { em, plan: made } = world({
    name: first.name,
    timeZone: first.timeZone,
    plan: first.plan,
    spreadsheets: rest,
  });
  em.setNow('2026-11-06T15:00:00');
  const status = String.fromCharCode(64 + STEP_COLUMNS.findIndex((c) => c.header === 'Status') + 1);
  const row = headingRowOf(em, made!.sheetName) + 1;
  edit(em, `'${made!.sheetName}'!${status}${row}`, 'In progress');
  return em;
}

interface Own {
  id: string;
  customer: string;
  url: string;
  status: PlanStatusResult;
}

/** Each plan's own getPlanStatus, run in its spreadsheet; the emulator ends in `end`. */
function ownStatuses(em: Emulator, end: string): Own[] {
  const own = DEALS.map((deal) => {
    em.useSpreadsheet(deal.name);
    return {
      id: em.workbook.id,
      customer: deal.plan.customer,
      url: em.workbook.url,
      status: em.call('getPlanStatus') as PlanStatusResult,
    };
  });
  em.useSpreadsheet(end);
  return own;
}

/** What a deal's card says, in the order it says it. */
async function card(page: Page, id: string) {
  const deal = page.locator(`.deal[data-deal="${id}"]`);
  return {
    customer: await deal.locator('.deal__customer').textContent(),
    href: await deal.locator('a.deal__customer').getAttribute('href'),
    status: await deal.locator('.badge').getAttribute('data-status'),
    lines: await deal.locator('.deal__line').allTextContents(),
    archived: (await deal.getAttribute('class'))?.includes('deal--archived') ?? false,
  };
}

function countsLine(own: PlanStatusResult): string {
  const parts = [
    own.late.length ? `⚠ ${own.late.length} late` : '',
    own.uncommitted.length ? `${own.uncommitted.length} without owner or date` : '',
  ].filter(Boolean);
  return parts.join(' · ') || 'Nothing late or uncommitted';
}

async function openDeals(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Your deals' }).click();
  await page.locator('.deals').waitFor();
}

/** The customers whose steps each week row lists (hidden or not), by the week's Monday. */
const weekCustomers = (page: Page) =>
  page.locator('.weeks__week').evaluateAll((nodes) =>
    nodes.map((n) => ({
      week: n.querySelector('.weeks__row')?.getAttribute('data-week'),
      crunch: n.querySelector('.weeks__row')?.classList.contains('weeks__row--crunch'),
      customers: [...n.querySelectorAll('.week-step__customer')].map((c) => c.textContent),
    })),
  );

const triggersLine = (em: Emulator) =>
  `Background triggers: ${em.triggers().filter((t) => t.owner === OWNER).length} of ${TRIGGER_LIMIT} used.`;

describeInBrowser('add-on sidebar: Your deals across spreadsheets', () => {
  const suite = addonSuite();

  it('lists every plan as its own status says, from a blank spreadsheet, with the crunch weeks', async () => {
    const em = threePlans();
    em.useSpreadsheet(BLANK, { timeZone: 'America/New_York' });
    const own = ownStatuses(em, BLANK);
    const session = await suite.open(em);
    const { page } = session;
    // No plan here: the create form first, Your deals beside it, read only when opened.
    await page.getByRole('button', { name: 'Create plan' }).waitFor();
    expect(await page.getByRole('tab', { name: 'New plan' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByRole('tab', { name: 'Status' }).count()).toBe(0);
    await openDeals(page);
    expect(await page.getByRole('button', { name: 'Create plan' }).isHidden()).toBe(true);
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState', 'getPortfolio']);

    for (const { id, customer, url, status } of own) {
      const { done, total, percent } = status.progress;
      const shown = await card(page, id);
      expect(shown).toEqual({
        customer,
        href: url,
        status: status.status,
        archived: false,
        lines: expect.arrayContaining([
          `${done} of ${total} steps done (${percent}%)`,
          countsLine(status),
        ]) as unknown as string[],
      });
    }
    // Riskiest first, and the plans not all alike (else the order proves nothing).
    const order = await page
      .locator('.deal .badge')
      .evaluateAll((n) => n.map((b) => b.dataset.status));
    expect(order).toHaveLength(DEALS.length);
    const ranks = order.map((s) => RISK.indexOf(s ?? ''));
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(order).size).toBeGreaterThan(1);
    // Acme's prospect edited today; the others have never been touched by the customer.
    for (const { id, customer } of own) {
      expect((await card(page, id)).lines).toContain(
        customer === 'Acme' ? 'Customer edited today' : '⚠ No customer edit yet',
      );
    }
    expect(await page.getByTestId('deals-triggers').textContent()).toBe(triggersLine(em));

    // Eight weeks from this one; a week is a crunch exactly when its steps come from two deals.
    const weeks = await weekCustomers(page);
    expect(weeks).toHaveLength(8);
    expect(weeks[0].week).toBe('2026-11-02');
    for (const week of weeks) expect(week.crunch).toBe(new Set(week.customers).size >= 2);
    expect(weeks.some((w) => w.crunch)).toBe(true);
    expect(weeks.some((w) => !w.crunch && w.customers.length > 0)).toBe(true);
    const crunch = page.locator('.weeks__row--crunch').first();
    await crunch.click();
    expect(await crunch.getAttribute('aria-expanded')).toBe('true');
    await page.locator(`#${await crunch.getAttribute('aria-controls')}`).waitFor();
    await session.screenshot('deals-addon-blank');
  });

  it('archives the open plan through its confirm step, reopens it, and writes the My deals tab', async () => {
    const em = threePlans();
    // The world ends in Acme's spreadsheet: the sidebar opens on its plan.
    const acme = { id: em.workbook.id };
    expect(em.workbook.name).toBe('Acme deal');
    const before = triggersLine(em);
    const session = await suite.open(em);
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();

    // Archive: the confirm step asks how the deal ended; Cancel is there, Archive does it.
    await page.getByRole('button', { name: 'Archive deal…' }).click();
    expect(await page.getByLabel('Won').isChecked()).toBe(true);
    await page.getByLabel('Lost').check();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await noticeSays(page, 'The deal is archived and its triggers are released.');
    expect(await page.getByTestId('archived').locator('.callout__title').textContent()).toBe(
      'This deal is archived: Lost · archived Fri, Nov 6.',
    );
    expect(em.triggers().filter((t) => t.documentId === acme.id)).toEqual([]);

    // Your deals shows it archived and last, without its steps in the weeks ahead.
    await openDeals(page);
    expect(session.callsTo('getPortfolio')).toEqual([]);
    const archived = await card(page, acme.id);
    expect(archived.archived).toBe(true);
    expect(archived.lines[0]).toBe('Lost · archived Fri, Nov 6');
    expect(await page.locator('.deal').last().getAttribute('data-deal')).toBe(acme.id);
    const weeks = await weekCustomers(page);
    expect(weeks.flatMap((w) => w.customers)).not.toContain('Acme');
    for (const week of weeks) expect(week.crunch).toBe(new Set(week.customers).size >= 2);
    expect(await page.getByTestId('deals-triggers').textContent()).toBe(triggersLine(em));
    expect(triggersLine(em)).not.toBe(before);

    // Reopen from the Status tab's banner: triggers back, the deal back among the open ones.
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await noticeSays(page, 'The deal is open again');
    await eventually(async () => expect(await page.getByTestId('archived').count()).toBe(0));
    expect(triggersLine(em)).toBe(before);
    await openDeals(page);
    expect((await card(page, acme.id)).archived).toBe(false);
    expect((await weekCustomers(page)).flatMap((w) => w.customers)).toContain('Acme');

    // Write to this sheet: the tab is created, then refreshed, and keeps one chart.
    const write = page.getByRole('button', { name: 'Write to this sheet' });
    await write.click();
    const created = `Created the 'My deals' tab: ${DEALS.length} deals and your steps for the next 8 weeks.`;
    await noticeSays(page, created);
    expect(await page.getByTestId('written').textContent()).toBe(created);
    await eventually(async () => expect(await write.isEnabled()).toBe(true));
    await write.click();
    await noticeSays(page, created.replace('Created', 'Refreshed'));
    const tab = em.workbook.requireSheet('My deals');
    expect(tab.charts).toHaveLength(1);
    const names = tab.read({ row: 4, column: 1, numRows: DEALS.length, numColumns: 1 }).values;
    expect(names.flat().sort()).toEqual(DEALS.map((d) => d.plan.customer).sort());
  });

  it('draws the My deals tab the add-on wrote, its chart a column per week stacked by deal', async () => {
    assertFreshBundle();
    const em = threePlans();
    em.useSpreadsheet(BLANK, { timeZone: 'America/New_York' });
    em.call('writeMyDealsSheet');
    em.call('writeMyDealsSheet');
    const tab = em.workbook.requireSheet('My deals');
    expect(tab.charts).toHaveLength(1);
    // The chart's data as the add-on wrote it: week labels down, one column per open deal.
    const [range] = tab.charts[0].ranges;
    const block = tab.read(range.range).values;
    const deals = block[0].slice(1).map(String);
    const weekLabels = block.slice(1).map((row) => String(row[0]));
    expect(deals.sort()).toEqual(DEALS.map((d) => d.plan.customer).sort());
    expect(weekLabels).toHaveLength(8);

    const dir = mkdtempSync(join(tmpdir(), 'map-deals-'));
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify(em.toState()));
    const session = new PreviewSession(stateFile, ADDON_CODE_PATH);
    session.start();
    const preview = createPreviewServer(() => {});
    preview.ready(session, await buildPage());
    await new Promise<void>((resolve) => preview.server.listen(0, '127.0.0.1', resolve));
    const { port } = preview.server.address() as AddressInfo;
    const page = await suite.browser().newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`http://localhost:${port}/`);
      await page.locator('body[data-ready]').waitFor();
      await page.getByRole('tab', { name: 'My deals' }).click();
      await page.getByRole('tab', { name: 'My deals', selected: true }).waitFor();
      for (const customer of deals) {
        await page
          .locator('#grid td', { hasText: new RegExp(`^${customer}$`) })
          .first()
          .waitFor();
      }
      const chart = page.locator('figure.chart');
      await chart.waitFor();
      expect(await chart.count()).toBe(1);
      expect(await chart.getByRole('img').getAttribute('aria-label')).toBe(
        'Your steps per week, by deal',
      );
      expect(await chart.locator('.legend-item').allTextContents()).toEqual(block[0].slice(1));
      expect(await chart.locator('.category-axis text').allTextContents()).toEqual(weekLabels);
      // Every (deal, week) is a mark holding the count the tab holds; a week's deals stack.
      const marks = await chart.locator('rect.mark').evaluateAll((nodes) =>
        nodes.map((r) => ({
          series: r.getAttribute('data-series'),
          category: r.getAttribute('data-category'),
          value: r.getAttribute('data-value'),
          x: Number(r.getAttribute('x')),
          y: Number(r.getAttribute('y')),
          height: Number(r.getAttribute('height')),
        })),
      );
      expect(marks).toHaveLength(deals.length * weekLabels.length);
      for (const [i, label] of weekLabels.entries()) {
        const column = marks.filter((m) => m.category === label);
        expect(column.map((m) => [m.series, m.value])).toEqual(
          block[0].slice(1).map((deal, j) => [deal, String(block[i + 1][j + 1])]),
        );
        expect(new Set(column.map((m) => m.x)).size).toBe(1);
        const drawn = column.filter((m) => m.height > 0);
        for (let k = 1; k < drawn.length; k += 1) {
          expect(drawn[k].y + drawn[k].height).toBeCloseTo(drawn[k - 1].y, 5);
        }
      }
      expect(marks.some((m) => Number(m.value) > 0)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'deals-addon-my-deals.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      preview.server.closeAllConnections();
      await new Promise<void>((resolve) => preview.server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
