// The weekly-email screen in real Chromium: schedule in the sheet's time zone, approving
// waiting recipients, preview in a sandboxed frame, test and real sends, and ownership.
import type { Page } from 'playwright-core';
import {
  WEEKDAYS,
  type DigestEmailJson,
  type DigestSettings,
  type DigestStateJson,
  type RecipientJson,
  type SendReportJson,
} from '../../src/shared/api';
import { describeInBrowser, browserSuite, type SidebarSession } from '../support/browser';
import { digestState, fakeServer, sidebarState, USER, type FakeApi } from './fake-server';
import { eventually, noticeSays } from './wait';

/** The schedule form sends the reminders setting with every save; off unless ticked. */
const NO_REMINDERS = { enabled: false, daysBefore: 2 };

jest.setTimeout(90_000);

/** The next run of a schedule as the server says it: from Mon, Mar 10, Berlin (UTC+1). */
function nextRunOf(settings: DigestSettings): string | null {
  if (!settings.enabled) return null;
  const day = 11 + ((WEEKDAYS.indexOf(settings.weekday) + 6) % 7);
  return new Date(Date.UTC(2025, 2, day, settings.hour - 1)).toISOString();
}

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
      digest = { ...digest, settings: { ...digest.settings, ...settings } };
      digest.nextRun = nextRunOf(digest.settings);
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

  // Approving one address is played against the real add-on in addon-digest.test.ts.

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

  it('saves the schedule as it is changed and says when it is saved and when it next runs', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    expect(await page.getByRole('button', { name: 'Save schedule' }).count()).toBe(0);
    const saved = page.getByTestId('schedule-save');

    await page.getByLabel('Day').selectOption('TUESDAY');
    await eventually(async () =>
      expect(await saved.textContent()).toBe('Saved ✓ · next run Tue, Mar 11 at 09:00'),
    );
    expect(session.callsTo('configureWeeklyDigest')).toEqual([
      [{ enabled: true, weekday: 'TUESDAY', hour: 9, reminders: NO_REMINDERS }],
    ]);
    expect(await page.getByLabel('Day').inputValue()).toBe('TUESDAY');
    await session.screenshot('weekly-email-saved');

    // A burst of changes is saved once, with the last values.
    await page.getByLabel('Hour (Europe/Berlin time)').selectOption('15');
    await page.getByLabel('Hour (Europe/Berlin time)').selectOption('16');
    await eventually(async () =>
      expect(await saved.textContent()).toBe('Saved ✓ · next run Tue, Mar 11 at 16:00'),
    );
    expect(session.callsTo('configureWeeklyDigest').slice(1)).toEqual([
      [{ enabled: true, weekday: 'TUESDAY', hour: 16, reminders: NO_REMINDERS }],
    ]);

    await page.getByLabel('Send a weekly update to every recipient').uncheck();
    await eventually(async () =>
      expect(await saved.textContent()).toBe('Saved ✓ · the weekly email is off'),
    );
    expect(session.callsTo('configureWeeklyDigest').at(-1)).toEqual([
      { enabled: false, weekday: 'TUESDAY', hour: 16, reminders: NO_REMINDERS },
    ]);
  });

  it('saves a change at once when the sidebar is left before the pause is over', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await openEmailTab(page);
    await page.getByLabel('Day').selectOption('WEDNESDAY');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Sooner than the pause autosave waits for: the change went out because the page was left.
    await eventually(
      () =>
        expect(session!.callsTo('configureWeeklyDigest')).toEqual([
          [{ enabled: true, weekday: 'WEDNESDAY', hour: 9, reminders: NO_REMINDERS }],
        ]),
      400,
    );
  });

  it('shows a failed save where the change was made, keeps the choice, and retries', async () => {
    let failures = 1;
    const session = await suite.open({
      handler: fakeServer(
        server({
          configureWeeklyDigest: (settings) => {
            if (failures-- > 0) throw new Error('Exception: Service invoked too many times.');
            return digestState({ settings, nextRun: nextRunOf(settings) });
          },
        }),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByLabel('Day').selectOption('FRIDAY');
    const saved = page.getByTestId('schedule-save');
    await eventually(async () =>
      expect(await saved.textContent()).toContain('Not saved: Service invoked too many times.'),
    );
    expect(await page.getByLabel('Day').inputValue()).toBe('FRIDAY');
    await session.screenshot('weekly-email-save-failed');
    await page.getByRole('button', { name: 'Try again' }).click();
    await eventually(async () =>
      expect(await saved.textContent()).toBe('Saved ✓ · next run Fri, Mar 14 at 09:00'),
    );
    expect(session.callsTo('configureWeeklyDigest')).toHaveLength(2);
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
    // Two people left out is a warning, not a plain success.
    expect(await page.locator('#notice').getAttribute('class')).toContain('notice--warning');
    expect(session.callsTo('sendWeeklyDigestNow')).toEqual([[]]);
    await page.getByText('Mon, Mar 10 at 15:30').waitFor();
    expect(session.calls.map((c) => c.name).at(-1)).toBe('getSidebarState');
    // The reload redrew both tabs but left the user on this one.
    expect(
      await page.getByRole('tab', { name: 'Weekly email' }).getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('sends a collaborator a test with no word of approval, though their own address waits for it', async () => {
    const theirs = digestState({
      owner: 'alex.ae@vendor.example',
      isOwner: false,
      recipients: digestState().recipients.map((r) =>
        r.email === USER ? { ...r, state: 'waiting for approval' as const } : r,
      ),
    });
    const session = await suite.open({
      handler: fakeServer(
        server(
          {
            sendTestDigestToMe: () => ({
              period: '2025-W11',
              sent: [USER],
              alreadySent: [],
              failed: [],
              waitingForApproval: [USER, 'dana@acme.example'],
              message: `Test email sent to ${USER}.`,
            }),
          },
          theirs,
        ),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Send a test to me' }).click();
    expect(await noticeSays(page, `Test email sent to ${USER}`)).toBe(
      `Test email sent to ${USER}.`,
    );
    expect(await page.locator('#notice').getAttribute('class')).toContain('notice--success');
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
  it('says who was sent before what was skipped, with names on request', async () => {
    const log = [
      {
        at: '2025-03-10T14:30:00.000Z',
        period: '2025-W11',
        trigger: 'manual' as const,
        sent: [USER, 'dana@acme.example', 'lee@acme.example', 'ana@acme.example'],
        failed: [],
        skipped: '1 waiting for approval; 1 invalid',
      },
    ];
    const session = await suite.open({
      handler: fakeServer(server({}, digestState({ log }))),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByText('Send history (1)').click();
    const entry = page.locator('.history__entry');
    expect(await entry.locator('summary').textContent()).toBe(
      'Mon, Mar 10 at 15:30 · Sent now · sent to 4 recipients · skipped: 1 waiting for approval; 1 invalid',
    );
    await entry.locator('summary').click();
    expect(await entry.locator('li').allTextContents()).toEqual([
      'Sam Lee',
      'Dana Ortiz',
      'Lee Chen',
      'ana@acme.example',
    ]);
    await session.screenshot('weekly-email-history');
  });

  it('counts who would really receive Send now, and offers no send when nobody would', async () => {
    let sendNow: DigestStateJson['sendNow'] = {
      recipients: [USER, 'dana@acme.example'],
      reason: null,
    };
    const session = await suite.open({
      handler: fakeServer(
        server({ getSidebarState: () => sidebarState({ digest: digestState({ sendNow }) }) }),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Send now…' }).click();
    await page.getByRole('button', { name: 'Send to 2 recipients' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    sendNow = { recipients: [], reason: 'this week’s email already went out on Mon, Mar 10' };
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await noticeSays(page, 'Up to date.');
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Send now…' }).click();
    await page
      .getByText('Nobody would receive it now: this week’s email already went out on Mon, Mar 10.')
      .waitFor();
    expect(await page.getByRole('button', { name: /^Send to/ }).count()).toBe(0);
    await session.screenshot('weekly-email-nobody-to-send');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('group', { name: 'Confirm sending' }).count()).toBe(0);
    expect(session.callsTo('sendWeeklyDigestNow')).toEqual([]);
  });

  it('without the server’s count, says nobody would receive it when nobody is approved', async () => {
    const waiting = digestState().recipients.map((r) =>
      r.state === 'will receive' ? { ...r, state: 'waiting for approval' as const } : r,
    );
    const session = await suite.open({
      handler: fakeServer(server({}, digestState({ recipients: waiting }))),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Send now…' }).click();
    await page.getByText(/^Nobody would receive it now: /).waitFor();
    expect(await page.getByRole('button', { name: /^Send to/ }).count()).toBe(0);
  });

  it('withdraws an approved address or domain after asking', async () => {
    const start = digestState({
      settings: {
        enabled: true,
        weekday: 'MONDAY',
        hour: 9,
        approvedDomains: ['vendor.example'],
        approvedEmails: ['dana@acme.example'],
      },
      // As the server reports a public provider approved whole by an earlier version.
      ignoredApprovals: [
        {
          domain: 'gmail.com',
          message: 'gmail.com is a public mail provider: approve people at it one by one',
        },
      ],
      recipients: digestState().recipients.map((r) =>
        r.email === 'dana@acme.example' ? { ...r, state: 'will receive' as const } : r,
      ),
    });
    let digest = start;
    const session = await suite.open({
      handler: fakeServer(
        server(
          {
            getSidebarState: () => sidebarState({ digest }),
            withdrawApprovals: ({ emails = [], domains = [] }) => {
              const settings = digest.settings;
              digest = {
                ...digest,
                settings: {
                  ...settings,
                  approvedEmails: (settings.approvedEmails ?? []).filter(
                    (e) => !emails.includes(e),
                  ),
                  approvedDomains: (settings.approvedDomains ?? []).filter(
                    (d) => !domains.includes(d),
                  ),
                },
                ignoredApprovals: (digest.ignoredApprovals ?? []).filter(
                  (a) => !domains.includes(a.domain),
                ),
                recipients: digest.recipients.map((r) =>
                  emails.includes(r.email) ? { ...r, state: 'waiting for approval' as const } : r,
                ),
              };
              return digest;
            },
          },
          start,
        ),
      ),
    });
    const { page } = session;
    await openEmailTab(page);
    const approved = page.getByRole('list', { name: 'Approved' });
    expect(await approved.locator('li .approval__what').allTextContents()).toEqual([
      'Everyone at vendor.example',
      'Everyone at gmail.com',
      'dana@acme.example',
    ]);
    // An old approval of a public mail provider is kept on the list only to be withdrawn.
    expect(await approved.locator('li').nth(1).textContent()).toContain(
      'Not used: gmail.com is a public mail provider',
    );
    await session.screenshot('weekly-email-approvals');

    await page.getByRole('button', { name: 'Withdraw approval of dana@acme.example' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm withdrawing' });
    expect(await confirm.textContent()).toContain(
      'Withdraw the approval of dana@acme.example? They get no weekly email from the next run on.',
    );
    expect(session.callsTo('withdrawApprovals')).toEqual([]);
    await confirm.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await noticeSays(page, 'Withdrew the approval of dana@acme.example.');
    expect(session.callsTo('withdrawApprovals')).toEqual([[{ emails: ['dana@acme.example'] }]]);
    expect(await recipient(page, 'dana@acme.example').textContent()).toContain(
      'Waiting for your approval',
    );

    await page
      .getByRole('button', { name: 'Withdraw approval of everyone at vendor.example' })
      .click();
    await page.getByRole('group', { name: 'Confirm withdrawing' }).getByText('Cancel').click();
    expect(session.callsTo('withdrawApprovals')).toHaveLength(1);
    await page.getByRole('button', { name: 'Withdraw approval of everyone at gmail.com' }).click();
    await page
      .getByRole('group', { name: 'Confirm withdrawing' })
      .getByRole('button', { name: 'Withdraw', exact: true })
      .click();
    await noticeSays(page, 'Withdrew the approval of everyone at gmail.com.');
    expect(session.callsTo('withdrawApprovals').at(-1)).toEqual([{ domains: ['gmail.com'] }]);
    expect(await approved.locator('li .approval__what').allTextContents()).toEqual([
      'Everyone at vendor.example',
    ]);
  });

  it('never offers to approve everyone at a public mail provider', async () => {
    const people: RecipientJson[] = [
      { row: 2, name: 'Kim', email: 'kim@gmail.com', state: 'waiting for approval' },
      { row: 3, name: 'Jo', email: 'jo@GMAIL.com', state: 'waiting for approval' },
      { row: 4, name: 'Lou', email: 'lou@yahoo.co.uk', state: 'waiting for approval' },
      { row: 5, name: 'Lee', email: 'lee@acme.example', state: 'waiting for approval' },
    ];
    const session = await suite.open({
      handler: fakeServer(server({}, digestState({ recipients: people }))),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Approve kim@gmail.com' }).waitFor();
    await page.getByRole('button', { name: 'Approve everyone at acme.example' }).waitFor();
    expect(
      await page.getByRole('button', { name: /^Approve everyone at/ }).allTextContents(),
    ).toEqual(['Approve everyone at acme.example']);
  });

  it('keeps the preview legible in the sidebar and opens it full size in its own sandboxed window', async () => {
    const email: DigestEmailJson = {
      to: USER,
      subject: 'Acme × Vendorly: on track',
      body: 'Plain text',
      htmlBody:
        '<h1 style="font-size:20px">Weekly update</h1><table width="600"><tr><td>Wide table</td></tr></table><script>alert("ran")</script>',
      replyTo: USER,
      name: 'Mutual Action Plan',
    };
    const session = await suite.open({
      handler: fakeServer(server({ previewWeeklyDigest: () => [email] })),
    });
    const { page } = session;
    await openEmailTab(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await noticeSays(page, 'Preview ready: 1 email would be sent now.');
    await eventually(() =>
      expect(session!.errors.some((e) => e.includes("about:srcdoc' because"))).toBe(true),
    );
    session.errors.length = 0;
    // Scaled to fit, but not so far that 14 px text falls below about 11 px.
    const scale = await page
      .locator('iframe.email-preview__frame')
      .evaluate((frame) => new DOMMatrix(getComputedStyle(frame).transform).a);
    expect(scale).toBeGreaterThanOrEqual(0.8);

    const open = page.getByRole('link', { name: 'Open full size' });
    const [popup] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.waitForLoadState();
    await popup.setViewportSize({ width: 900, height: 700 });
    const frame = popup.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await popup.frameLocator('iframe').locator('h1').textContent()).toBe('Weekly update');
    const width = await frame.evaluate((n) => n.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(880);
    expect(await popup.title()).toBe('Acme × Vendorly: on track');
    expect(dialogs).toEqual([]);
    await popup.close();
    session.errors.length = 0;
  });
});
