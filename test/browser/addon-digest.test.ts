// The weekly-email screen against the real add-on: approvals, preview, test and real sends and
// the schedule all end in the emulator's outbox and trigger registry, which is what is checked.
import type { Page } from 'playwright-core';
import type { Emulator, MailRecord } from '../../dev/emulator';
import type { DigestEmailJson } from '../../src/shared/api';
import { describeInBrowser } from '../support/browser';
import { addonSuite } from './addon-sidebar';
import { addStakeholder } from '../support/world';
import { shownCell } from '../support/sheet';
import { COLLEAGUE, MAP_TAB, OWNER, PROSPECT, TIME_ZONE, deal } from './deal';
import { noticeSays } from './wait';

// The clock jumps over the hours where nothing is due (setNow skips them) and steps through the
// ones that matter: every hourly run costs a whole execution of the add-on.
jest.setTimeout(90_000);

const OUTSIDER = 'mallory@outsider.example';

async function openEmailTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Weekly email' }).click();
  await page.getByRole('heading', { name: 'Weekly email' }).waitFor();
}

const recipient = (page: Page, email: string) => page.locator(`.recipient[data-email="${email}"]`);
const isTest = (m: MailRecord) => m.subject.startsWith('[Test]');
const mailedTo = (emu: Emulator, filter: (m: MailRecord) => boolean = () => true) =>
  emu.outbox
    .filter(filter)
    .flatMap((m) => m.to)
    .map((to) => to.toLowerCase());
const previewedTo = (emu: Emulator) =>
  (emu.callAs(OWNER, 'previewWeeklyDigest') as DigestEmailJson[]).map((e) => e.to.toLowerCase());

