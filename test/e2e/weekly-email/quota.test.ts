// The daily quota cannot cover everyone: nobody is sent, the owner is told once (a note if any
// quota is left, and a banner), each hourly tick tries again, and when the quota comes back
// (Google's quota day starts at midnight Pacific) everyone gets the week's email once.
import { APPROVED, digestWorld, OWNER } from '../../support/world';
import {
  digests,
  digestState,
  expectExactlyOncePerPeriod,
  notes,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MONDAY = '2026-10-12';

describe('quota exhausted, then restored', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
  em.setQuota(OWNER, 1);

  it('sends nobody while the quota is short, and tells the owner once', () => {
    em.advance('6h'); // six ticks on Monday, all short of quota
    expect(digests(em)).toEqual([]);
    const told = notes(em);
    expect(told).toHaveLength(1);
    expect(told[0].to).toEqual([OWNER]);
    expect(told[0].subject).toMatch(/quota/i);
    expect(told[0].body).toMatch(new RegExp(`needs ${APPROVED.length}`));
  });

  it('shows a banner and logs the shortfall once', () => {
    const state = digestState(em);
    expect(state.banner).toMatch(/quota/i);
    const quotaEntries = state.log.filter((e) => /quota/.test(e.skipped));
    expect(quotaEntries).toHaveLength(1);
    expect(quotaEntries[0].sent).toEqual([]);
  });

  it('"send now" also refuses to send part of the list', () => {
    const report = em.call('sendWeeklyDigestNow') as { sent: string[]; message: string };
    expect(report.sent).toEqual([]);
    expect(report.message).toMatch(/Nobody was sent/);
    expect(notes(em)).toHaveLength(1);
  });

  it('sends everyone once when the quota day turns, then clears the banner', () => {
    em.advance('1d');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
    expect(notes(em)).toHaveLength(1);
    expect(digestState(em).banner).toBeNull();
  });

  it('the next week goes out on time', () => {
    // The idle days between are jumped over: the hours around Monday's 9:00 run are played.
    em.advance('1h');
    em.setNow('2026-10-19T08:30');
    em.advance('6h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY, '2026-10-19']);
  });
});

describe('quota at zero', () => {
  it('cannot even send the note: the banner alone tells the owner, and nothing is sent', () => {
    const { em } = digestWorld({ now: `${MONDAY}T08:30:00` });
    em.setQuota(OWNER, 0);
    em.advance('3h');
    expect(em.outbox).toEqual([]);
    expect(digestState(em).banner).toMatch(/quota/i);
  });
});
