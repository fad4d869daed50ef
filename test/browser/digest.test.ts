// The weekly-email screen in real Chromium: schedule in the sheet's time zone, approving
// waiting recipients, preview in a sandboxed frame, test and real sends, and ownership.
import type { Page } from 'playwright-core';
import type { DigestEmailJson, DigestStateJson, SendReportJson } from '../../src/shared/api';
import { describeInBrowser, browserSuite, type SidebarSession } from '../support/browser';
import { digestState, fakeServer, sidebarState, USER, type FakeApi } from './fake-server';
import { eventually, noticeSays } from './wait';

jest.setTimeout(90_000);

/** A digest that remembers approvals and sends, as the server's state would. */
function server(
  overrides: Partial<FakeApi> = {},
  start: DigestStateJson = digestState(),
): Partial<FakeApi> {
  let digest = start;
  const approve = (emails: string[]) => {
    digest = {
      ...digest,
      recipients: digest.recipients.map((r) =>
        emails.includes(r.email) ? { ...r, state: 'will receive' } : r,
      ),
    };
    return digest;
  };
  return {
    getSidebarState: () => sidebarState({ digest }),
    approveRecipients: approve,
    configureWeeklyDigest: (settings) => {
      digest = { ...digest, settings };
      const domains = (settings.approvedDomains ?? []).map((d) => `@${d}`);
      return approve(
        digest.recipients
          .filter((r) => domains.some((d) => r.email.endsWith(d)))
          .map((r) => r.email),
      );
    },
    ...overrides,
  };
}

async function openEmailTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Weekly email' }).click();
  await page.getByRole('heading', { name: 'Weekly email' }).waitFor();
}

const recipient = (page: Page, email: string) => page.locator(`.recipient[data-email="${email}"]`);

const BLOCKED =
  "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed";

/**
 * Waits until `documents` hostile emails have each reported what the sandbox stopped (their
 * <script> and their onerror handler) and their image's failed load. The reports reach the test
 * after the email is drawn, so looking earlier, or clearing them, lets one land in afterEach.
 * The image's failure waits on a name lookup of the page's made-up host, which can take seconds.
 */
async function reportsOf(session: SidebarSession, documents: number): Promise<void> {
  await eventually(() => {
    expect(session.errors.filter((e) => e.includes(BLOCKED)).length).toBeGreaterThanOrEqual(
      2 * documents,
    );
    expect(
      session.errors.filter((e) => e.startsWith('Failed to load resource')).length,
    ).toBeGreaterThanOrEqual(documents);
  }, 10_000);
}

