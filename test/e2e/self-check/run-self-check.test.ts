// "Check set-up…" on the built add-on: every check passes where the emulator behaves as Google
// documents, each failing path shows through one of the emulator's switches, and the check
// leaves the spreadsheet, its formats and every property store exactly as they were.
import { ADDON_CODE_PATH } from '../../../dev/addon-bundle';
import { Emulator } from '../../../dev/emulator';
import type { SelfCheckJson } from '../../../src/shared/api';
import { digestWorld, OWNER, PROSPECT } from '../../support/world';

jest.setTimeout(120_000);

const results = (report: SelfCheckJson) =>
  Object.fromEntries(report.items.map((i) => [i.id, i.result]));
const wordsOf = (report: SelfCheckJson, id: string) =>
  report.items.find((i) => i.id === id)?.words ?? '';

describe('the set-up check where the platform behaves as documented', () => {
  // Weekly email on, switched on Monday 07:30 in New York; two hourly runs have happened.
  const { em } = digestWorld({ now: '2026-10-12T07:30:00' });
  em.advance('2h');

  it('passes every check, in words, and changes nothing in the plan or its storage', () => {
    const before = em.toState();
    const report = em.call('runSelfCheck') as SelfCheckJson;
    const after = em.toState();
    expect(after.spreadsheet).toEqual(before.spreadsheet);
    expect(after.otherSpreadsheets).toEqual(before.otherSpreadsheets);
    expect(after.properties).toEqual(before.properties);
    expect(after.triggers).toEqual(before.triggers);
    expect(after.mail).toEqual(before.mail);

    expect(report.ok).toBe(true);
    expect(results(report)).toEqual({
      'time-zones': 'pass',
      triggers: 'pass',
      properties: 'pass',
      lock: 'pass',
      'mail-quota': 'pass',
      'background-run': 'pass',
      scopes: 'pass',
    });
    expect(wordsOf(report, 'time-zones')).toContain('its clocks next change on Sun, Nov 1');
    expect(wordsOf(report, 'triggers')).toBe(
      'You have 2 triggers in this spreadsheet (on edit: onPlanEdit; hourly: weeklyDigestTick); ' +
        '2 of the 20 Google allows you across all your spreadsheets, 18 left.',
    );
    expect(wordsOf(report, 'background-run')).toBe(
      "The last hourly run, Oct 12 at 09:30, had this spreadsheet and sent this week's email.",
    );
    expect(report.text.split('\n')[0]).toBe('Mutual Action Plan: set-up check');
    expect(report.text).toContain(`as ${OWNER}`);
  });

  it('is in the add-on menu, and shows its report in a dialog with the text to copy', () => {
    em.open({ authMode: 'LIMITED' });
    const items =
      em.ui.state.menus.at(-1)?.items.map((i) => ('caption' in i ? i.caption : '')) ?? [];
    expect(items).toContain('Check set-up…');
    em.call('checkSetUpFromMenu');
    const dialog = em.ui.state.dialogs.at(-1);
    expect(dialog?.title).toBe('Check set-up');
    expect(dialog?.content).toContain('All 7 checks passed.');
    expect(dialog?.content).toContain('<textarea readonly');
  });

  it('fails the permissions for someone who has not authorized the add-on', () => {
    const report = em.callAs(PROSPECT, 'runSelfCheck') as SelfCheckJson;
    expect(results(report).scopes).toBe('fail');
    expect(wordsOf(report, 'scopes')).toContain('The add-on needs you to authorize it again');
    expect(results(report)['background-run']).toBe('unknown');
  });
});

describe('the set-up check where the platform does not behave as the add-on assumes', () => {
  const { em } = digestWorld({ now: '2026-10-12T07:30:00' });
  const state = em.toState();

  it("reports Intl's disagreement with Utilities.formatDate as a failure, in words", () => {
    const skewed = Emulator.fromState(state, {
      codePath: ADDON_CODE_PATH,
      intlZones: 'hour-ahead',
    }).load();
    const report = skewed.call('runSelfCheck') as SelfCheckJson;
    expect(report.ok).toBe(false);
    expect(results(report)['time-zones']).toBe('fail');
    expect(wordsOf(report, 'time-zones')).toContain(
      'Intl and Utilities.formatDate disagree in America/New_York: now, Intl reads ' +
        'Oct 12, 2026 at 08:30 where Utilities.formatDate reads Oct 12, 2026 at 07:30',
    );
  });

  it('reports an hourly run that started without its spreadsheet', () => {
    const detached = Emulator.fromState(state, {
      codePath: ADDON_CODE_PATH,
      clockTriggersWithoutDocument: true,
    }).load();
    detached.advance('1h');
    const report = detached.call('runSelfCheck') as SelfCheckJson;
    expect(results(report)['background-run']).toBe('fail');
    expect(wordsOf(report, 'background-run')).toContain('started without this spreadsheet');
  });

  it('fails the mail quota when none is left today', () => {
    const spent = Emulator.fromState(state, { codePath: ADDON_CODE_PATH }).load();
    spent.setQuota(OWNER, 0);
    const report = spent.call('runSelfCheck') as SelfCheckJson;
    expect(results(report)['mail-quota']).toBe('fail');
    expect(report.summary).toBe('1 check of 7 failed.');
  });
});
