// `npm start` end to end, in Chromium: the newcomer's path through the real page, the real
// sidebar and the real add-on running in the emulator. Create a plan from the Extensions menu
// and the sidebar's form, schedule the weekly email, type a date into the grid, move the clock
// a week, and see the step turn the late colour and the weekly email land in the outbox.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addDays } from '../../src/core/dates';
import { dateKeyOfInstant } from '../../src/core/dates';
import { PALETTE } from '../../src/core/plan/rules';
import { createSpreadsheetApp } from '../../dev/emulator/spreadsheet';
import { ChartType } from '../../dev/emulator/spreadsheet/facade/enums';
import { startPreview, type Preview } from '../../dev/preview/main';
import { OWNER, type EmulatorState } from '../../dev/preview/session';
import { findTable } from '../../dev/preview/table-reader';
import { SCREENSHOTS, browserSuite, describeInBrowser } from '../support/browser';
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
    await sidebar
      .getByTestId('schedule-save')
      .getByText(/^Saved ✓ · next run/)
      .waitFor();

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

  it('selects the empty cell under the pointer where long text spills over it', async () => {
    await page.goto(preview.url);
    await page.locator('body[data-ready]').waitFor();
    // Sheet1 stays blank beside the plan: no rule or format colours its cells.
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await page.getByRole('tab', { name: 'Sheet1', selected: true }).waitFor();
    const long = 'A long note that runs on over the empty cells to its right, as in Sheets';
    await typeInto(page, 'A2', long);
    const text = page.locator('#grid td[data-ref="A2"] .text');
    await eventually(async () => expect(await text.textContent()).toBe(long));
    const td = (ref: string) => page.locator(`#grid td[data-ref="${ref}"]`);
    const box = async (ref: string) => (await td(ref).boundingBox())!;

    // The text still runs on over B2 and into C2, drawn over them (B3 below is bare).
    const spill = (await text.boundingBox())!;
    expect(spill.x + spill.width).toBeGreaterThan((await box('C2')).x);
    expect(await td('B2').screenshot()).not.toEqual(await td('B3').screenshot());

    // A click anywhere on B2 or C2 selects that cell, not A2 whose text lies on top.
    const clickAt = async (ref: string, fx: number) => {
      const b = await box(ref);
      await page.mouse.click(b.x + b.width * fx, b.y + b.height / 2);
    };
    const selected = () => page.locator('#grid td.sel').getAttribute('data-ref');
    for (const [ref, fx] of [
      ['B2', 0.5],
      ['B2', 0.1],
      ['C2', 0.5],
      ['A2', 0.5],
    ] as const) {
      await clickAt(ref, fx);
      expect(await selected()).toBe(ref);
      expect(await page.locator('#cell-name').textContent()).toBe(ref);
    }
    // Double-clicking the covered cell edits that cell.
    const b2 = await box('B2');
    await page.mouse.dblclick(b2.x + b2.width / 2, b2.y + b2.height / 2);
    await page.getByRole('textbox', { name: 'Edit B2' }).waitFor();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('draws a stacked column chart over its tab from the cells it reads, live', async () => {
    // The add-on's "My deals" tab as it will write it: steps per week by deal, and a chart,
    // made here through the emulator's SpreadsheetApp.
    const app = createSpreadsheetApp(preview.session.emulator.workbook, {
      user: () => OWNER,
      getUi: () => {
        throw new Error('No Ui here');
      },
    });
    const deals = app.getActiveSpreadsheet()!.insertSheet('My deals');
    deals.getRange('A1:D5').setValues([
      ['Week', 'Acme', 'Globex', 'Initech'],
      ['Mar 4', 2, 1, 0],
      ['Mar 11', 1, 3, 2],
      ['Mar 18', 0, 2, 4],
      ['Mar 25', 3, 0, 1],
    ]);
    deals.insertChart(
      deals
        .newChart()
        .setChartType(ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType)
        .addRange(deals.getRange('A1:D5'))
        .setNumHeaders(1)
        .setOption('isStacked', true)
        .setOption('title', 'Steps per week')
        .setOption('legend', { position: 'bottom' })
        .setPosition(2, 6, 12, 8)
        .build(),
    );
    preview.session.save();
    await page.goto(preview.url);
    // The page's first state can land after the click's answer on a loaded machine (the
    // sidebar's own load refreshes the page too), so the click is repeated until it holds.
    await eventually(async () => {
      await page.getByRole('tab', { name: 'My deals' }).click();
      await page.getByRole('tab', { name: 'My deals', selected: true }).waitFor({ timeout: 2000 });
    }, 30_000);
    const chart = page.locator('figure.chart');
    await chart.waitFor();

    // Where Sheets floats it: at F2, 12 px right and 8 px down.
    const anchor = (await page.locator('#grid td[data-ref="F2"]').boundingBox())!;
    const box = (await chart.boundingBox())!;
    expect(Math.round(box.x - anchor.x)).toBe(12);
    expect(Math.round(box.y - anchor.y)).toBe(8);
    expect(await chart.getByRole('img').getAttribute('aria-label')).toBe('Steps per week');
    expect(await chart.locator('.legend-item').allTextContents()).toEqual([
      'Acme',
      'Globex',
      'Initech',
    ]);
    expect(await chart.locator('.category-axis text').allTextContents()).toEqual([
      'Mar 4',
      'Mar 11',
      'Mar 18',
      'Mar 25',
    ]);

    // Stacked: one column per week, each deal's part on top of the one before, sized by steps.
    const part = (deal: string, week: string) =>
      chart.locator(`rect.mark[data-series="${deal}"][data-category="${week}"]`).evaluate((r) => ({
        x: Number(r.getAttribute('x')),
        y: Number(r.getAttribute('y')),
        height: Number(r.getAttribute('height')),
        value: r.getAttribute('data-value'),
      }));
    expect(await chart.locator('rect.mark').count()).toBe(12);
    const [acme, globex, initech] = [
      await part('Acme', 'Mar 11'),
      await part('Globex', 'Mar 11'),
      await part('Initech', 'Mar 11'),
    ];
    expect(new Set([acme.x, globex.x, initech.x]).size).toBe(1);
    expect(globex.y + globex.height).toBeCloseTo(acme.y, 5);
    expect(initech.y + initech.height).toBeCloseTo(globex.y, 5);
    expect(globex.height / acme.height).toBeCloseTo(3, 5);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-chart.png') });

    // Typing into a cell the chart reads redraws it from the new value.
    await typeInto(page, 'B3', '5');
    await eventually(async () => expect((await part('Acme', 'Mar 11')).value).toBe('5'));
    const grown = await part('Acme', 'Mar 11');
    expect(grown.height / (await part('Globex', 'Mar 11')).height).toBeCloseTo(5 / 3, 5);

    // The chart belongs to its tab.
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await page.getByRole('tab', { name: 'Sheet1', selected: true }).waitFor();
    expect(await page.locator('figure.chart').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('switches the whole preview to another spreadsheet from the Files list, and back', async () => {
    await page.goto(preview.url);
    await page.locator('body[data-ready]').waitFor();
    const files = async () => {
      await page.getByRole('button', { name: 'Files' }).click();
      const items = page.getByRole('menuitemradio');
      await items.first().waitFor();
      return Promise.all(
        (await items.all()).map(
          async (i) => `${await i.textContent()}:${await i.getAttribute('aria-checked')}`,
        ),
      );
    };
    const openMenu = async () => {
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Mutual Action Plan' }).click();
    };
    const tabs = () => page.getByRole('tab').allTextContents();
    const dealTabs = await tabs();
    // The sidebar is open in this file; it is this file's, and closes when another opens.
    await openMenu();
    await page.getByRole('menuitem', { name: 'Open sidebar' }).click();
    await page.locator('#sidebar').waitFor();

    expect(await files()).toEqual(['Deal room:true']);
    await page.getByRole('menuitem', { name: 'New spreadsheet…' }).click();
    await page.locator('#new-file-name').fill('Globex deal');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('#doc-name', { hasText: 'Globex deal' }).waitFor();
    expect(await tabs()).toEqual(['Sheet1']);
    expect(await page.locator('#sidebar').isHidden()).toBe(true);
    expect(await page.locator('#grid td[data-ref="A1"]').textContent()).toBe('');
    // Its own onOpen built the menu there.
    await openMenu();
    await page.getByRole('menuitem', { name: 'Create plan…' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await files()).toEqual(['Deal room:false', 'Globex deal:true']);

    await page.getByRole('menuitemradio', { name: 'Deal room' }).click();
    await page.locator('#doc-name', { hasText: 'Deal room' }).waitFor();
    expect(await tabs()).toEqual(dealTabs);
    await page.getByRole('tab', { name: 'My deals' }).click();
    await page.locator('figure.chart').waitFor();

    // Both are saved, the one open as the current spreadsheet.
    const saved = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as EmulatorState;
    expect(saved.spreadsheet.name).toBe('Deal room');
    expect(saved.otherSpreadsheets.map((f) => f.name)).toEqual(['Globex deal']);
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
