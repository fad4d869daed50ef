// The create form against the real add-on: dist/Code.js in the emulator answers every call, so
// a click on Create writes the plan into the emulated spreadsheet, and a failed call must leave
// both the form and the spreadsheet as they were.
import type { Page } from 'playwright-core';
import { getTemplate } from '../../src/core/plan';
import { STEP_COLUMNS } from '../../src/core/plan/model';
import type { Emulator } from '../../dev/emulator';
import { SERVER_ERROR } from '../../dev/emulator/faults';
import { describeInBrowser } from '../support/browser';
import { addonSuite } from './addon-sidebar';
import { STAKEHOLDERS } from '../support/world';
import { shownCell, shownColumn } from '../support/sheet';
import { MAP_TAB, OWNER, PLAN, deal } from './deal';
import { noticeSays } from './wait';

jest.setTimeout(90_000);

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const column = (header: string) => STEP_COLUMNS.findIndex((c) => c.header === header) + 1;
/** The step table's header row, where the add-on puts it (the header block sits above). */
const HEADER_ROW = 7;

const POC = getTemplate('poc');
const pocRadio = (page: Page) => page.getByRole('radio', { name: new RegExp(`^${POC.name}`) });

async function fillForm(page: Page, signatureDate = PLAN.signatureDate): Promise<void> {
  await pocRadio(page).check();
  await field(page, 'Customer').fill(PLAN.customer);
  await field(page, 'Vendor (your company)').fill(PLAN.vendor);
  await field(page, 'Goal or compelling event (optional)').fill(PLAN.goal ?? '');
  await field(page, 'Target signature date').fill(signatureDate);
  await page.getByRole('group', { name: 'Seller 1' }).getByLabel('Name').fill('Sam Lee');
}

async function formValues(page: Page): Promise<string[]> {
  return page.$$eval('form input:not([type=radio]), form textarea', (nodes) =>
    nodes.map((n) => (n as HTMLInputElement).value),
  );
}

const planTabs = (emu: Emulator) =>
  emu.workbook.sheets.map((s) => s.name).filter((name) => name.startsWith('MAP'));

