// `npm run screenshots`: the README's pictures, taken from the real preview page playing the demo
// deal (and two more deals of the seller's, for Your deals), so they can be made again after any
// change. Writes docs/images/*.png.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { addDays } from '../src/core/dates';
import type { CreatePlanOptions } from '../src/shared/api';
import { dateKeyIn } from '../dev/emulator/timezone';
import { DEMO_VENDOR } from '../dev/preview/demo';
import { startPreview } from '../dev/preview/main';
import { OWNER, PREVIEW_TIME_ZONE, type PreviewSession } from '../dev/preview/session';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** README images stay small: the repository carries every version of them. */
const MAX_BYTES = 300 * 1024;

async function shoot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, clip });
  const size = statSync(path).size;
  console.log(`  docs/images/${name}.png  ${Math.round(size / 1024)} KB`);
  if (size > MAX_BYTES)
    throw new Error(`${name}.png is ${Math.round(size / 1024)} KB, over 300 KB`);
}

/** One card of the sidebar, scrolled into view, as it is on the page. */
async function shootCard(page: Page, card: Locator, name: string): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  await settle(page);
  const box = await card.boundingBox();
  if (!box) throw new Error(`${name}: the card is not on the page`);
  await shoot(page, name, box);
}

/** Lets the page settle: fonts, frames and the sidebar's first call. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

/**
 * The seller's two other deals, each created through the add-on in a spreadsheet of its own
 * today: a POC whose first steps are already behind, and a longer deal just started. Then the
 * demo's spreadsheet is open again with its sidebar, as the seller left it.
 */
