// Step-owner reminders from the Weekly email tab against the real add-on: the seller ticks
// "Remind step owners", picks the days, it saves as changed, the week's reminders are listed
// with who is held back, and the hourly run mails the approved owner at the schedule's hour.
import { STEP_COLUMNS } from '../../src/core/plan/model';
import { describeInBrowser } from '../support/browser';
import { stepRows, tab } from '../support/sheet';
import { addonSuite } from './addon-sidebar';
import { COLLEAGUE, MAP_TAB, OWNER, PROSPECT, deal } from './deal';

jest.setTimeout(90_000);

const letter = (header: string) =>
  String.fromCharCode(64 + STEP_COLUMNS.findIndex((c) => c.header === header) + 1);

describeInBrowser('add-on sidebar: step-owner reminders', () => {
  const suite = addonSuite();

  it('turns reminders on, lists this week’s, and the approved owner is asked at 9:00', async () => {
    // Monday 2 Nov, 09:00 in Berlin, Mondays 9:00 weekly email on; vendorly.example approved.
    const emu = deal({ digest: true });
    const [first, second] = stepRows(tab(emu, MAP_TAB));
    // The colleague owns a step due Thursday; the prospect (not approved) one due Wednesday.
    emu.as(OWNER);
    emu.paste(`${MAP_TAB}!${letter('Owner email')}${first.row}`, [[COLLEAGUE]]);
    emu.paste(`${MAP_TAB}!${letter('Target date')}${first.row}`, [['2026-11-05']]);
    emu.paste(`${MAP_TAB}!${letter('Owner email')}${second.row}`, [[PROSPECT]]);
    emu.paste(`${MAP_TAB}!${letter('Target date')}${second.row}`, [['2026-11-04']]);

    const { page } = await suite.open(emu);
    await page.getByRole('tab', { name: 'Weekly email' }).click();
    await page.getByLabel('Remind step owners of their own steps').check();
    await page.getByLabel('Remind', { exact: true }).selectOption('2');
    await page.getByTestId('schedule-save').getByText('Saved ✓', { exact: false }).waitFor();

    const list = page.getByTestId('reminders');
    await list.waitFor();
    const lines = await list.locator('li').allTextContents();
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^Mon, Nov 2 · ${PROSPECT}: .* · not sent: waiting for your approval$`),
      ),
      expect.stringMatching(
        new RegExp(`^Tue, Nov 3 · ${COLLEAGUE}: .*\\(due Thu, Nov 5\\) · will be sent$`),
      ),
      // If nothing changes, each is asked again on the first day late.
      expect.stringMatching(
        new RegExp(`^Thu, Nov 5 · ${PROSPECT}: .*\\(late: was due Wed, Nov 4\\)`),
      ),
      expect.stringMatching(new RegExp(`^Fri, Nov 6 · ${COLLEAGUE}: .* · will be sent$`)),
    ]);

    // Tuesday 09:00 in Berlin: the colleague is asked; the prospect never is.
    emu.advance('1d1h');
    const asked = emu.outbox.filter((m) => m.body.includes('Our plan shows'));
    expect(asked.map((m) => m.to)).toEqual([[COLLEAGUE]]);
    expect(asked[0].body).toContain('due Thu, Nov 5. Are we still on track?');
    expect(emu.outbox.some((m) => m.to.includes(PROSPECT))).toBe(false);
  });
});
