// The status screen against the real add-on: the emulator's clock moves past due dates, people
// edit the sheet, and the sidebar's links select rows in the emulated spreadsheet. Expectations
// come from the sheet and the clock, not from the server's own answer.
import type { Page } from 'playwright-core';
import { STEP_COLUMNS } from '../../src/core/plan/model';
import type { Emulator } from '../../dev/emulator';
import { describeInBrowser } from '../support/browser';
import { addonSuite } from './addon-sidebar';
import { selection, shownCell } from '../support/sheet';
import { MAP_TAB, PROSPECT, WEEKLY, deal } from './deal';
import { noticeSays } from './wait';

jest.setTimeout(90_000);

const HOSTILE = '<img src=x onerror=alert(1)>';
const FIRST_STEP_ROW = 8;
const column = (header: string) => STEP_COLUMNS.findIndex((c) => c.header === header) + 1;

/** The sheet's steps due before `today` ('MMM d, yyyy' cells), by row, with days late. */
function dueBefore(emu: Emulator, today: string): { row: number; step: string; days: number }[] {
  const out: { row: number; step: string; days: number }[] = [];
  const last = emu.workbook.requireSheet(MAP_TAB).lastRow();
  for (let row = FIRST_STEP_ROW; row <= last; row += 1) {
    const due = Date.parse(`${shownCell(emu, MAP_TAB, row, column('Target date'))} UTC`);
    const days = Math.round((Date.parse(`${today}T00:00:00Z`) - due) / 86_400_000);
    if (days > 0) out.push({ row, step: shownCell(emu, MAP_TAB, row, column('Step')), days });
  }
  return out;
}

/** Moves the emulated clock (wall time in the sheet's zone); TODAY() cells follow. */
function moveClock(emu: Emulator, wallTime: string): void {
  emu.setNow(wallTime);
  emu.workbook.recalculate();
}

function editAs(emu: Emulator, user: string, ref: string, text: string): void {
  const previous = emu.currentUser;
  emu.as(user).edit(ref, text);
  emu.as(previous);
}

const listed = (page: Page, id: string) =>
  page.locator(`#${id} .step-link`).evaluateAll((nodes) =>
    nodes.map((n) => ({
      row: Number(n.getAttribute('data-row')),
      title: n.querySelector('.step-link__title')?.textContent ?? '',
      detail: n.querySelector('.step-link__detail')?.textContent ?? '',
    })),
  );