function addDeals(session: PreviewSession): void {
  const demoFile = session.emulator.workbook.name;
  const today = dateKeyIn(session.emulator.now().getTime(), PREVIEW_TIME_ZONE);
  const deals: { file: string; plan: Partial<CreatePlanOptions> }[] = [
    {
      file: 'Initech deal',
      plan: { customer: 'Initech', template: 'poc', signatureDate: addDays(today, 35) },
    },
    {
      file: 'Umbrella deal',
      plan: {
        customer: 'Umbrella Health',
        template: 'mid-market',
        signatureDate: addDays(today, 80),
      },
    },
  ];
  for (const deal of deals) {
    session.newFile(deal.file);
    const made = session.run('createPlan', [
      { vendor: DEMO_VENDOR, sellers: [{ name: 'Sam Seller', email: OWNER }], ...deal.plan },
    ]);
    if (!made.ok)
      throw new Error(`Could not create the plan in ${deal.file}: ${made.error?.message}`);
  }
  session.openFile(demoFile);
  const shown = session.run('showSidebar', []);
  if (!shown.ok) throw new Error(`Could not open the sidebar: ${shown.error?.message}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'map-screenshots-'));
  const preview = await startPreview(
    ['--demo', '--port', '0', '--state', join(dir, 'state.json')],
    {
      log: (line) => console.log(line),
    },
  );
  addDeals(preview.session);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    mkdirSync(OUT, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(preview.url);
    await page.locator('body[data-ready]').waitFor();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByRole('tab', { name: 'Status' }).waitFor();
    await settle(page);
    console.log('Taking the screenshots…');

    // The plan with its colours, and the sidebar's status of it.
    await shoot(page, 'preview-plan');

    // Re-planning from the status screen: a new signature date, "fit", and the preview of
    // every move (nothing is applied, so the other pictures show the demo as it is).
    await sidebar.getByRole('button', { name: 'Re-plan…' }).click();
    const signature = await sidebar.getByLabel('New target signature').inputValue();
    await sidebar.getByLabel('New target signature').fill(addDays(signature, 14));
    await sidebar.getByLabel(/Fit the open steps/).check();
    await sidebar.getByRole('button', { name: 'Preview' }).click();
    await sidebar.locator('[data-testid="replan-preview"] li').first().waitFor();
    await shootCard(
      page,
      sidebar.locator('section', { has: sidebar.getByTestId('replan-form') }),
      'sidebar-replan',
    );
    await sidebar.getByRole('button', { name: 'Cancel' }).click();

    // The sidebar's weekly-email tab: schedule, reminders and who receives it.
    await sidebar.getByRole('tab', { name: 'Weekly email' }).click();
    await sidebar.getByRole('heading', { name: 'Weekly email' }).waitFor();
    await settle(page);
    const box = await page.locator('#sidebar').boundingBox();
    if (!box) throw new Error('The sidebar is not on the page');
    await shoot(page, 'sidebar-weekly-email', box);

    // The sidebar's "Your deals" tab: the seller's deals and the weeks ahead. A failed load
    // shows its reason in the tab, so stop on that instead of shooting an error.
    await sidebar.getByRole('tab', { name: 'Your deals' }).click();
    const loaded = sidebar.locator('.deals, [data-testid="deals-error"]').first();
    await loaded.waitFor();
    if ((await loaded.getAttribute('data-testid')) === 'deals-error') {
      throw new Error(`Your deals did not load: ${await loaded.textContent()}`);
    }
    // Tall enough for the whole tab: the deals and the eight weeks under them.
    await page.setViewportSize({ width: 1440, height: 1700 });
    await settle(page);
    const tall = await page.locator('#sidebar').boundingBox();
    const tab = await sidebar.locator('.deals-screen').boundingBox();
    if (!tall || !tab) throw new Error('The sidebar is not on the page');
    // Down to the end of the tab, not the empty panel under it.
    const height = Math.min(tall.height, Math.ceil(tab.y + tab.height + 16 - tall.y));
    await shoot(page, 'sidebar-your-deals', { ...tall, height });
    await page.setViewportSize({ width: 1440, height: 860 });

    // "Write to this sheet": the My deals tab, its deal table and its chart of the weeks ahead.
    await sidebar.getByRole('button', { name: 'Write to this sheet' }).click();
    await sidebar.getByTestId('written').filter({ hasText: 'My deals' }).waitFor();
    // Wide enough for the chart, which Sheets floats to the right of the deal table.
    await page.setViewportSize({ width: 2000, height: 860 });
    await page.getByRole('tab', { name: 'My deals' }).click();
    await page.getByRole('tab', { name: 'My deals', selected: true }).waitFor();
    const chart = page.locator('figure.chart');
    await chart.waitFor();
    await settle(page);
    const grid = await page.locator('#grid').boundingBox();
    const drawn = await chart.boundingBox();
    if (!grid || !drawn) throw new Error('The My deals tab is not on the page');
    await shoot(page, 'my-deals', {
      x: 0,
      y: grid.y,
      width: Math.ceil(drawn.x + drawn.width + 12),
      height: Math.ceil(drawn.y + drawn.height + 12 - grid.y),
    });
    await page.setViewportSize({ width: 1440, height: 860 });
    await sidebar.getByRole('tab', { name: 'Status' }).click();

    // The Stakeholders tab: who is who, and who gets the weekly email.
    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    await page.locator('#grid td', { hasText: 'Economic buyer' }).waitFor();
    await settle(page);
    await shoot(page, 'stakeholders', { x: 0, y: 0, width: 1440, height: 460 });

    // The weekly email as the champion received it, from the outbox; the drawer made tall
    // enough to show the whole message.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.addStyleTag({ content: '.outbox { height: 96% !important; }' });
    await page.getByRole('button', { name: /Outbox/ }).click();
    await page
      .locator('#outbox-list button', { hasText: 'prospect@customer.example' })
      .first()
      .click();
    await page.frameLocator('#mail-frame').locator('body').waitFor();
    await settle(page);
    const outbox = await page.locator('#outbox').boundingBox();
    if (!outbox) throw new Error('The outbox is not on the page');
    await shoot(page, 'weekly-email', outbox);

    if (failures.length) throw new Error(`The page failed: ${failures.join('; ')}`);
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
