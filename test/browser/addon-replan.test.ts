// Re-planning from the status screen against the real add-on: a step that must come before
// signature is dated after it, the screen offers "Re-plan…", the preview lists every move, and
// Apply writes them to the emulated sheet. Expectations come from the sheet, not the answer.
import type { Emulator } from '../../dev/emulator';
import { STEP_COLUMNS } from '../../src/core/plan/model';
import { describeInBrowser } from '../support/browser';
import { stepRows, tab } from '../support/sheet';
import { addonSuite } from './addon-sidebar';
import { MAP_TAB, OWNER, PROSPECT, deal } from './deal';
import { noticeSays } from './wait';

jest.setTimeout(90_000);

const column = (header: string) => STEP_COLUMNS.findIndex((c) => c.header === header) + 1;
const letter = (header: string) => String.fromCharCode(64 + column(header));

function targets(emu: Emulator): Record<string, string | null> {
  return Object.fromEntries(stepRows(tab(emu, MAP_TAB)).map((s) => [s.step, s.target]));
}

describeInBrowser('add-on sidebar: re-planning from the status screen', () => {
  const suite = addonSuite();

  it('offers re-planning when a step sits after the signature, previews, and applies', async () => {
    const emu = deal({ plan: true });
    const steps = stepRows(tab(emu, MAP_TAB));
    const signature = steps.find((s) => s.step === 'Signature');
    if (!signature) throw new Error('the plan has no Signature step');
    const pushed = steps[1];
    // The prospect moves a pre-signature step past the signature (Fri 29 Jan 2027).
    emu.as(PROSPECT).edit(`${MAP_TAB}!${letter('Target date')}${pushed.row}`, '2027-02-05');
    emu.as(OWNER);

    const { page } = await suite.open(emu);
    await page
      .getByText('1 step that must come before signature is dated after it', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Re-plan…' }).click();
    await page.getByLabel('New target signature').fill('2027-02-12');
    await page.getByLabel(/Fit the open steps/).check();
    const apply = page.getByRole('button', { name: 'Apply new dates' });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();

    const items = page.locator('[data-testid="replan-preview"] li');
    await items.first().waitFor();
    const listed = await items.evaluateAll((nodes) =>
      nodes.map((n) => ({ row: Number(n.getAttribute('data-row')), text: n.textContent ?? '' })),
    );
    expect(listed.map((l) => l.row)).toContain(signature.row);
    expect(listed.find((l) => l.row === signature.row)?.text).toMatch(
      /Fri, Jan 29, 2027 → Fri, Feb 12, 2027/,
    );
    const before = targets(emu);

    await apply.click();
    await noticeSays(page, `${listed.length} steps moved; each move is in Slip history.`);
    const after = targets(emu);
    const moved = Object.keys(after).filter((step) => after[step] !== before[step]);
    expect(moved).toHaveLength(listed.length);
    expect(after.Signature).toBe('2027-02-12');
    // Every step before the signature is now dated on or before it.
    for (const s of stepRows(tab(emu, MAP_TAB)).filter((s) => s.row < signature.row)) {
      expect((s.target ?? '') <= '2027-02-12').toBe(true);
    }
    // After the prospect's own move, one row per moved date, each naming the re-plan.
    const history = (tab(emu, 'Slip history').display ?? []).slice(2);
    expect(history.map((r) => r[4])).toEqual(listed.map(() => `${OWNER} (re-plan)`));
    // The screen redrew from replan's answer: the warning is gone.
    await page
      .getByText('Move every open step to a new target signature', { exact: false })
      .waitFor();
  });

  it('says under the field why a date cannot be applied, and writes nothing', async () => {
    const emu = deal({ plan: true });
    const before = JSON.stringify(emu.workbook.toJSON());
    const { page } = await suite.open(emu);
    await page.getByRole('button', { name: 'Re-plan…' }).click();
    await page.getByLabel('New target signature').fill('2026-10-30');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('is before today (Mon, Nov 2)', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Apply new dates' }).isDisabled()).toBe(true);
    expect(JSON.stringify(emu.workbook.toJSON())).toBe(before);
  });
});
