// The sidebar against a sheet that changes behind it: Refresh reloads everything in one call,
// and coming back to the sidebar reloads it too, but never under a user who is busy in it.
import type { Page } from 'playwright-core';
import type { RecipientJson } from '../../src/shared/api';
import { describeInBrowser, browserSuite, type SidebarSession } from '../support/browser';
import { digestState, fakeServer, planStatus, sidebarState, type FakeApi } from './fake-server';
import { eventually, noticeSays, pause } from './wait';

jest.setTimeout(90_000);

/** Longer than the sidebar's pause between two reloads of its own. */
const PAST_THROTTLE_MS = 4_500;

const NEW_PERSON: RecipientJson = {
  row: 6,
  name: 'Noor Haddad',
  email: 'noor@vendor.example',
  state: 'will receive',
};

/** A sheet whose Stakeholders tab gains a person when the test says so. */
function changingSheet(overrides: Partial<FakeApi> = {}) {
  let added = false;
  const api: Partial<FakeApi> = {
    getSidebarState: () => {
      const digest = digestState();
      return sidebarState({
        digest: added ? { ...digest, recipients: [...digest.recipients, NEW_PERSON] } : digest,
        plan: added ? planStatus({ progress: { done: 5, total: 12, percent: 42 } }) : planStatus(),
      });
    },
    selectStepRow: () => undefined,
    ...overrides,
  };
  return {
    api,
    addPerson: () => {
      added = true;
    },
  };
}

/** The user clicks into the sheet, then back into the sidebar. */
async function leaveAndComeBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
  });
}

const loads = (session: SidebarSession) => session.callsTo('getSidebarState').length;

describeInBrowser('sidebar: keeping up with the sheet', () => {
  const suite = browserSuite();

  it('Refresh reloads both tabs in one call, so people added to the sheet appear', async () => {
    const sheet = changingSheet();
    const session = await suite.open({ handler: fakeServer(sheet.api) });
    const { page } = session;
    await page.getByRole('heading', { name: 'Plan status' }).waitFor();
    sheet.addPerson();

    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await noticeSays(page, 'Up to date.');
    await page.getByRole('progressbar', { name: '5 of 12 steps done (42%)' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe(
      'refresh',
    );
    await page.getByRole('tab', { name: 'Weekly email' }).click();
    await page.locator('.recipient[data-email="noor@vendor.example"]').waitFor();
    expect(session.calls.map((c) => c.name)).toEqual(['getSidebarState', 'getSidebarState']);
  });

  it('reloads when the user comes back to it, at most once every few seconds', async () => {
    const sheet = changingSheet();
    const session = await suite.open({ handler: fakeServer(sheet.api) });
    const { page } = session;
    await page.getByRole('tab', { name: 'Weekly email' }).click();
    await page.getByRole('heading', { name: 'Weekly email' }).waitFor();
    sheet.addPerson();
    await pause(PAST_THROTTLE_MS);

    await leaveAndComeBack(page);
    await page.locator('.recipient[data-email="noor@vendor.example"]').waitFor();
    expect(loads(session)).toBe(2);
    // Still on the tab the user was on.
    expect(
      await page.getByRole('tab', { name: 'Weekly email' }).getAttribute('aria-selected'),
    ).toBe('true');

    // Straight back again: too soon to ask the server once more.
    await leaveAndComeBack(page);
    await pause(500);
    expect(loads(session)).toBe(2);

    // The page hidden and shown again (another browser tab, the sidebar collapsed) counts too.
    await pause(PAST_THROTTLE_MS);
    await page.evaluate(() => {
      let state: DocumentVisibilityState = 'hidden';
      Object.defineProperty(document, 'visibilityState', { get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await eventually(() => expect(loads(session!)).toBe(3));
  });

  it('does not reload under a user who is typing or has a confirm step open', async () => {
    const sheet = changingSheet();
    const session = await suite.open({ handler: fakeServer(sheet.api) });
    const { page } = session;
    await page.getByRole('tab', { name: 'Weekly email' }).click();
    await page.getByRole('button', { name: 'Send now…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm sending' });
    await confirm.waitFor();
    sheet.addPerson();
    await pause(PAST_THROTTLE_MS);

    await leaveAndComeBack(page);
    await pause(500);
    expect(loads(session)).toBe(1);
    expect(await confirm.count()).toBe(1);

    await page.getByRole('button', { name: 'Cancel' }).click();
    // Typing in a field (the user is choosing a preview recipient, say) holds it off too.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing-probe';
      document.querySelector('.tabs__panel:not([hidden]) .card')?.appendChild(field);
      field.focus();
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await leaveAndComeBack(page);
    await pause(500);
    expect(loads(session)).toBe(1);

    await page.evaluate(() => document.getElementById('typing-probe')?.remove());
    // Done typing (the field is gone), the next return reloads.
    await page.getByRole('tab', { name: 'Weekly email' }).focus();
    await leaveAndComeBack(page);
    await page.locator('.recipient[data-email="noor@vendor.example"]').waitFor();
    expect(loads(session)).toBe(2);
  });
});
