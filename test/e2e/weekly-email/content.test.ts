// What the email says, through the bundle: "since the last email" compares with the previous
// week's send (the same baseline for every recipient of a week, even one mailed on a retry), the
// preview is exactly what is then sent, a test goes to its requester only and outside the
// ledger, and getSidebarState draws the sidebar in one call.
import type { DigestEmailJson, SendReportJson, SidebarState } from '../../../src/shared/api';
import { APPROVED, CHAMPION, COLLEAGUE, digestWorld, OWNER, SELLER } from '../../support/world';
import { digests, expectExactlyOncePerPeriod } from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MAP = 'MAP – Acme';
const MONDAY = '2026-10-12';

describe('"since the last email"', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
  em.advance('1d'); // week 1 sent
  em.edit(`${MAP}!H8`, 'Done'); // first step done
  em.edit(`${MAP}!G9`, '2027-05-10'); // second step moved

  it('reports what was completed and which dates moved since the previous week', () => {
    // The first hourly run after the edits, then a jump over the idle week to Monday 08:30.
    em.advance('1h');
    em.setNow('2026-10-19T08:30');
    // Week 2: the run dies after its first recipient, then a third step moves before the retry.
    let sends = 0;
    let killed = false;
    const stop = em.faults.onCall((call) => {
      if (call.key === 'MailApp.sendEmail') sends += 1;
      else if (sends === 1 && !killed) {
        killed = true;
        em.faults.kill();
      }
    });
    em.advance('1h');
    stop();
    expect(digests(em).filter((m) => m.sentAt >= '2026-10-19')).toHaveLength(1);
    em.edit(`${MAP}!G10`, '2027-05-12');
    em.advance('2h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY, '2026-10-19']);
    const [first, ...retried] = digests(em).filter((m) => m.sentAt >= '2026-10-19');
    // Everyone of the week is told against the same baseline: week 1's email.
    for (const m of [first, ...retried]) {
      expect(m.body).toMatch(/COMPLETED SINCE THE LAST EMAIL \(MON, OCT 12\) \(1\)/);
      expect(m.body).toContain('Discovery: pains, goals and compelling event');
      expect(m.body).toContain('Mon, Apr 26, 2027 \u2192 Mon, May 10, 2027');
    }
    expect(first.body).toMatch(/DATES MOVED SINCE THE LAST EMAIL \(1\)/);
    for (const m of retried) expect(m.body).toMatch(/DATES MOVED SINCE THE LAST EMAIL \(2\)/);
  });

  it('the week after compares with week 2, so nothing is repeated', () => {
    em.advance('1h');
    em.setNow('2026-10-26T08:30');
    em.advance('3h');
    const week3 = digests(em).filter((m) => m.sentAt >= '2026-10-26');
    expect(week3).toHaveLength(APPROVED.length);
    for (const m of week3) {
      expect(m.body).not.toContain('COMPLETED SINCE');
      expect(m.body).not.toContain('DATES MOVED');
    }
  });
});

describe('preview, test and sidebar state', () => {
  const { em } = digestWorld({ now: `${MONDAY}T08:30:00` });

  it('the preview is exactly what the send then mails, and sends nothing itself', () => {
    const preview = em.call('previewWeeklyDigest') as DigestEmailJson[];
    expect(em.outbox).toEqual([]);
    expect(preview.map((p) => p.to.toLowerCase()).sort()).toEqual([...APPROVED].sort());
    em.call('sendWeeklyDigestNow');
    for (const p of preview) {
      const sent = em.outbox.find((m) => m.to[0] === p.to)!;
      expect({
        subject: sent.subject,
        body: sent.body,
        htmlBody: sent.htmlBody,
        replyTo: sent.replyTo,
        name: sent.name,
      }).toEqual({
        subject: p.subject,
        body: p.body,
        htmlBody: p.htmlBody,
        replyTo: p.replyTo,
        name: p.name,
      });
    }
  });

  it('a test goes to the requester only, is marked, and does not count as the week’s email', () => {
    const { em: fresh, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
    const report = fresh.callAs(COLLEAGUE, 'sendTestDigestToMe') as SendReportJson;
    expect(report.sent).toEqual([COLLEAGUE]);
    expect(fresh.outbox).toHaveLength(1);
    expect(fresh.outbox[0]).toMatchObject({ to: [COLLEAGUE], from: COLLEAGUE });
    expect(fresh.outbox[0].subject).toMatch(/^\[Test\] /);
    fresh.advance('1h');
    expectExactlyOncePerPeriod(fresh, timeZone, APPROVED, [MONDAY]);
  });

  it('getSidebarState answers everything in one call', () => {
    em.resetCounts();
    const state = em.call('getSidebarState') as SidebarState;
    expect(state.user).toBe(OWNER);
    expect(state.timeZone).toBe('America/New_York');
    expect(state.today).toBe(MONDAY);
    expect(state.templates.map((t) => t.id)).toContain('enterprise');
    expect(state.plan?.progress.total).toBeGreaterThan(0);
    expect(state.digest?.recipients.map((r) => r.email).sort()).toEqual(
      [CHAMPION, OWNER, SELLER].sort(),
    );
    expect(state.digest?.log[0].trigger).toBe('manual');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    // A handful of batched reads, not one call per row.
    const calls = Object.values(em.counts()).reduce((a, b) => a + b, 0);
    expect(calls).toBeLessThan(40);
  });

  it('without a plan: no plan and no weekly email', () => {
    const { em: empty } = digestWorld({ configure: false });
    empty.workbook.deleteSheet(empty.workbook.requireSheet(MAP));
    const state = empty.call('getSidebarState') as SidebarState;
    expect(state.plan).toBeNull();
    expect(state.digest).toBeNull();
  });
});
