// The create form in real Chromium: one load call, the right CreatePlanOptions, the live
// preview and the past-start warning with its two ways out.
import type { Page } from 'playwright-core';
import type { CreatePlanOptions, CreatePlanResult, SidebarState } from '../../src/shared/api';
import { describeInBrowser, browserSuite } from '../support/browser';
import {
  deferred,
  digestState,
  fakePreview,
  fakeServer,
  sidebarState,
  USER,
  type FakeApi,
} from './fake-server';
import { noticeSays, pause } from './wait';

jest.setTimeout(90_000);

const noPlan = (): SidebarState => sidebarState({ plan: null, digest: null });

function created(options: CreatePlanOptions): CreatePlanResult {
  const preview = fakePreview(options);
  return {
    sheetName: 'MAP',
    stakeholdersSheetName: 'Stakeholders',
    stepCount: preview.steps.length,
    firstDate: preview.firstDate,
    signatureDate: options.signatureDate,
    goLiveDate: options.goLiveDate ?? null,
    holidays: [],
    outcome: 'created',
    message: 'Plan created.',
    warnings: [],
  };
}

/** A server with no plan until createPlan runs, as the real one behaves. */
function server(overrides: Partial<FakeApi> = {}): Partial<FakeApi> {
  let hasPlan = false;
  return {
    getSidebarState: () => (hasPlan ? sidebarState() : noPlan()),
    previewSchedule: (options) => fakePreview(options),
    createPlan: (options) => {
      hasPlan = true;
      return created(options);
    },
    ...overrides,
  };
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const seller = (page: Page, n: number) => page.getByRole('group', { name: `Seller ${n}` });

describeInBrowser('sidebar: create a plan', () => {
  const suite = browserSuite();

  it('loads with one call and shows every template with its size', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await page.getByRole('heading', { name: 'Create a mutual action plan' }).waitFor();
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState']);

    const enterprise = page.getByRole('radio', { name: /Enterprise/ });
    expect(await enterprise.isChecked()).toBe(true);
    expect(await page.locator('.template__meta').allTextContents()).toEqual([
      '14 steps · about 12 weeks to signature',
      '10 steps · about 6 weeks to signature',
      '6 steps · about 2 weeks to signature',
      '8 steps · about 4 weeks to signature',
      '7 steps · about 5 weeks to go-live',
    ]);
    expect(await seller(page, 1).getByLabel('Email').inputValue()).toBe(USER);
    expect(await field(page, 'Target signature date').getAttribute('type')).toBe('date');

    // Every control has a label a screen reader can read.
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((node) => {
          const control = node as HTMLInputElement;
          const named = control.labels?.length || control.getAttribute('aria-label');
          return !named && !(control.textContent ?? '').trim();
        })
        .map((node) => node.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await session.screenshot('create-form');
  });

  it('submits the CreatePlanOptions the form shows, with progress, then shows the status', async () => {
    const reply = deferred<CreatePlanResult>();
    let hasPlan = false;
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () => (hasPlan ? sidebarState() : noPlan()),
          createPlan: async (options) => {
            const result = await reply.promise;
            hasPlan = true;
            return { ...result, ...created(options) };
          },
        }),
      ),
    });
    const { page } = session;
    await page.getByRole('radio', { name: /Mid-market/ }).check();
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    await field(page, 'Goal or compelling event (optional)').fill('Replace the legacy tool by Q3');
    await field(page, 'Target signature date').fill('2025-06-27');
    await field(page, 'Go-live date (optional)').fill('2025-08-01');
    await seller(page, 1).getByLabel('Name').fill('Sam Lee');
    await page.getByRole('button', { name: 'Add a seller' }).click();
    // The new row takes focus, so the user can type straight away.
    await page.keyboard.type('Ana Ruiz');
    await seller(page, 2).getByLabel('Email').fill('ana@vendorly.example');

    await page
      .getByText(/^10 steps from .* to signature on Fri, Jun 27\. Go-live Fri, Aug 1\.$/)
      .waitFor();
    await session.screenshot('create-form-filled');

    const create = page.locator('[data-focus="create"]');
    await create.click();
    await noticeSays(page, 'Creating the plan…');
    expect(await create.isDisabled()).toBe(true);
    expect(await create.textContent()).toBe('Creating…');
    await session.screenshot('create-in-progress');

    expect(session.callsTo('createPlan')).toEqual([
      [
        {
          template: 'mid-market',
          customer: 'Acme Corp',
          vendor: 'Vendorly',
          signatureDate: '2025-06-27',
          goLiveDate: '2025-08-01',
          sellers: [
            { name: 'Sam Lee', email: USER },
            { name: 'Ana Ruiz', email: 'ana@vendorly.example' },
          ],
          goal: 'Replace the legacy tool by Q3',
        },
      ],
    ]);
    reply.resolve(
      created({ template: 'mid-market', customer: '', vendor: '', signatureDate: '2025-06-27' }),
    );

    await page.getByRole('tab', { name: 'Status' }).waitFor();
    await noticeSays(
      page,
      /^Plan created on the MAP tab: 10 steps from Fri, May 16 to signature on Fri, Jun 27\.$/,
    );
    expect(session.calls.map((c) => c.name).slice(-2)).toEqual(['createPlan', 'getSidebarState']);
  });

  it('previews after typing pauses, and only when a date-relevant field changes', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await page.getByText('Pick a template and a signature date to see the dates.').waitFor();
    expect(session.callsTo('previewSchedule')).toEqual([]);

    // Three dates typed in one burst: one task, so a slow machine cannot stretch the burst past
    // the debounce the way three separate fills (one round trip each) can.
    await field(page, 'Target signature date').evaluate(
      (node, keys) => {
        const input = node as HTMLInputElement;
        for (const key of keys) {
          input.value = key;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      },
      ['2025-06-20', '2025-06-25', '2025-06-27'],
    );
    // Drawn from the answer to the last call, so every call made by then has been recorded.
    await page.getByText(/to signature on Fri, Jun 27\./).waitFor();
    expect(session.callsTo('previewSchedule')).toEqual([
      [
        {
          template: 'enterprise',
          customer: '',
          vendor: '',
          signatureDate: '2025-06-27',
          sellers: [{ name: '', email: USER }],
        },
      ],
    ]);

    await field(page, 'Customer').pressSequentially('Acme');
    await pause(600);
    expect(session.callsTo('previewSchedule')).toHaveLength(1);

    await page.getByRole('radio', { name: /Velocity/ }).check();
    await page.getByText(/^6 steps from/).waitFor();
    expect(session.callsTo('previewSchedule')).toHaveLength(2);
  });

  it('stops a plan that would start in the past, then compresses it on one click', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    await field(page, 'Target signature date').fill('2025-03-25');
    const warning = page.getByText(/The first step would be \d+ business days in the past\./);
    await warning.waitFor();
    await session.screenshot('create-past-start');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'The first step would be in the past.');
    expect(session.callsTo('createPlan')).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe(
      'past-start',
    );

    await page.getByRole('button', { name: 'Compress the plan' }).click();
    await page.getByText(/^Compressed: every step is squeezed in/).waitFor();
    expect(session.callsTo('previewSchedule').at(-1)).toEqual([
      expect.objectContaining({ signatureDate: '2025-03-25', compress: true }),
    ]);
    await page.getByText(/^14 steps from Mon, Mar 10 to signature on Tue, Mar 25\./).waitFor();
    await session.screenshot('create-compressed');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'Plan created on the MAP tab');
    expect(session.callsTo('createPlan')).toEqual([
      [
        expect.objectContaining({
          template: 'enterprise',
          signatureDate: '2025-03-25',
          compress: true,
        }),
      ],
    ]);
  });

  it('moves the signature to the earliest date that fits', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    const date = field(page, 'Target signature date');
    await date.fill('2025-03-25');
    // Enterprise needs 60 business days (84 calendar days in the fake) from Mon 10 Mar.
    await page.getByRole('button', { name: 'Move signature to Mon, Jun 2' }).click();
    expect(await date.inputValue()).toBe('2025-06-02');
    await noticeSays(page, 'Signature date moved to Mon, Jun 2.');
    await page.getByText(/to signature on Mon, Jun 2\./).waitFor();
    expect(await page.getByText(/in the past/).count()).toBe(0);
    expect(session.callsTo('previewSchedule').at(-1)).toEqual([
      expect.objectContaining({ signatureDate: '2025-06-02' }),
    ]);
    expect(session.callsTo('previewSchedule').at(-1)?.[0]).not.toHaveProperty('compress');
  });

  it('names what is missing and sends nothing', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await seller(page, 1).getByLabel('Name').fill('Sam Lee');
    await seller(page, 1).getByLabel('Email').fill('sam@vendorly');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'Check the form: 4 fields need attention.');
    const customer = field(page, 'Customer');
    expect(await customer.getAttribute('aria-invalid')).toBe('true');
    expect(await customer.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.getByText('Add the customer’s name.').waitFor();
    await page.getByText('Pick the target signature date.').waitFor();
    await page.getByText('This does not look like an email address.').waitFor();
    // The error is tied to its control, so a screen reader reads it with the field.
    const describedBy = (await customer.getAttribute('aria-describedby')) ?? '';
    const said = await page.evaluate(
      (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      describedBy,
    );
    expect(said).toContain('Add the customer’s name.');
    expect(session.callsTo('createPlan')).toEqual([]);
    await session.screenshot('create-form-errors');
  });

  it('shows the weekly email’s problem above the form when the plan has gone', async () => {
    const banner = 'The plan tab was deleted, so the weekly email was turned off.';
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () =>
            sidebarState({
              plan: null,
              digest: digestState({ banner, owner: null, isOwner: false }),
            }),
        }),
      ),
    });
    const { page } = session;
    await page.getByRole('heading', { name: 'Create a mutual action plan' }).waitFor();
    expect(await page.getByTestId('banner').textContent()).toContain(banner);
  });

  it('creates one plan when Create is clicked twice while the dates are still being checked', async () => {
    // The dates stay "being checked" until the test says so, however slow the machine is.
    const checked = deferred<void>();
    const session = await suite.open({
      handler: fakeServer(
        server({
          previewSchedule: async (options) => {
            await checked.promise;
            return fakePreview(options);
          },
        }),
      ),
    });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    await field(page, 'Target signature date').fill('2025-06-27');
    // Both clicks are handled by the time dblclick returns; only then may the check finish.
    await page.locator('[data-focus="create"]').dblclick();
    checked.resolve();
    await noticeSays(page, 'Plan created on the MAP tab');
    // An unguarded second submit would wait on the same check and call createPlan right after
    // the first, so by the time the status screen is drawn it would have been recorded.
    await page.getByRole('tab', { name: 'Status' }).waitFor();
    expect(session.callsTo('createPlan')).toHaveLength(1);
  });
});
