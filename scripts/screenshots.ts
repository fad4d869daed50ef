// `npm run screenshots`: the README's pictures, taken from the real preview page playing the demo
// deal, so they can be made again after any change. Writes docs/images/*.png.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startPreview } from '../dev/preview/main';

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

/** Lets the page settle: fonts, frames and the sidebar's first call. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'map-screenshots-'));
  const preview = await startPreview(
    ['--demo', '--port', '0', '--state', join(dir, 'state.json')],
    {
      log: (line) => console.log(line),
    },
  );
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

    // The sidebar's weekly-email tab: schedule and who receives it.
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
    await settle(page);
    await shoot(page, 'sidebar-your-deals', box);
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
