// Overlapping runs: a trigger that fires twice, and "send now" interleaved with the trigger
// under the document lock (each started from inside the other's sends). Whatever overlaps,
// each approved recipient gets one email per period.
import type { SendReportJson } from '../../../src/shared/api';
import { APPROVED, digestWorld, OWNER } from '../../support/world';
import {
  digests,
  digestState,
  expectExactlyOncePerPeriod,
  notes,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MONDAY = '2026-10-12';

describe('a trigger fired twice', () => {
  it('sends nothing the second time, at once or an hour later', () => {
    const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
    em.advance('1h'); // the 9:30 tick sends
    expect(digests(em)).toHaveLength(APPROVED.length);
    em.call('weeklyDigestTick'); // the same tick delivered again
    em.advance('2h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
  });

  it('a second tick started during the first one’s sends finds the lock held and sends nothing', () => {
    const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
    const outcomes: string[] = [];
    let started = false;
    const stop = em.faults.onCall((call) => {
      if (started || call.key !== 'MailApp.sendEmail') return;
      started = true;
      try {
        em.call('weeklyDigestTick');
        outcomes.push('returned');
      } catch (error) {
        outcomes.push(`threw ${(error as Error).message}`);
      }
    });
    em.advance('1h');
    stop();
    // The overlapping tick waited for the lock, gave up quietly, and the next tick had nothing to do.
    expect(outcomes).toEqual(['returned']);
    em.advance('3h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
  });
});

describe('"send now" interleaved with the trigger', () => {
  it('started during the trigger’s sends: it waits, is told to retry, and a retry sends nobody twice', () => {
    const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
    const errors: string[] = [];
    let started = false;
    const stop = em.faults.onCall((call) => {
      if (started || call.key !== 'MailApp.sendEmail') return;
      started = true;
      try {
        em.call('sendWeeklyDigestNow');
      } catch (error) {
        errors.push((error as Error).message);
      }
    });
    em.advance('1h');
    stop();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/in progress/i);
    const retry = em.call('sendWeeklyDigestNow') as SendReportJson;
    expect(retry.sent).toEqual([]);
    expect([...retry.alreadySent].sort()).toEqual([...APPROVED].sort());
    expect(retry.message).toMatch(/not sent again/);
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
  });

  it('the trigger firing during "send now": the trigger backs off, later ticks find the week sent', () => {
    const { em, timeZone } = digestWorld({ now: `${MONDAY}T09:05:00` });
    let report: SendReportJson | null = null;
    let started = false;
    const stop = em.faults.onCall((call) => {
      if (started || call.key !== 'MailApp.sendEmail') return;
      started = true;
      em.call('weeklyDigestTick');
    });
    report = em.call('sendWeeklyDigestNow') as SendReportJson;
    stop();
    expect([...report.sent].sort()).toEqual([...APPROVED].sort());
    em.advance('1d');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
    expect(notes(em)).toEqual([]);
    expect(digestState(em).log.map((e) => e.trigger)).toEqual(['manual']);
  });

  it('after the week went out, "send now" reports who already had it and mails nobody', () => {
    const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
    em.advance('2h');
    const report = em.callAs(OWNER, 'sendWeeklyDigestNow') as SendReportJson;
    expect(report.period).toBe(MONDAY);
    expect(report.sent).toEqual([]);
    expect([...report.alreadySent].sort()).toEqual([...APPROVED].sort());
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY]);
  });
});