describeInBrowser('add-on sidebar: plan status from the emulated spreadsheet', () => {
  const suite = addonSuite();

  it('lists the steps that went late when the clock passed their dates, and selects their rows', async () => {
    const emu = deal({ plan: true });
    editAs(emu, PROSPECT, `${MAP_TAB}!E${FIRST_STEP_ROW}`, 'Pat Prospect');
    const session = await suite.open(emu);
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    await page.getByText('Nothing is late.').waitFor();

    // Five and a half weeks later, in the sheet's zone; the sidebar is refreshed by hand.
    const today = '2026-12-10';
    moveClock(emu, `${today}T10:00`);
    const late = dueBefore(emu, today);
    expect(late.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await noticeSays(page, 'Formatting re-applied and status updated.');
    expect(await listed(page, 'late')).toEqual(
      late.map((s) => ({
        row: s.row,
        title: s.step,
        detail: `${s.row === FIRST_STEP_ROW ? 'Pat Prospect' : 'No owner'} · ${s.days} days late`,
      })),
    );
    expect(await page.locator('.badge').getAttribute('data-status')).not.toBe('On track');
    await page.getByText('As of Thu, Dec 10', { exact: false }).waitFor();
    await session.screenshot('addon-status-late');

    const second = late[1];
    expect(selection(emu)?.row).not.toBe(second.row);
    await page
      .locator('#late')
      .getByRole('button', { name: new RegExp(second.step) })
      .click();
    await noticeSays(page, `Row ${second.row} is selected in the sheet.`);
    expect(selection(emu)).toEqual({ sheet: MAP_TAB, row: second.row, numRows: 1 });
  });

  it('shows a step the prospect marked Done as done, after Refresh', async () => {
    const emu = deal({ plan: true });
    moveClock(emu, '2026-12-10T10:00');
    const session = await suite.open(emu);
    const { page } = session;
    // The status is drawn from an answer that comes after the page has loaded.
    await page.locator(`#late .step-link[data-row="${FIRST_STEP_ROW}"]`).waitFor();
    const late = await listed(page, 'late');
    expect(late.map((s) => s.row)).toContain(FIRST_STEP_ROW);
    const total = Number(
      /of (\d+) steps/.exec((await page.locator('#progress-label').textContent()) ?? '')?.[1],
    );

    editAs(emu, PROSPECT, `${MAP_TAB}!H${FIRST_STEP_ROW}`, 'Done');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await noticeSays(page, 'Formatting re-applied and status updated.');
    const percent = Math.round(100 / total);
    await page
      .getByRole('progressbar', { name: `1 of ${total} steps done (${percent}%)` })
      .waitFor();
    expect((await listed(page, 'late')).map((s) => s.row)).not.toContain(FIRST_STEP_ROW);
    // The owner's edit trigger stamped the day it was done, in the sheet's zone.
    expect(shownCell(emu, MAP_TAB, FIRST_STEP_ROW, column('Done on'))).toBe('Dec 10, 2026');
  });

  it('shows a step named like HTML as text, runs none of it, and selects its row', async () => {
    const emu = deal({ plan: true });
    emu.call('configureWeeklyDigest', WEEKLY);
    const row = FIRST_STEP_ROW + 1;
    // Typed into the sheet by a person, as any editor can.
    editAs(emu, PROSPECT, `${MAP_TAB}!C${row}`, HOSTILE);
    editAs(emu, PROSPECT, `${MAP_TAB}!E${row}`, `<b onmouseover=alert(2)>Mallory</b>`);
    moveClock(emu, '2026-12-10T10:00');
    expect(shownCell(emu, MAP_TAB, row, column('Step'))).toBe(HOSTILE);

    const session = await suite.open(emu);
    const { page } = session;
    const link = page.locator(`#late .step-link[data-row="${row}"]`);
    expect(await link.locator('.step-link__title').textContent()).toBe(HOSTILE);
    expect(await link.locator('.step-link__detail').textContent()).toContain(
      '<b onmouseover=alert(2)>Mallory</b>',
    );
    await link.hover();
    await link.click();
    await noticeSays(page, `Row ${row} is selected in the sheet.`);
    expect(selection(emu)).toEqual({ sheet: MAP_TAB, row, numRows: 1 });
    await session.screenshot('addon-hostile-status');

    // The weekly email carries the same text: the preview must show it, not run it.
    await page.getByRole('tab', { name: 'Weekly email' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await noticeSays(page, /^Preview ready/);
    const inside = page.frameLocator('iframe.email-preview__frame');
    await inside.getByText(HOSTILE).first().waitFor();
    expect(await inside.locator('img, b[onmouseover]').count()).toBe(0);
    await session.screenshot('addon-hostile-email-preview');

    expect(await page.locator('img, b').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    expect(emu.outbox).toEqual([]);
    // Nothing was fetched: not the page's <img src=x>, not the email's.
    expect(session.requests).toEqual([]);
  });

  it('says so, instead of offering a second plan, when the plan cannot be read', async () => {
    const emu = deal({ plan: true });
    // Someone renamed a column the add-on needs.
    emu.edit(`${MAP_TAB}!H7`, 'Stage');
    const session = await suite.open(emu);
    const { page } = session;
    await page.getByTestId('plan-problem').waitFor();
    expect(await page.getByTestId('plan-problem').textContent()).toContain('Status');
    expect(await page.getByRole('button', { name: 'Create plan' }).count()).toBe(0);
    await session.screenshot('addon-plan-unreadable');

    emu.edit(`${MAP_TAB}!H7`, 'Status');
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
  });
});