describeInBrowser('sidebar: weekly email', () => {
  const suite = browserSuite();

  it('shows the schedule in the sheet’s time zone, not the browser’s', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    // The browser runs in Los Angeles; the sheet is in Berlin, and the labels follow the sheet.
    const hour = page.getByLabel('Hour (Europe/Berlin time)');
    expect(await hour.inputValue()).toBe('9');
    expect(await hour.locator('option:checked').textContent()).toBe('09:00–10:00');
    expect(await page.getByLabel('Day').inputValue()).toBe('MONDAY');
    expect(await page.getByLabel('Send a weekly update to every recipient').isChecked()).toBe(true);
    expect(await page.getByTestId('last-sent').textContent()).toBe('Mon, Mar 3 at 09:12');
    expect(await page.getByTestId('next-run').textContent()).toBe('Mon, Mar 17 at 09:00');
    expect(await page.getByTestId('owner').textContent()).toContain('You run the schedule');

    expect(await recipient(page, USER).textContent()).toContain('Will receive');
    expect(await recipient(page, 'dana@acme.example').textContent()).toContain(
      'Waiting for your approval',
    );
    expect(await recipient(page, 'priya@acme').textContent()).toContain(
      'Invalid addressThe address has no domain ending.',
    );
    await session.screenshot('weekly-email');
  });

  it('approves a waiting recipient and shows their new state', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Approve dana@acme.example' }).click();
    await noticeSays(page, 'Approved dana@acme.example: they will receive the weekly email.');
    expect(session.callsTo('approveRecipients')).toEqual([[['dana@acme.example']]]);
    expect(await recipient(page, 'dana@acme.example').textContent()).toContain('Will receive');
    expect(await recipient(page, 'lee@acme.example').textContent()).toContain(
      'Waiting for your approval',
    );
    expect(await page.getByRole('button', { name: 'Approve dana@acme.example' }).count()).toBe(0);
  });

  it('approves a whole domain through the saved settings', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Approve everyone at acme.example' }).click();
    await noticeSays(page, 'Everyone at acme.example will receive the weekly email.');
    expect(session.callsTo('configureWeeklyDigest')).toEqual([
      [
        {
          enabled: true,
          weekday: 'MONDAY',
          hour: 9,
          approvedDomains: ['vendor.example', 'acme.example'],
        },
      ],
    ]);
    expect(await page.locator('.chip--waiting-for-approval').count()).toBe(0);
  });

  it('saves the day and hour chosen', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    await page.getByLabel('Day').selectOption('THURSDAY');
    await page.getByLabel('Hour (Europe/Berlin time)').selectOption('16');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await noticeSays(page, 'Weekly email on. Every Thursday, 16:00–17:00 (Europe/Berlin).');
    expect(session.callsTo('configureWeeklyDigest')).toEqual([
      [{ enabled: true, weekday: 'THURSDAY', hour: 16, approvedDomains: ['vendor.example'] }],
    ]);
    expect(await page.getByLabel('Day').inputValue()).toBe('THURSDAY');
  });

  it('previews each email in a sandboxed frame where nothing runs', async () => {
    const hostile = (who: string): DigestEmailJson => ({
      to: who,
      subject: `Acme × Vendorly: 2 steps late (${who})`,
      body: 'Plain text',
      htmlBody: `<h1>Weekly update for ${who}</h1><script>parent.document.title = 'pwned'; alert('ran');</script><img src="x" onerror="alert('img')">`,
      replyTo: USER,
      name: 'Mutual Action Plan',
    });
    const session = await suite.open({
      handler: fakeServer(
        server({ previewWeeklyDigest: () => [hostile(USER), hostile('dana@acme.example')] }),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await noticeSays(page, 'Preview ready: 2 emails would be sent now.');
    const frame = page.locator('iframe.email-preview__frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('srcdoc')).toContain(
      '<h1>Weekly update for sam.se@vendor.example</h1>',
    );
    const inside = page.frameLocator('iframe.email-preview__frame');
    expect(await inside.locator('h1').textContent()).toBe(`Weekly update for ${USER}`);
    await page.getByText(`Acme × Vendorly: 2 steps late (${USER})`).waitFor();
    await reportsOf(session, 1);

    await page.getByLabel('Recipient (2 emails)').selectOption({ label: 'dana@acme.example' });
    // The frame loads the new email on its own time; until then it still shows the first one.
    await eventually(async () =>
      expect(await inside.locator('h1').textContent()).toBe('Weekly update for dana@acme.example'),
    );
    await page.getByText('Acme × Vendorly: 2 steps late (dana@acme.example)').waitFor();
    expect(await page.title()).toBe('Mutual Action Plan');
    // Chromium itself reports the email's script as blocked by the sandbox: proof, not hope.
    await reportsOf(session, 2);
    const blocked = session.errors.filter((e) => e.includes(BLOCKED));
    expect(blocked.length).toBeGreaterThan(0);
    const others = session.errors.filter(
      (e) => !blocked.includes(e) && !e.startsWith('Failed to load resource'),
    );
    expect(others).toEqual([]);
    session.errors.length = 0;
    // The email's <img src="x"> may try to load (and is refused); nothing else is fetched.
    expect(session.requests.filter((url) => url !== 'https://sidebar.test/x')).toEqual([]);
    session.requests.length = 0;
    await session.screenshot('weekly-email-preview');

    await page.getByRole('button', { name: 'Close preview' }).click();
    // Focus back on Preview is the close handler's last step: after it, the frame is gone.
    await eventually(async () =>
      expect(
        await page
          .getByRole('button', { name: 'Preview' })
          .evaluate((n) => n === document.activeElement),
      ).toBe(true),
    );
    expect(await frame.count()).toBe(0);
  });

  it('sends a test to me, then sends to everyone after confirming, and shows the new last-sent', async () => {
    let lastSent = '2025-03-03T08:12:00.000Z';
    const report = (sent: string[], message: string): SendReportJson => ({
      period: '2025-W11',
      sent,
      alreadySent: [],
      failed: [],
      waitingForApproval: ['dana@acme.example', 'lee@acme.example'],
      message,
    });
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () => sidebarState({ digest: digestState({ lastSent }) }),
          sendTestDigestToMe: () => report([USER], `Test email sent to ${USER}.`),
          sendWeeklyDigestNow: () => {
            lastSent = '2025-03-10T14:30:00.000Z';
            return report([USER], 'Weekly email sent to 1 recipient.');
          },
        }),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Send a test to me' }).click();
    await noticeSays(page, `Test email sent to ${USER}.`);
    expect(session.callsTo('sendTestDigestToMe')).toEqual([[]]);

    await page.getByRole('button', { name: 'Send now…' }).click();
    const confirm = page.getByRole('button', { name: 'Send to 1 recipient' });
    expect(await confirm.evaluate((n) => n === document.activeElement)).toBe(true);
    expect(session.callsTo('sendWeeklyDigestNow')).toEqual([]);
    await session.screenshot('weekly-email-confirm-send');
    await confirm.click();
    await noticeSays(
      page,
      'Weekly email sent to 1 recipient. Not sent until you approve: dana@acme.example, lee@acme.example.',
    );
    expect(session.callsTo('sendWeeklyDigestNow')).toEqual([[]]);
    await page.getByText('Mon, Mar 10 at 15:30').waitFor();
    expect(session.calls.map((c) => c.name).at(-1)).toBe('getSidebarState');
    // The reload redrew both tabs but left the user on this one.
    expect(
      await page.getByRole('tab', { name: 'Weekly email' }).getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('says who owns someone else’s schedule and offers no way to make a second one', async () => {
    const theirs = digestState({
      owner: 'alex.ae@vendor.example',
      isOwner: false,
      banner: 'The weekly email could not be sent on Mon, Mar 3: Alex’s daily quota ran out.',
    });
    const session = await suite.open({ handler: fakeServer(server({}, theirs)) });
    const { page } = session;
    await openEmailTab(page);
    const owner = (await page.getByTestId('owner').textContent()) ?? '';
    expect(owner).toContain('alex.ae@vendor.example runs the schedule');
    expect(await page.getByTestId('banner').textContent()).toContain('daily quota ran out');
    expect(await page.getByLabel('Send a weekly update to every recipient').isDisabled()).toBe(
      true,
    );
    expect(await page.getByLabel('Day').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save schedule' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send now…' }).count()).toBe(0);
    await page.getByText('Only alex.ae@vendor.example can approve waiting addresses.').waitFor();
    await page.getByRole('button', { name: 'Preview' }).waitFor();
    await page.getByRole('button', { name: 'Send a test to me' }).waitFor();
    await session.screenshot('weekly-email-other-owner');
  });

  it('shows a collaborator the owner’s decisions, and an address nobody checked yet as such', async () => {
    const owner = 'alex.ae@vendor.example';
    const theirs = digestState({
      owner,
      isOwner: false,
      settings: { enabled: true, weekday: 'MONDAY', hour: 9 },
      recipients: [
        { row: 2, name: 'Sam Lee', email: USER, state: 'will receive' },
        {
          row: 3,
          name: 'Dana Ortiz',
          email: 'dana@acme.example',
          state: 'waiting for approval',
          reason: `waiting for ${owner} to approve it`,
        },
        {
          row: 4,
          name: 'Lee Chen',
          email: 'lee@acme.example',
          state: 'waiting for approval',
          unchecked: true,
          reason: `approval is managed by ${owner}, who has not checked this address yet`,
        },
      ],
    });
    const session = await suite.open({ handler: fakeServer(server({}, theirs)) });
    const { page } = session;
    await openEmailTab(page);
    const dana = recipient(page, 'dana@acme.example');
    expect(await dana.locator('.chip').textContent()).toContain('Waiting for approval');
    expect(await dana.textContent()).not.toContain('your approval');
    expect(await dana.textContent()).toContain(`waiting for ${owner} to approve it`);
    const lee = recipient(page, 'lee@acme.example');
    expect(await lee.locator('.chip--unchecked').textContent()).toContain('Not checked yet');
    expect(await lee.textContent()).toContain(`managed by ${owner}`);
    expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    await session.screenshot('weekly-email-collaborator');
  });
});
