// `npm start` end to end, in Chromium: the newcomer's path through the real page, the real
// sidebar and the real add-on running in the emulator. Create a plan from the Extensions menu
// and the sidebar's form, schedule the weekly email, type a date into the grid, move the clock
// a week, and see the step turn the late colour and the weekly email land in the outbox.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { addDays } from '../../src/core/dates';
import { dateKeyOfInstant } from '../../src/core/dates';
import { PALETTE } from '../../src/core/plan/rules';
import { startPreview, type Preview } from '../../dev/preview/main';
import { findTable } from '../../dev/preview/table-reader';
import { browserSuite, describeInBrowser } from '../support/browser';
import { eventually } from './wait';

/** A simulated week of hourly add-on runs: seconds on an idle machine, 30 s and more loaded. */
const A_WEEK_OF_RUNS_MS = 120_000;

// The first test plays that week besides creating a plan.
jest.setTimeout(240_000);

/** '#F6A38C' as a browser reports a computed colour: 'rgb(246, 163, 140)'. */
function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** A date key as a person in the en_US locale types it. */
function typed(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return `${m}/${d}/${y}`;
}

async function background(page: Page, ref: string): Promise<string> {
  return page
    .locator(`#grid td[data-ref="${ref}"]`)
    .evaluate((td) => getComputedStyle(td).backgroundColor);
}