describeInBrowser('add-on sidebar: weekly email through the emulated add-on', () => {
  const suite = addonSuite();

  it('approves an address the prospect added, and only that one, and the email then reaches it', async () => {
    const emu = deal({ digest: true });
    // Editors of the sheet add people; nothing leaves the SE's account for them until approved.
    addStakeholder(emu, PROSPECT, ['Pat Prospect', PROSPECT, 'Prospect', 'Champion']);
    addStakeholder(emu, PROSPECT, ['Mallory', OUTSIDER, 'Prospect', 'Procurement']);
    expect(previewedTo(emu)).not.toContain(PROSPECT);

    const session = await suite.open(emu);
    const { page } = session;
    await openEmailTab(page);
    expect(await recipient(page, PROSPECT).textContent()).toContain('Waiting for your approval');
    expect(await recipient(page, OUTSIDER).textContent()).toContain('Waiting for your approval');
    await session.screenshot('addon-weekly-email-waiting');

    await page.getByRole('button', { name: `Approve ${PROSPECT}` }).click();
    await noticeSays(page, `Approved ${PROSPECT}: they will receive the weekly email.`);
    expect(await recipient(page, PROSPECT).textContent()).toContain('Will receive');
    expect(await recipient(page, OUTSIDER).textContent()).toContain('Waiting for your approval');
    expect(await page.getByRole('button', { name: `Approve ${PROSPECT}` }).count()).toBe(0);
    expect(session.callsTo('approveRecipients')).toEqual([[[PROSPECT]]]);
    await session.screenshot('addon-weekly-email-approved');

    // The approval is the server's, not the page's: the next weekly run mails the champion.
    expect(previewedTo(emu)).toContain(PROSPECT);
    expect(previewedTo(emu)).not.toContain(OUTSIDER);
    emu.setNow('2026-11-09T08:30');
    emu.advance('2h');
    expect(mailedTo(emu)).toContain(PROSPECT);
    expect(mailedTo(emu)).not.toContain(OUTSIDER);
  });

  it('shows someone added to the Stakeholders tab while it was open, after one Refresh call', async () => {
    const emu = deal({ digest: true });
    const session = await suite.open(emu);
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    addStakeholder(emu, PROSPECT, ['Pat Prospect', PROSPECT, 'Prospect', 'Champion']);

    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await noticeSays(page, 'Up to date.');
    await openEmailTab(page);
    expect(await recipient(page, PROSPECT).textContent()).toContain('Waiting for your approval');
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState', 'getSidebarState']);
  });

  it('previews the email, sends a test to me, then sends to everyone: the outbox gets them', async () => {
    const emu = deal({ digest: true });
    const session = await suite.open(emu);
    const { page } = session;
    await openEmailTab(page);
    expect(await page.getByTestId('last-sent').textContent()).toBe('Never');

    await page.getByRole('button', { name: 'Preview' }).click();
    await noticeSays(page, 'Preview ready: 1 email would be sent now.');
    const subject = (await page.locator('.email-preview__subject').textContent()) ?? '';
    expect(subject).toContain('Acme Corp');
    const inside = page.frameLocator('iframe.email-preview__frame');
    await inside.getByText('Acme Corp').first().waitFor();
    expect(emu.outbox).toEqual([]);
    await session.screenshot('addon-weekly-email-preview');

    await page.getByRole('button', { name: 'Send a test to me' }).click();
    // The answer's words: "Sending a test email to <owner>…" is said before the server runs.
    await noticeSays(page, `Test email sent to ${OWNER}.`);
    expect(emu.outbox.map((m) => [m.to, isTest(m)])).toEqual([[[OWNER], true]]);

    await page.getByRole('button', { name: 'Send now…' }).click();
    await session.screenshot('addon-weekly-email-confirm-send');
    await page.getByRole('button', { name: 'Send to 1 recipient' }).click();
    // Not /sent/: the test email's notice, still up until the click is handled, says that too.
    await noticeSays(page, /^Sent to 1 recipient\./);
    const sent = emu.outbox.filter((m) => !isTest(m));
    expect(sent.map((m) => [m.to, m.subject])).toEqual([[[OWNER], subject]]);
    expect(sent[0].htmlBody).toContain('Acme Corp');
    // "Last sent" is the emulator's clock, shown in the sheet's zone (the browser is in LA).
    const at = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(emu.now()));
    await page.getByText(`Mon, Nov 2 at ${at}`).first().waitFor();
    await session.screenshot('addon-weekly-email-sent');

    // Sending again in the same week: the server says nobody would receive it, and there is
    // no button that could mail anyone twice.
    await page.getByRole('button', { name: 'Send now…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm sending' });
    await confirm.getByText(/^Nobody would receive it now: .*already went out/).waitFor();
    expect(await confirm.getByRole('button', { name: /^Send to/ }).count()).toBe(0);
    await confirm.getByRole('button', { name: 'Close' }).click();
    expect(emu.outbox.filter((m) => !isTest(m))).toHaveLength(1);
  });

  it('names the deal and writes dates one way in the sheet, the sidebar and the email', async () => {
    const emu = deal({ digest: true });
    // Monday Nov 2, 09:00 in Berlin: the owner moves the first step, so Slip history records it.
    const firstStep = 8;
    const before = shownCell(emu, MAP_TAB, firstStep, 7);
    emu.as(OWNER).edit(`${MAP_TAB}!G${firstStep}`, '2026-11-20');
    expect(shownCell(emu, MAP_TAB, 1, 1)).toBe('Mutual Action Plan: Acme Corp × Vendorly');
    expect(shownCell(emu, 'Slip history', 2, 1)).toBe('Nov 2, 2026 at 09:00');
    expect([shownCell(emu, 'Slip history', 2, 3), shownCell(emu, 'Slip history', 2, 4)]).toEqual([
      before,
      'Nov 20, 2026',
    ]);
    expect(before).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 2026$/);

    const session = await suite.open(emu);
    const { page } = session;
    // The year is left out only when it is this year's, in the sidebar as in the email.
    await page.getByText('Signature Fri, Jan 29, 2027').waitFor();
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await noticeSays(page, 'Preview ready: 1 email would be sent now.');
    expect(await page.locator('.email-preview__subject').textContent()).toMatch(
      /^Acme Corp × Vendorly MAP: /,
    );
    const inside = page.frameLocator('iframe.email-preview__frame');
    await inside.getByText('Weekly update, Mon, Nov 2', { exact: true }).waitFor();
    await inside.getByText('Target signature: Fri, Jan 29, 2027').waitFor();
  });

  it('turns the email on from the sidebar in the sheet’s time zone, and it goes out then', async () => {
    const emu = deal({ plan: true });
    const session = await suite.open(emu);
    const { page } = session;
    await openEmailTab(page);
    expect(await page.getByTestId('owner').textContent()).toContain('No one runs the schedule');

    await page.getByLabel('Send a weekly update to every recipient').check();
    await page.getByLabel('Day').selectOption('THURSDAY');
    await page.getByLabel(`Hour (${TIME_ZONE} time)`).selectOption('16');
    // Saved as it is changed: no Save button to forget.
    await page
      .getByTestId('schedule-save')
      .getByText('Saved ✓ · next run Thu, Nov 5 at 16:00')
      .waitFor();
    expect(await page.getByTestId('owner').textContent()).toContain('You run the schedule');
    expect(emu.triggers().map((t) => [t.handler, t.owner])).toContainEqual([
      'weeklyDigestTick',
      OWNER,
    ]);
    await page.getByTestId('next-run').getByText('Thu, Nov 5 at 16:00').waitFor();
    await session.screenshot('addon-weekly-email-scheduled');

    // Nothing the first day nor up to Thursday 15:59 in Berlin; Thursday 17:00: sent, within
    // the chosen hour.
    emu.advance('1d');
    emu.setNow('2026-11-05T13:00');
    emu.advance('2h59m');
    expect(emu.outbox).toEqual([]);
    emu.advance('1h1m');
    expect(mailedTo(emu)).toEqual([OWNER]);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(emu.outbox[0].sentAt));
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    expect([part('weekday'), part('hour')]).toEqual(['Thu', '16']);
  });

  it('lets a colleague take the schedule over, after saying whose account will send', async () => {
    const emu = deal({ digest: true });
    const session = await suite.open(emu, { user: COLLEAGUE });
    const { page } = session;
    await openEmailTab(page);
    expect(await page.getByTestId('owner').textContent()).toContain(`${OWNER} runs the schedule`);
    expect(await page.getByRole('button', { name: 'Save schedule' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Take over the schedule…' }).click();
    await page.getByText(`from your account (${COLLEAGUE})`, { exact: false }).first().waitFor();
    await session.screenshot('addon-weekly-email-take-over');
    expect(session.callsTo('configureWeeklyDigest')).toEqual([]);
    await page.getByRole('button', { name: 'Take over', exact: true }).click();
    await noticeSays(page, /You run the weekly email now/);
    expect(await page.getByTestId('owner').textContent()).toContain('You run the schedule');
    expect(session.callsTo('configureWeeklyDigest')).toEqual([
      [expect.objectContaining({ enabled: true, takeOver: true })],
    ]);
    const tickOwners = () =>
      emu
        .triggers()
        .filter((t) => t.handler === 'weeklyDigestTick')
        .map((t) => t.owner);
    expect(tickOwners()).toContain(COLLEAGUE);

    // Approvals are per person: the new owner approves their own team, then the week passes.
    expect(await recipient(page, OWNER).textContent()).toContain('Waiting for your approval');
    await page.getByRole('button', { name: 'Approve everyone at vendorly.example' }).click();
    await noticeSays(page, 'Everyone at vendorly.example will receive the weekly email.');
    // The first ticks after the take-over, then next Monday's email.
    emu.advance('2h');
    emu.setNow('2026-11-09T08:30');
    emu.advance('2h');
    const digests = emu.outbox.filter((m) => !isTest(m) && m.to.includes(OWNER));
    expect(digests.length).toBeGreaterThan(0);
    expect(new Set(emu.outbox.map((m) => m.from))).toEqual(new Set([COLLEAGUE]));
    // The old owner's trigger retired itself on its first tick after the take-over.
    expect(tickOwners()).toEqual([COLLEAGUE]);
  });
});
