// What a user sees when things go wrong: a server error that keeps the form as typed and a
// retry that works, a failed load, and sheet text crafted to run script shown as plain text.
import type { Page } from 'playwright-core';
import type { CreatePlanOptions, CreatePlanResult } from '../../src/shared/api';
import { describeInBrowser, browserSuite } from '../support/browser';
import {
  TEMPLATES,
  digestState,
  fakePreview,
  fakeServer,
  planStatus,
  sidebarState,
} from './fake-server';
import { noticeSays } from './wait';

jest.setTimeout(90_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

function result(
  options: CreatePlanOptions,
  outcome: CreatePlanResult['outcome'],
): CreatePlanResult {
  return {
    sheetName: 'MAP',
    stakeholdersSheetName: 'Stakeholders',
    stepCount: 10,
    firstDate: '2025-05-16',
    signatureDate: options.signatureDate,
    goLiveDate: null,
    holidays: [],
    outcome,
    message:
      outcome === 'created' ? 'Plan created.' : 'This spreadsheet already has a plan (tab MAP).',
    warnings: [],
  };
}

async function fillForm(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /Mid-market/ }).check();
  await page.getByLabel('Customer', { exact: true }).fill('Acme Corp');
  await page.getByLabel('Vendor (your company)').fill('Vendorly');
  await page.getByLabel('Target signature date').fill('2025-06-27');
  await page.getByText(/^10 steps from/).waitFor();
}

async function formValues(page: Page): Promise<string[]> {
  return page.$$eval('form input:not([type=radio]), form textarea', (nodes) =>
    nodes.map((n) => (n as HTMLInputElement).value),
  );
}

describeInBrowser('sidebar: errors and hostile data', () => {
  const suite = browserSuite();

  it('shows a server error, keeps every input, and succeeds on retry', async () => {
    let attempts = 0;
    let hasPlan = false;
    const session = await suite.open({
      handler: fakeServer({
        getSidebarState: () =>
          hasPlan ? sidebarState() : sidebarState({ plan: null, digest: null }),
        previewSchedule: (options) => fakePreview(options),
        createPlan: (options) => {
          attempts += 1;
          if (attempts === 1)
            throw new Error('Exception: Service Spreadsheets timed out while accessing document.');
          hasPlan = true;
          return result(options, 'created');
        },
      }),
    });
    const { page } = session;
    await fillForm(page);
    const before = await formValues(page);
    const create = page.locator('[data-focus="create"]');
    await create.click();

    const said = await noticeSays(
      page,
      'Could not create the plan. Service Spreadsheets timed out',
    );
    expect(said).not.toContain('Exception:');
    expect(await page.locator('#notice').getAttribute('class')).toContain('notice--error');
    expect(await page.locator('#notice').getAttribute('aria-live')).toBe('polite');
    expect(await formValues(page)).toEqual(before);
    expect(await page.getByRole('radio', { name: /Mid-market/ }).isChecked()).toBe(true);
    expect(await create.isDisabled()).toBe(false);
    expect(await create.textContent()).toBe('Create plan');
    await session.screenshot('create-server-error');

    await create.click();
    await noticeSays(page, 'Plan created on the MAP tab');
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    expect(session.callsTo('createPlan')).toHaveLength(2);
    expect(session.callsTo('createPlan')[0]).toEqual(session.callsTo('createPlan')[1]);
  });

  it('treats a refused second plan as an error and keeps the form', async () => {
    const session = await suite.open({
      handler: fakeServer({
        getSidebarState: () => sidebarState({ plan: null, digest: null }),
        previewSchedule: (options) => fakePreview(options),
        createPlan: (options) => result(options, 'refused'),
      }),
    });
    const { page } = session;
    await fillForm(page);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(
      page,
      'Could not create the plan. This spreadsheet already has a plan (tab MAP).',
    );
    expect(await page.getByLabel('Customer', { exact: true }).inputValue()).toBe('Acme Corp');
    expect(session.calls.filter((c) => c.name === 'getSidebarState')).toHaveLength(1);
  });

  it('offers a retry when the first load fails', async () => {
    let loads = 0;
    const session = await suite.open({
      handler: fakeServer({
        getSidebarState: () => {
          loads += 1;
          if (loads === 1)
            throw new Error('Exception: You do not have access to this spreadsheet.');
          return sidebarState();
        },
      }),
    });
    const { page } = session;
    await noticeSays(page, 'Could not load the plan. You do not have access to this spreadsheet.');
    await session.screenshot('load-error');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    await noticeSays(page, 'Loaded.');
    expect(loads).toBe(2);
  });

  it('shows sheet text that looks like HTML as text, and runs none of it', async () => {
    const state = sidebarState({
      plan: planStatus({
        late: [
          {
            row: 14,
            step: HOSTILE,
            owner: `<b>${HOSTILE}</b>`,
            targetDate: '2025-03-05',
            daysLate: 5,
          },
        ],
        next: [{ row: 15, step: '<script>alert(2)</script>', owner: 'Dana', targetDate: null }],
        warnings: [{ row: 22, message: `Cannot read "${HOSTILE}" as a date.` }],
        sheetName: HOSTILE,
      }),
      digest: digestState({
        banner: HOSTILE,
        owner: HOSTILE,
        isOwner: false,
        recipients: [
          { row: 2, name: HOSTILE, email: 'x@acme.example', state: 'invalid', reason: HOSTILE },
        ],
      }),
    });
    const session = await suite.open({
      handler: fakeServer({ getSidebarState: () => state, selectStepRow: () => undefined }),
    });
    const { page } = session;
    const late = page.locator('#late .step-link__title');
    await late.waitFor();
    expect(await late.textContent()).toBe(HOSTILE);
    expect(await page.locator('#next .step-link__title').textContent()).toBe(
      '<script>alert(2)</script>',
    );
    await page.getByText(`Cannot read "${HOSTILE}" as a date.`).waitFor();
    await late.click();
    await noticeSays(page, 'Row 14 is selected in the sheet.');
    await session.screenshot('hostile-text-status');

    await page.getByRole('tab', { name: 'Weekly email' }).click();
    expect(await page.getByTestId('banner').textContent()).toContain(HOSTILE);
    expect(await page.locator('.recipient__name').textContent()).toBe(HOSTILE);
    await session.screenshot('hostile-text-email');

    expect(await page.locator('img, b').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(session.dialogs).toEqual([]);
  });

  it('keeps hostile template and step names as text on the create form', async () => {
    const session = await suite.open({
      handler: fakeServer({
        getSidebarState: () =>
          sidebarState({
            plan: null,
            digest: null,
            templates: [{ ...TEMPLATES[1], name: HOSTILE, description: HOSTILE }],
          }),
        previewSchedule: (options) => {
          const preview = fakePreview(options);
          return {
            ...preview,
            steps: preview.steps.map((s) => ({ ...s, step: HOSTILE })),
            warnings: [HOSTILE],
          };
        },
      }),
    });
    const { page } = session;
    await page.getByLabel('Target signature date').fill('2025-06-27');
    await page.getByText('Show all 10 dates').click();
    expect(await page.locator('.preview__step').first().textContent()).toBe(HOSTILE);
    expect(await page.locator('.template__name').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
  });
});