/** Clicks a cell, types into it as a person does, and presses Enter. */
async function typeInto(page: Page, ref: string, text: string): Promise<void> {
  await page.locator(`#grid td[data-ref="${ref}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function sidebarNotice(frame: FrameLocator, expected: RegExp): Promise<void> {
  await eventually(async () => {
    const text = (await frame.locator('#notice .notice__text').textContent()) ?? '';
    if (!expected.test(text)) throw new Error(`The sidebar says “${text}”, not ${expected}`);
  }, 20_000);
}

describeInBrowser('npm start: the local preview in Chromium', () => {
  let dir: string;
  let preview: Preview;
  const suite = browserSuite();
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'map-preview-'));
    preview = await startPreview(['--port', '0', '--state', join(dir, 'state.json')], {
      log: () => {},
    });
    page = await suite.browser().newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });

  afterAll(async () => {
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates a plan, makes a step late by typing a date and the clock, and mails the week', async () => {
    await page.goto(preview.url);
    await page.locator('body[data-ready]').waitFor();
    // A first start is an empty spreadsheet.
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1']);

    // Extensions → Mutual Action Plan → Create plan…
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Mutual Action Plan' }).click();
    await page.getByRole('menuitem', { name: 'Create plan…' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByRole('heading', { name: 'Create a mutual action plan' }).waitFor();

    const emulator = preview.session.emulator;
    const today = dateKeyOfInstant(emulator.now(), emulator.workbook.timeZone);
    await sidebar.getByLabel('Customer', { exact: true }).fill('Initech');
    await sidebar.getByLabel('Vendor (your company)', { exact: true }).fill('Globex');
    await sidebar.getByLabel('Target signature date', { exact: true }).fill(addDays(today, 150));
    await sidebar.getByRole('group', { name: 'Seller 1' }).getByLabel('Name').fill('Sam Seller');
    await sidebar.getByRole('button', { name: 'Create plan' }).click();

    // The plan's tab opens in the grid, drawn from the emulated spreadsheet.
    await page.getByRole('tab', { name: /Initech/ }).waitFor({ timeout: 30_000 });
    await page.locator('#grid td', { hasText: 'Target date' }).first().waitFor();
    const plan = findTable(emulator.workbook, ['Step', 'Owner', 'Status', 'Target date']);
    const step = plan.rows[0];
    const stepCell = plan.cell('Step', step.row);

    // The weekly email, scheduled from the sidebar's own tab.
    await sidebar.getByRole('tab', { name: 'Weekly email' }).click();
    await sidebar.getByText('Send a weekly update to every recipient').click();
    await sidebar.getByRole('button', { name: 'Save schedule' }).click();
    await sidebarNotice(sidebar, /Weekly email on/);

    // Type an owner and a date two days away: the step is due soon, not late.
    await typeInto(page, plan.cell('Owner', step.row), 'Sam Seller');
    await typeInto(page, plan.cell('Target date', step.row), typed(addDays(today, 2)));
    await eventually(async () => {
      expect(await background(page, stepCell)).toBe(rgb(PALETTE.dueSoon.background));
    });
    expect(
      await page
        .locator(`#grid td[data-ref="${plan.cell('Target date', step.row)}"]`)
        .textContent(),
    ).toMatch(new RegExp(`\\b${Number(addDays(today, 2).slice(8))}\\b`));
    const outboxBefore = Number(await page.locator('#outbox-count').textContent());
    expect(outboxBefore).toBe(0);

    // A week passes: TODAY() moves on, the step turns the late colour, the weekly email goes out.
    // The week is the add-on's hourly trigger run 168 times by the preview server, inside this
    // process: until it is done nothing here can even see the click land, so the click and the
    // wait for its answer both get a week's work, not the usual seconds.
    await page.getByRole('button', { name: '+1 week' }).click({ timeout: A_WEEK_OF_RUNS_MS });
    // Said once the answer's state is drawn.
    await page
      .locator('#status', { hasText: /^A week passed \(/ })
      .waitFor({ timeout: A_WEEK_OF_RUNS_MS });
    expect(await background(page, stepCell)).toBe(rgb(PALETTE.late.background));
    expect(await background(page, plan.cell('Status', step.row))).toBe(
      rgb(PALETTE.late.background),
    );
    await eventually(async () => {
      expect(Number(await page.locator('#outbox-count').textContent())).toBeGreaterThan(0);
    });

    // The email as its recipient sees it: the late step is in it.
    await page.getByRole('button', { name: /Outbox/ }).click();
    await page.locator('#outbox-list button').first().click();
    const mail = page.frameLocator('#mail-frame');
    await eventually(async () => {
      const text = (await mail.locator('body').textContent()) ?? '';
      expect(text).toContain('Initech');
      expect(text).toContain(step.text('Step'));
    });
    expect(errors).toEqual([]);
  });

  // Goes on from the plan the first test made.
  it('edits like a spreadsheet: Escape, Enter and Tab, Delete, dropdowns and checkboxes', async () => {
    const emulator = preview.session.emulator;
    const plan = findTable(emulator.workbook, ['Step', 'Owner', 'Status', 'Target date']);
    const step = plan.rows[1];
    const cellText = async (ref: string) =>
      (await page.locator(`#grid td[data-ref="${ref}"] .text`).textContent()) ?? '';
    const selected = () => page.locator('#grid td.sel').getAttribute('data-ref');
    const ownerNow = () => findTable(emulator.workbook, ['Step', 'Owner']).rows[1].text('Owner');
    await page.locator('#outbox-close').click();

    // Escape leaves the cell as it was; nothing reaches the add-on.
    const owner = plan.cell('Owner', step.row);
    await page.locator(`#grid td[data-ref="${owner}"]`).click();
    await page.keyboard.type('Nobody');
    await page.keyboard.press('Escape');
    expect(await cellText(owner)).toBe('');
    expect(ownerNow()).toBe('');

    // Enter commits and moves down; Tab commits and moves right.
    await page.keyboard.type('Pat Prospect');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await cellText(owner)).toBe('Pat Prospect'));
    expect(ownerNow()).toBe('Pat Prospect');
    expect(await selected()).toBe(plan.cell('Owner', step.row + 1));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('pat@customer.example');
    await page.keyboard.press('Tab');
    await eventually(async () =>
      expect(await cellText(plan.cell('Owner email', step.row))).toBe('pat@customer.example'),
    );
    expect(await selected()).toBe(plan.cell('Target date', step.row));

    // Delete clears the selected cell.
    await page.locator(`#grid td[data-ref="${owner}"]`).click();
    await page.keyboard.press('Delete');
    await eventually(async () => expect(await cellText(owner)).toBe(''));
    expect(ownerNow()).toBe('');

    // A dropdown opens from the keyboard and lists the validation's choices.
    const status = plan.cell('Status', step.row);
    await page.locator(`#grid td[data-ref="${status}"]`).click();
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox');
    // The list renders after the key press is handled; read it once it is there.
    await list.getByRole('option').first().waitFor();
    expect(await list.getByRole('option').allTextContents()).toEqual([
      'Not started',
      'In progress',
      'Blocked',
      'Done',
      'Skipped',
    ]);
    await list.getByRole('option', { name: 'Blocked' }).click();
    await eventually(async () => {
      expect(await cellText(status)).toBe('Blocked');
      expect(await background(page, plan.cell('Step', step.row))).toBe(
        rgb(PALETTE.blocked.background),
      );
    });

    // A checkbox toggles by click and by Space, as a user edit the add-on sees.
    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    // The tab switches when the server's answer is drawn; until then the grid is the plan's.
    await page.getByRole('tab', { name: 'Stakeholders', selected: true }).waitFor();
    const people = findTable(emulator.workbook, ['Name', 'Email', 'Weekly email']);
    const row = people.rows.find((r) => r.text('Name') === '')!;
    const box = page.locator(`#grid td[data-ref="${people.cell('Weekly email', row.row)}"] input`);
    const ticked = () =>
      findTable(emulator.workbook, ['Name', 'Email', 'Weekly email'])
        .rows.find((r) => r.row === row.row)!
        .get('Weekly email');
    expect(await box.isChecked()).toBe(false);
    // The box shows its new state at once; the spreadsheet has it only once the edit is answered.
    await box.click();
    await eventually(async () => expect(await box.isChecked()).toBe(true));
    await eventually(() => expect(ticked()).toBe(true));
    await page.keyboard.press(' ');
    await eventually(async () => expect(await box.isChecked()).toBe(false));
    await eventually(() => expect(ticked()).toBe(false));
    expect(errors).toEqual([]);
  });

  it('shows a prospect no add-on menu or sidebar, and gives them back to the owner', async () => {
    await page.locator('#user').selectOption('prospect@customer.example');
    await eventually(async () => expect(await page.locator('#sidebar').isHidden()).toBe(true));
    await page.getByRole('button', { name: 'Extensions' }).click();
    expect(await page.getByRole('menuitem', { name: 'Mutual Action Plan' }).count()).toBe(0);
    expect(await page.locator('#extensions-menu').textContent()).toContain('has not installed');
    await page.keyboard.press('Escape');

    await page.locator('#user').selectOption('owner@vendor.example');
    // The owner's state is drawn once the sidebar is back (menu and sidebar come in one draw).
    await page.locator('#sidebar').waitFor();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByRole('tab', { name: 'Status' }).waitFor();
    await page.getByRole('button', { name: 'Extensions' }).click();
    expect(await page.getByRole('menuitem', { name: 'Mutual Action Plan' }).count()).toBe(1);
    await page.keyboard.press('Escape');

    // The sidebar's link to the late step selects its row, on its tab, in the grid.
    const plan = findTable(preview.session.emulator.workbook, ['Step', 'Status']);
    const row = plan.rows[0].row;
    await sidebar.locator(`button.step-link[data-row="${row}"]`).first().click();
    await eventually(async () => {
      expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(plan.sheet);
      expect(await page.locator('#grid td.sel').getAttribute('data-ref')).toBe(`A${row}`);
      expect(await page.locator(`#grid td.in-range[data-row="${row}"]`).count()).toBeGreaterThan(5);
    });
    expect(errors).toEqual([]);
  });

  it('says clearly when the port is taken, before building anything', async () => {
    // Proven by what it left behind, not by how long it took: timing under load proves nothing.
    // The add-on is built next to the state file, so a build would leave an addon/ folder here.
    const other = join(dir, 'port-taken');
    const logged: string[] = [];
    await expect(
      startPreview(['--port', String(preview.port), '--state', join(other, 'state.json')], {
        log: (line) => logged.push(line),
      }),
    ).rejects.toThrow(
      new RegExp(`Port ${preview.port} is already in use[\\s\\S]*--port ${preview.port + 1}`),
    );
    expect(logged).toEqual([]);
    expect(existsSync(join(other, 'addon'))).toBe(false);
  });

  it('reports a port taken by another program the same way', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        startPreview(['--port', String(port), '--state', join(dir, 'third.json')], {
          log: () => {},
        }),
      ).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
