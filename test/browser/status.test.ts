// The status screen in real Chromium: what one load shows, and each listed step selecting its
// row in the sheet, by mouse and by keyboard.
import { describeInBrowser, browserSuite } from '../support/browser';
import { deferred, fakeServer, planStatus, sidebarState, type FakeApi } from './fake-server';
import { noticeSays } from './wait';
import { PALETTE, RULE_ORDER } from '../../src/core/plan/rules';

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
    // Executive briefing is due soon, so it is listed there and not again under Next steps.
    expect(await texts('next')).toEqual(['Technical deep diveAlex Kim · Tue, Mar 18Row 18']);
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

  it('re-applies the formatting and redraws the status it returns, keeping focus on the link', async () => {
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
    await page.getByRole('button', { name: 'Re-apply highlighting' }).click();
    await noticeSays(page, 'Highlighting and dropdowns re-applied.');
    expect(await page.locator('.badge').textContent()).toBe('✓On track');
    await page.getByText('Nothing is late.').waitFor();
    await page.getByRole('progressbar', { name: '6 of 12 steps done (50%)' }).waitFor();
    expect(await page.locator('#warnings').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe(
      'reapply',
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
  it('lists each step once, in its most urgent group, with the unreadable rows before Next steps', async () => {
    const briefing = {
      row: 17,
      step: 'Executive briefing',
      owner: '',
      targetDate: '2025-03-13',
    };
    const deepDive = {
      row: 18,
      step: 'Technical deep dive',
      owner: 'Alex Kim',
      targetDate: '2025-03-18',
    };
    const plan = planStatus({
      dueSoon: [briefing],
      blocked: [deepDive],
      uncommitted: [
        { ...briefing, missing: ['owner'] },
        {
          row: 19,
          step: 'Legal redlines',
          owner: '',
          targetDate: null,
          missing: ['owner', 'date'],
        },
        {
          row: 20,
          step: 'Procurement onboarding',
          owner: 'Lee Chen',
          targetDate: null,
          missing: ['date'],
        },
      ],
      next: [
        briefing,
        deepDive,
        { row: 21, step: 'Security review', owner: 'Priya Nair', targetDate: '2025-03-20' },
      ],
      warnings: [
        { row: 23, message: 'Target date “next Friday” is not a date.' },
        { row: 20, message: 'Owner email “lee@” is not an address.' },
      ],
    });
    const session = await suite.open({
      handler: fakeServer(server({ getSidebarState: () => sidebarState({ plan }) })),
    });
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    const sections = await page
      .locator('.step-section')
      .evaluateAll((nodes) =>
        nodes.map((n) => [
          n.id,
          n.querySelector('.count')?.textContent,
          Array.from(n.querySelectorAll('.step-link')).map((b) => b.getAttribute('data-row')),
        ]),
      );
    expect(sections).toEqual([
      ['late', '2', ['14', '16']],
      ['blocked', '1', ['18']],
      ['warnings', '2', ['20', '23']],
      ['uncommitted', '2', ['17', '19']],
      ['next', '1', ['21']],
    ]);
    expect(await page.locator('#blocked h3').textContent()).toBe('Blocked1');
    // A listed step keeps its name, and says why the add-on could not read its row.
    expect(await page.locator('#warnings .step-link').first().textContent()).toBe(
      'Procurement onboardingOwner email “lee@” is not an address.Row 20',
    );
    await session.screenshot('status-grouped');
  });

  it('shows a legend of the seven step states in the sheet’s own colours and fonts', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    const legend = page.getByRole('list', { name: 'What the sheet’s colours mean' });
    await legend.waitFor();
    const looks = await legend.locator('li').evaluateAll((nodes) =>
      nodes.map((n) => {
        const style = getComputedStyle(n);
        return {
          text: n.textContent,
          background: style.backgroundColor,
          color: style.color,
          bold: Number(style.fontWeight) >= 600,
          italic: style.fontStyle === 'italic',
          underline: style.textDecorationLine.includes('underline'),
          strikethrough: style.textDecorationLine.includes('line-through'),
        };
      }),
    );
    const rgb = (hex: string | null) => {
      if (!hex) return 'rgba(0, 0, 0, 0)';
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    };
    const labels = [
      'Done',
      'Skipped',
      'Date unreadable',
      'Late',
      'Blocked',
      'Uncommitted',
      'Due soon',
    ];
    expect(looks).toEqual(
      RULE_ORDER.map((id, i) => {
        const look = PALETTE[id];
        return {
          text: labels[i],
          background: rgb(look.background),
          color: rgb(look.fontColor),
          bold: look.bold,
          italic: look.italic,
          underline: look.underline,
          strikethrough: look.strikethrough,
        };
      }),
    );
    await session.screenshot('status-legend');
  });

  it('isolates sheet text, drops direction overrides, and never shows a formula error as a name', async () => {
    const plan = planStatus({
      late: [
        {
          row: 14,
          step: 'Budget \u202Eapproval 2025',
          owner: '#NAME?',
          targetDate: '2025-03-05',
          daysLate: 5,
        },
      ],
      dueSoon: [],
      uncommitted: [],
      next: [{ row: 15, step: '#REF!', owner: 'Dana \u202EOrtiz', targetDate: '2025-03-20' }],
      warnings: [],
    });
    const session = await suite.open({
      handler: fakeServer(server({ getSidebarState: () => sidebarState({ plan }) })),
    });
    const { page } = session;
    const title = page.locator('#late .step-link__title');
    await title.waitFor();
    expect(await title.locator('bdi').textContent()).toBe('Budget approval 2025');
    expect(await page.locator('#late .step-link__detail').textContent()).toBe(
      'Owner unreadable · 5 days late',
    );
    expect(await page.locator('#next .step-link__title').textContent()).toBe(
      'Step name unreadable',
    );
    expect(await page.locator('#next .step-link__detail bdi').first().textContent()).toBe(
      'Dana Ortiz',
    );
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/#NAME\?|#REF!|\u202E/);
    await session.screenshot('status-isolated-text');
  });
});
