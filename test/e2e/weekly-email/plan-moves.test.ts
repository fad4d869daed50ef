// The plan tab renamed (the schedule still finds it; the link still opens it) and the plan tab
// deleted (the schedule removes itself and tells the owner once).
import type { Emulator } from '../../../dev/emulator';
import { APPROVED, digestWorld, OWNER } from '../../support/world';
import {
  digests,
  digestState,
  expectExactlyOncePerPeriod,
  notes,
  sidebar,
  tickTriggers,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MAP_TAB = 'MAP – Acme';
const MONDAY = '2026-10-12';

/** Monday's 9:00 run sends; the clock then jumps over the idle hours to Tuesday 08:30. */
function weekOneSent(em: Emulator): void {
  em.advance('2h');
  em.setNow('2026-10-13T08:30');
}

/** The first hourly run after a change, then the jump to next Monday and its day. */
function untilNextTuesday(em: Emulator): void {
  em.advance('1h');
  em.setNow('2026-10-19T08:30');
  em.advance('1d');
}

describe('the plan tab renamed between two weeks', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
  weekOneSent(em);
  const gid = em.workbook.requireSheet(MAP_TAB).sheetId;
  em.workbook.userRenameSheet(MAP_TAB, 'Deal plan (renamed) <b>');

  it('still sends every approved recipient one email a week', () => {
    untilNextTuesday(em);
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY, '2026-10-19']);
    expect(notes(em)).toEqual([]);
  });

  it('links to the same tab by its id, and the sidebar still shows the plan', () => {
    const latest = digests(em).at(-1)!;
    expect(latest.body).toContain(`#gid=${gid}`);
    expect(latest.htmlBody).toContain(`#gid=${gid}`);
    expect(sidebar(em).plan?.sheetName).toBe('Deal plan (renamed) <b>');
    expect(digestState(em).banner).toBeNull();
  });
});

describe('the plan tab deleted', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
  weekOneSent(em);
  em.workbook.deleteSheet(em.workbook.requireSheet(MAP_TAB));

  it('sends no digest, removes the trigger and tells the owner once', () => {
    untilNextTuesday(em);
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
    expect(tickTriggers(em)).toEqual([]);
    const told = notes(em);
    expect(told).toHaveLength(1);
    expect(told[0].to).toEqual([OWNER]);
    expect(told[0].subject).toMatch(/turned off/);
    em.advance('14d');
    expect(notes(em)).toHaveLength(1);
    expect(digests(em)).toHaveLength(APPROVED.length);
  });

  it('says so in the sidebar, with the schedule off', () => {
    const state = sidebar(em);
    expect(state.plan).toBeNull();
    expect(state.digest?.settings.enabled).toBe(false);
    expect(state.digest?.owner).toBeNull();
    expect(state.digest?.banner).toMatch(/could not be found/);
  });

  it('refuses to turn the email on again while there is no plan', () => {
    expect(() =>
      em.call('configureWeeklyDigest', { enabled: true, weekday: 'MONDAY', hour: 9 }),
    ).toThrow(/no plan/);
    expect(tickTriggers(em)).toEqual([]);
  });
});
