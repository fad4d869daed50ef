// The status screen in real Chromium: what one load shows, and each listed step selecting its
// row in the sheet, by mouse and by keyboard.
import { describeInBrowser, browserSuite } from '../support/browser';
import { deferred, fakeServer, planStatus, sidebarState, type FakeApi } from './fake-server';
import { noticeSays } from './wait';

jest.setTimeout(90_000);

function server(overrides: Partial<FakeApi> = {}): Partial<FakeApi> {
  return {
    getSidebarState: () => sidebarState(),
    selectStepRow: () => undefined,
    ...overrides,
  };
}

describeInBrowser('sidebar: plan status', () => {
  const suite = browserSuite();

  it('shows status, progress, every list and the unreadable rows from one call', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState']);

    // The status is words plus an icon of its own shape, never colour alone.
    expect(await page.locator('.badge').textContent()).toBe('!At risk');
    const bar = page.getByRole('progressbar', { name: '4 of 12 steps done (33%)' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('33');
    await page.getByText('Signature Wed, Apr 30').waitFor();
    await page.getByText('7 days later than planned').waitFor();

    const texts = async (id: string) =>
      page.locator(`#${id} .step-link`).evaluateAll((nodes) => nodes.map((n) => n.textContent));
    expect(await texts('late')).toEqual([
      'Security questionnaire returnedPriya Nair · 5 days lateRow 14',
      'Pricing proposalSam Lee · 3 days lateRow 16',
    ]);
    expect(await texts('due-soon')).toEqual([
      'Executive briefingDana Ortiz · due Thu, Mar 13Row 17',
    ]);
    expect(await texts('uncommitted')).toEqual([
      'Legal redlinesNo owner or dateRow 19',
      'Procurement onboardingNo date · Lee ChenRow 20',
    ]);
    expect(await texts('next')).toHaveLength(2);
    expect(await texts('warnings')).toEqual([
      'Target date “next Friday” is not a date.Fix the row so the add-on can read it.Row 23',
    ]);
    await session.screenshot('status');
  });

  it('selects a late step’s row when it is clicked, showing progress until the sheet answers', async () => {
    const answer = deferred<void>();
    const session = await suite.open({
      handler: fakeServer(server({ selectStepRow: () => answer.promise })),
    });
    const { page } = session;
    const step = page.locator('#late').getByRole('button', { name: /Security questionnaire/ });
    await step.click();
    await noticeSays(page, 'Selecting row 14…');
    expect(await step.isDisabled()).toBe(true);
    answer.resolve();
    await noticeSays(page, 'Row 14 is selected in the sheet.');
    expect(await step.isDisabled()).toBe(false);
    expect(session.callsTo('selectStepRow')).toEqual([[14]]);
  });

  it('works from the keyboard: arrows switch tabs, Enter on a step selects its row', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    const statusTab = page.getByRole('tab', { name: 'Status' });
    await statusTab.focus();
    await page.keyboard.press('ArrowRight');
    const emailTab = page.getByRole('tab', { name: 'Weekly email' });
    expect(await emailTab.getAttribute('aria-selected')).toBe('true');
    expect(await emailTab.evaluate((n) => n === document.activeElement)).toBe(true);
    expect(await page.locator('#panel-status').isHidden()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await statusTab.getAttribute('aria-selected')).toBe('true');

    // Tab from the tab list into the panel and on to the uncommitted step, as a user would.
    const target = page.locator('#uncommitted').getByRole('button', { name: /Legal redlines/ });
    for (let i = 0; i < 20; i += 1) {
      if (await target.evaluate((n) => n === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await target.evaluate((n) => n === document.activeElement)).toBe(true);
    // Focus is visible: the ring is drawn, not just implied.
    expect(await target.evaluate((n) => getComputedStyle(n).outlineStyle)).toBe('solid');
    await session.screenshot('status-keyboard-focus');
    await page.keyboard.press('Enter');
    await noticeSays(page, 'Row 19 is selected in the sheet.');
    expect(session.callsTo('selectStepRow')).toEqual([[19]]);
  });

  it('refreshes formatting and redraws the status it returns, keeping focus on Refresh', async () => {
    const session = await suite.open({
      handler: fakeServer(
        server({
          refreshFormatting: () =>
            planStatus({
              status: 'On track',
              late: [],
              warnings: [],
              progress: { done: 6, total: 12, percent: 50 },
            }),
        }),
      ),
    });
    const { page } = session;
    await page.getByRole('button', { name: 'Refresh' }).click();
    await noticeSays(page, 'Formatting re-applied and status updated.');
    expect(await page.locator('.badge').textContent()).toBe('✓On track');
    await page.getByText('Nothing is late.').waitFor();
    await page.getByRole('progressbar', { name: '6 of 12 steps done (50%)' }).waitFor();
    expect(await page.locator('#warnings').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe(
      'refresh',
    );
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState', 'refreshFormatting']);
  });

  it('shows a list of more than five steps shortened, and all of it on request', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      row: 30 + i,
      step: `Step ${i + 1}`,
      owner: '',
      targetDate: null,
      missing: ['owner' as const, 'date' as const],
    }));
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () => sidebarState({ plan: planStatus({ uncommitted: many }) }),
        }),
      ),
    });
    const { page } = session;
    const rows = () =>
      page
        .locator('#uncommitted .step-link')
        .evaluateAll((n) => n.map((b) => b.getAttribute('data-row')));
    await page.locator('#uncommitted .count').getByText('8').waitFor();
    expect(await rows()).toEqual(['30', '31', '32', '33', '34']);
    await page.locator('#uncommitted').getByRole('button', { name: 'Show all 8' }).click();
    expect(await rows()).toEqual(['30', '31', '32', '33', '34', '35', '36', '37']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('35');
    expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
  });

  it('says the plan cannot be read instead of offering to create another, and checks again', async () => {
    let problem: string | null =
      'The plan on the tab ‘MAP’ has no ‘Status’ column; add a column headed Status.';
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () =>
            problem ? sidebarState({ plan: null, planProblem: problem }) : sidebarState(),
        }),
      ),
    });
    const { page } = session;
    const callout = page.getByTestId('plan-problem');
    await callout.waitFor();
    expect(await callout.textContent()).toContain('has no ‘Status’ column');
    expect(await page.getByRole('button', { name: 'Create plan' }).count()).toBe(0);
    await session.screenshot('status-plan-unreadable');

    await page.getByRole('button', { name: 'Check again' }).click();
    await noticeSays(page, 'The plan still cannot be read.');
    expect(await callout.count()).toBe(1);

    problem = null;
    await page.getByRole('button', { name: 'Check again' }).click();
    await noticeSays(page, 'The plan can be read again.');
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    expect(await callout.count()).toBe(0);
    expect(session.calls.map((c) => c.name)).toEqual([
      'getSidebarState',
      'getSidebarState',
      'getSidebarState',
    ]);
  });

  it('shows a stalled plan with its own words and shape', async () => {
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () => sidebarState({ plan: planStatus({ status: 'Stalled' }) }),
        }),
      ),
    });
    const { page } = session;
    await page.locator('.badge').waitFor();
    expect(await page.locator('.badge').textContent()).toBe('■Stalled');
    expect(await page.locator('.badge').getAttribute('class')).toContain('badge--stalled');
    await session.screenshot('status-stalled');
  });
});