describeInBrowser('add-on sidebar: create a plan in the emulated spreadsheet', () => {
  const suite = addonSuite();

  it('writes the plan the form describes: MAP tab, customer, every step, the sellers', async () => {
    const emu = deal();
    const session = await suite.open(emu);
    const { page } = session;

    await page.getByRole('heading', { name: 'Create a mutual action plan' }).waitFor();
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState']);
    // The template list and its sizes come from the add-on's own templates.
    await pocRadio(page).waitFor();
    expect(
      await page.getByRole('group', { name: 'Seller 1' }).getByLabel('Email').inputValue(),
    ).toBe(OWNER);
    await session.screenshot('addon-create-form');

    await fillForm(page);
    // The dates are the server's work-back, shown before anything is written.
    await page
      .getByText(
        new RegExp(`^${POC.steps.length} steps from .* to signature on Fri, Jan 29, 2027\\.`),
      )
      .waitFor();
    expect(planTabs(emu)).toEqual([]);
    await session.screenshot('addon-create-form-filled');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    await noticeSays(page, `Plan created on the ${MAP_TAB} tab: ${POC.steps.length} steps from`);
    expect(session.calls.map((c) => c.name).slice(-2)).toEqual(['createPlan', 'getSidebarState']);

    // What the click did to the spreadsheet.
    expect(planTabs(emu)).toEqual([MAP_TAB]);
    const text = (row: number, col: number) => shownCell(emu, MAP_TAB, row, col);
    expect(text(1, 1)).toBe(`Mutual Action Plan: ${PLAN.customer} × ${PLAN.vendor}`);
    expect([text(2, 2), text(2, 3)]).toEqual(['Customer', PLAN.customer]);
    expect([text(3, 2), text(3, 3)]).toEqual(['Vendor', PLAN.vendor]);
    expect([text(4, 2), text(4, 3)]).toEqual(['Plan owner', OWNER]);
    expect(text(5, 3)).toBe(PLAN.goal);
    expect(text(2, 6)).toBe('Jan 29, 2027');
    expect(text(HEADER_ROW, column('Step'))).toBe('Step');
    expect(shownColumn(emu, MAP_TAB, column('Step'), HEADER_ROW + 1)).toEqual(
      POC.steps.map((s) => s.step),
    );
    expect(new Set(shownColumn(emu, MAP_TAB, column('Status'), HEADER_ROW + 1))).toEqual(
      new Set(['Not started']),
    );
    const names = shownColumn(emu, STAKEHOLDERS, 1, 2);
    const emails = shownColumn(emu, STAKEHOLDERS, 2, 2);
    expect(emails[names.indexOf('Sam Lee')]).toBe(OWNER);
    // The owner's edit trigger, which keeps Done dates and slips, was installed by the click.
    expect(emu.triggers().map((t) => [t.handler, t.owner])).toContainEqual(['onPlanEdit', OWNER]);

    // The status screen is the new plan's, from the same spreadsheet.
    await page
      .getByRole('progressbar', { name: `0 of ${POC.steps.length} steps done (0%)` })
      .waitFor();
    expect(await page.locator('#refresh-hint').textContent()).toContain(`${MAP_TAB} tab`);
    await session.screenshot('addon-status-new-plan');
  });

  it('compresses a plan that would start in the past, and the sheet gets the compressed dates', async () => {
    const emu = deal();
    const session = await suite.open(emu);
    const { page } = session;
    // Three weeks is too short for a proof of concept worked back from signature.
    await fillForm(page, '2026-11-20');
    await page.getByText(/The first step would be \d+ business days? in the past\./).waitFor();
    await session.screenshot('addon-create-past-start');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'The first step would be in the past.');
    expect(session.callsTo('createPlan')).toEqual([]);

    await page.getByRole('button', { name: 'Compress the plan' }).click();
    await page.getByText(/^Compressed: every step is squeezed in/).waitFor();
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();

    const dates = shownColumn(emu, MAP_TAB, column('Target date'), HEADER_ROW + 1);
    const serials = dates.map((d) => Date.parse(`${d} UTC`));
    expect(serials.every((t) => !Number.isNaN(t))).toBe(true);
    // Nothing before today (Mon 2 Nov), nothing after signature (Fri 20 Nov).
    expect(Math.min(...serials)).toBeGreaterThanOrEqual(Date.parse('2 Nov 2026 UTC'));
    expect(Math.max(...serials)).toBeLessThanOrEqual(Date.parse('20 Nov 2026 UTC'));
    await page.getByText('Nothing is late.').waitFor();
  });

  it('shows a server error, keeps the form and the spreadsheet as they were, and retries', async () => {
    const emu = deal();
    const before = emu.workbook.sheets.map((s) => s.name);
    // Apps Script's generic failure, on the first tab the add-on tries to insert.
    emu.faults.failOnCall('Spreadsheet.insertSheet');
    const session = await suite.open(emu);
    const { page } = session;
    await fillForm(page);
    await page.getByText(/steps from .* to signature on/).waitFor();
    const typed = await formValues(page);

    const create = page.getByRole('button', { name: 'Create plan' });
    await create.click();
    // The server's error reaches the user, with word that nothing was half-written.
    const notice = await noticeSays(page, SERVER_ERROR);
    expect(notice).toMatch(/^Could not create the plan\..*Nothing was left behind/);
    expect(await page.locator('#notice').getAttribute('class')).toContain('notice--error');
    expect(await formValues(page)).toEqual(typed);
    expect(await pocRadio(page).isChecked()).toBe(true);
    expect(await create.isDisabled()).toBe(false);
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(before);
    await session.screenshot('addon-create-server-error');

    await create.click();
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    await noticeSays(page, `Plan created on the ${MAP_TAB} tab`);
    expect(planTabs(emu)).toEqual([MAP_TAB]);
    const [first, second] = session.callsTo('createPlan');
    expect(second).toEqual(first);
  });
});
