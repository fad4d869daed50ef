// The weekly-email screen in real Chromium, against the built add-on in the emulator: unreadable
// Stakeholders rows are listed by row beside the recipients, and a Stakeholders tab that lost a
// column the email needs shows its banner on the first load, before any run has paused.
import type { Page } from 'playwright-core';
import type { Emulator } from '../../dev/emulator';
import { addonSuite } from './addon-sidebar';
import { describeInBrowser } from '../support/browser';
import { addStakeholder, digestWorld, OWNER, PROSPECT, STAKEHOLDERS } from '../support/world';

jest.setTimeout(90_000);

async function openEmailTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Weekly email' }).click();
  await page.getByRole('heading', { name: 'Weekly email' }).waitFor();
}

/** A value the Side dropdown would refuse from a user, as an import or a script writes it. */
function writePast(em: Emulator, row: number, column: number, text: string): void {
  em.workbook.requireSheet(STAKEHOLDERS).write(row, column, [[{ text }]]);
}

describeInBrowser('weekly-email screen: what could not be read', () => {
  const suite = addonSuite();

  it('lists unreadable Stakeholders rows by number, long values wrapped within 300 px', async () => {
    const { em } = digestWorld();
    const side = addStakeholder(em, PROSPECT, ['Pat', 'pat@customer.example', 'Prospect', '']);
    const tick = addStakeholder(em, PROSPECT, ['Quinn', 'quinn@customer.example', 'Prospect', '']);
    writePast(em, side, 3, `Vendr${'x'.repeat(150)}`);
    writePast(em, tick, 5, 'maybe');
    const session = await suite.open(em, { user: OWNER });
    const { page } = session;
    await openEmailTab(page);
    const callout = page.getByTestId('stakeholder-warnings');
    await callout.waitFor();
    const text = (await callout.textContent()) ?? '';
    expect(text).toContain('2 Stakeholders rows could not be read');
    expect(text).toContain(`Row ${side}: Side 'Vendrxxx`);
    expect(text).toContain(`Row ${tick}: Weekly email 'maybe' is not ticked or unticked`);
    const overflow = await callout.evaluate((node) => node.scrollWidth - node.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await session.screenshot('weekly-email-unreadable-rows');
  });

  it('shows no such list when every row reads', async () => {
    const { em } = digestWorld();
    const session = await suite.open(em, { user: OWNER });
    await openEmailTab(session.page);
    expect(await session.page.getByTestId('stakeholder-warnings').count()).toBe(0);
  });

  it('says at once that the Stakeholders tab lost its Weekly email column', async () => {
    const { em } = digestWorld();
    em.edit(`${STAKEHOLDERS}!E1`, 'Notes');
    const session = await suite.open(em, { user: OWNER });
    const { page } = session;
    // The plan still reads: its status screen is shown, not "cannot read this plan".
    expect(await page.getByTestId('plan-problem').count()).toBe(0);
    await openEmailTab(page);
    const banner = page.getByTestId('banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      "The weekly email is paused until the plan can be read again: The tab 'Stakeholders' has no 'Weekly email' column",
    );
  });
});
