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
import { eventually, noticeSays, pause } from './wait';

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
    const warning = page.getByText(/The first step would have to start \d+ business days ago\./);
    await warning.waitFor();
    await session.screenshot('create-past-start');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'The first step would have to start before today.');
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
  it('says under the signature field that a past date will not do, and offers no compress', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    const signature = field(page, 'Target signature date');
    // Three days before the fake server's today.
    await signature.fill('2025-03-07');
    const said = 'The target signature is in the past: pick a date from today on.';
    await page.getByText(said).waitFor();
    expect(await signature.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await signature.getAttribute('aria-describedby')) ?? '';
    expect(
      await page.evaluate(
        (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
        describedBy,
      ),
    ).toContain(said);
    await page.getByText('Pick a signature date from today on to see the dates.').waitFor();
    expect(await page.getByRole('button', { name: 'Compress the plan' }).count()).toBe(0);
    expect(session.callsTo('previewSchedule')).toEqual([]);
    await session.screenshot('create-signature-in-past');

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'Check the form: 1 field needs attention.');
    expect(session.callsTo('createPlan')).toEqual([]);

    // Today itself is fine: the error goes as the date is typed.
    await signature.fill('2025-06-27');
    await page.getByText(/to signature on Fri, Jun 27\./).waitFor();
    expect(await page.getByText(said).count()).toBe(0);
    expect(await signature.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the server’s refusal of a date under its field, with no dates and no create', async () => {
    const refusal =
      'Target signature date Sat, Jun 27, 2206 is too far away: pick a date before 2100.';
    const session = await suite.open({
      handler: fakeServer(
        server({
          previewSchedule: (options) =>
            options.signatureDate.startsWith('2206')
              ? {
                  ...fakePreview(options),
                  firstDate: '',
                  steps: [],
                  startsInPast: null,
                  fieldErrors: [
                    { field: 'signatureDate', message: refusal },
                    { field: 'form', message: 'The options could not be read.' },
                  ],
                }
              : fakePreview(options),
        }),
      ),
    });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    const signature = field(page, 'Target signature date');
    await signature.fill('2206-06-27');
    await page.getByText(refusal).waitFor();
    expect(await signature.getAttribute('aria-invalid')).toBe('true');
    // No made-up dates, and what has no field of its own is said in the schedule.
    await page.getByText('No dates yet: fix the marked fields first.').waitFor();
    await page.locator('.preview').getByText('The options could not be read.').waitFor();
    expect(await page.getByText(/steps? from/).count()).toBe(0);

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, /^Check the form: 2 fields need attention\.$/);
    expect(await signature.evaluate((n) => n === document.activeElement)).toBe(true);
    expect(session.callsTo('createPlan')).toEqual([]);
    await session.screenshot('create-server-refusal');

    // Fixed, the message goes and the dates come back.
    await signature.fill('2025-06-27');
    await page.getByText(/to signature on Fri, Jun 27\./).waitFor();
    expect(await page.getByText(refusal).count()).toBe(0);
  });

  it('shows a created plan that came with warnings as a warning that lists them', async () => {
    const warnings = [
      'Seller ana@vendorly.example was listed twice; the plan names them once.',
      'Go-live falls on a holiday; it was kept.',
    ];
    let hasPlan = false;
    const session = await suite.open({
      handler: fakeServer(
        server({
          getSidebarState: () => (hasPlan ? sidebarState() : noPlan()),
          createPlan: (options) => {
            hasPlan = true;
            return { ...created(options), warnings };
          },
        }),
      ),
    });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    await field(page, 'Target signature date').fill('2025-06-27');
    await page.getByText(/to signature on Fri, Jun 27\./).waitFor();
    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, /^Plan created on the MAP tab: .* with 2 warnings:$/);
    const notice = page.locator('#notice');
    expect(await notice.getAttribute('class')).toContain('notice--warning');
    expect(await notice.getAttribute('class')).not.toContain('notice--success');
    expect(await notice.locator('.notice__icon').textContent()).not.toBe('✓');
    expect(await notice.locator('li').allTextContents()).toEqual(warnings);
    // The warnings stay said while the new plan's status is drawn.
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    expect(await notice.locator('li').allTextContents()).toEqual(warnings);
    await session.screenshot('create-warnings');
  });

  it('clears each message as its field becomes valid, keeps the count true, and checks lengths as typed', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    const vendor = field(page, 'Vendor (your company)');
    // Before any submit, a limit is said as soon as it is passed.
    await vendor.fill('V'.repeat(101));
    await page.getByText('Vendor is too long: 101 characters, at most 100.').waitFor();
    expect(await vendor.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Add the customer’s name.').count()).toBe(0);
    await vendor.fill('Vendorly');
    expect(await page.getByText(/Vendor is too long/).count()).toBe(0);

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'Check the form: 2 fields need attention.');
    const customer = field(page, 'Customer');
    await page.getByText('Add the customer’s name.').waitFor();

    await customer.fill('Acme Corp');
    expect(await page.getByText('Add the customer’s name.').count()).toBe(0);
    expect(await customer.getAttribute('aria-invalid')).toBeNull();
    await noticeSays(page, 'Check the form: 1 field needs attention.');

    await field(page, 'Target signature date').fill('2025-06-27');
    expect(await page.getByText('Pick the target signature date.').count()).toBe(0);
    await eventually(async () =>
      expect(await page.locator('#notice').textContent()).not.toMatch(/attention/),
    );

    await customer.fill('A'.repeat(101));
    await page.getByText('Customer is too long: 101 characters, at most 100.').waitFor();
    await noticeSays(page, 'Check the form: 1 field needs attention.');
    await session.screenshot('create-live-errors');
    expect(session.callsTo('createPlan')).toEqual([]);
  });

  it('takes holidays, shows them in the date style, and previews and creates with them', async () => {
    const session = await suite.open({ handler: fakeServer(server()) });
    const { page } = session;
    await field(page, 'Customer').fill('Acme Corp');
    await field(page, 'Vendor (your company)').fill('Vendorly');
    await page.getByRole('radio', { name: /Mid-market/ }).check();
    await field(page, 'Target signature date').fill('2025-06-27');
    await page.getByText(/^10 steps from Fri, May 16 to signature/).waitFor();

    const holiday = page.getByLabel('Holiday', { exact: true });
    const add = page.getByRole('button', { name: 'Add holiday' });
    await holiday.fill('2025-06-19');
    await add.click();
    await holiday.fill('2025-05-26');
    await add.click();
    // The same day twice is one holiday.
    await holiday.fill('2025-06-19');
    await add.click();
    expect(await page.locator('.holidays__item').allTextContents()).toEqual([
      'Mon, May 26Remove',
      'Thu, Jun 19Remove',
    ]);
    await page.getByText('Skips 2 holidays: Mon, May 26, Thu, Jun 19.').waitFor();
    await page.getByText(/^10 steps from Wed, May 14 to signature/).waitFor();
    expect(session.callsTo('previewSchedule').at(-1)).toEqual([
      expect.objectContaining({ holidays: ['2025-05-26', '2025-06-19'] }),
    ]);
    await session.screenshot('create-holidays');

    await page.getByRole('button', { name: 'Remove Mon, May 26' }).click();
    await page.getByText('Skips 1 holiday: Thu, Jun 19.').waitFor();
    expect(session.callsTo('previewSchedule').at(-1)).toEqual([
      expect.objectContaining({ holidays: ['2025-06-19'] }),
    ]);

    await page.getByRole('button', { name: 'Create plan' }).click();
    await noticeSays(page, 'Plan created on the MAP tab');
    expect(session.callsTo('createPlan')).toEqual([
      [expect.objectContaining({ template: 'mid-market', holidays: ['2025-06-19'] })],
    ]);
  });
});
