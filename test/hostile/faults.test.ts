// Faults injected into the emulated services while the weekly email goes out and while the plan
// is written: a send failing at the k-th recipient, a run dying half-way, a lock held by another
// run, no mail quota, a full property store, a service error mid-write. In every case nobody is
// mailed twice, nobody approved is silently dropped, and the owner is told (sidebar banner,
// a note by email, the send log, or the error of the call they made).
import { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { STORE_FULL } from '../../dev/emulator/properties';
import type { SendReportJson, SidebarState } from '../../src/shared/api';
import { addUnapprovedStakeholder, banner, digestCounts, notes } from './mailbox';
import { CHAMPION, freshWorld, OWNER, SELLER, TODAY } from '../support/world';

const APPROVED = [OWNER, SELLER, CHAMPION];
/** Ten past the hour the email is due, with no tick fired yet for it. */
const DUE = `${TODAY}T09:10:00`;

/** Before the first scheduled run (09:00) so it still fires. */
const BEFORE_DUE = `${TODAY}T08:30:00`;

function dueWorld(at = DUE): { em: Emulator; unapproved: string } {
  const { em } = freshWorld();
  const unapproved = addUnapprovedStakeholder(em);
  em.setNow(at);
  return { em, unapproved };
}

/** The invariant of every scenario: nobody twice, nobody unapproved. */
function expectNoDuplicateOrStranger(em: Emulator, unapproved: string): Map<string, number> {
  const counts = digestCounts(em);
  for (const [address, n] of counts) {
    expect({ address, n }).toEqual({ address, n: 1 });
    expect(APPROVED).toContain(address);
  }
  expect(counts.has(unapproved)).toBe(false);
  return counts;
}

function expectEachApprovedOnce(em: Emulator, unapproved: string): void {
  const counts = expectNoDuplicateOrStranger(em, unapproved);
  expect([...counts.keys()].sort()).toEqual([...APPROVED].sort());
}

function sendNow(em: Emulator): SendReportJson {
  return em.call('sendWeeklyDigestNow') as SendReportJson;
}

describe('a send failing at the k-th recipient', () => {
  it.each([1, 2, 3])('k = %i: reported now, retried on the next tick, nobody twice', (k) => {
    const { em, unapproved } = dueWorld();
    em.faults.failOnCall('MailApp.sendEmail', { nth: k });
    const report = sendNow(em);
    expect(report.failed).toHaveLength(1);
    expect(report.sent).toHaveLength(APPROVED.length - 1);
    const failed = report.failed[0].email;
    expect(digestCounts(em).has(failed)).toBe(false);
    // The owner sees it in the send log the sidebar shows.
    const log = (em.call('getSidebarState') as SidebarState).digest?.log ?? [];
    expect(log.some((entry) => entry.failed.some((f) => f.email === failed))).toBe(true);

    em.advance('3h');
    expectEachApprovedOnce(em, unapproved);
  });

  it('on the scheduled run too', () => {
    const { em, unapproved } = dueWorld(BEFORE_DUE);
    em.faults.failOnCall('MailApp.sendEmail', { nth: 2 });
    em.advance('4h');
    expectEachApprovedOnce(em, unapproved);
  });

  it('gives up on addresses that keep failing after three tries and tells the owner once', () => {
    const { em, unapproved } = dueWorld(BEFORE_DUE);
    // Every digest send fails; the note to the owner (the 4th send of a run) goes through.
    const perRun = new Map<number, number>();
    em.faults.onCall((call) => {
      if (call.key !== 'MailApp.sendEmail') return;
      const n = (perRun.get(call.execution.id) ?? 0) + 1;
      perRun.set(call.execution.id, n);
      if (n <= APPROVED.length)
        throw new Error('Service invoked too many times for one day: email.');
    });
    em.advance('8h');
    expect(digestCounts(em).size).toBe(0);
    const told = notes(em);
    expect(told).toHaveLength(1);
    for (const address of APPROVED) expect(told[0].body).toContain(address);
    expect(told[0].to).toEqual([OWNER]);
    expectNoDuplicateOrStranger(em, unapproved);
  });
});

describe('a run that dies while sending', () => {
  it.each([1, 2, 3])(
    'after the k-th send (k = %i), before recording it: that address is not mailed again and the owner is told',
    (k) => {
      const { em, unapproved } = dueWorld();
      let sends = 0;
      let armed = false;
      const off = em.faults.onCall((call) => {
        if (call.key === 'MailApp.sendEmail' && ++sends === k) armed = true;
        else if (armed && call.key === 'Properties.setProperty') em.faults.kill();
      });
      expect(() => sendNow(em)).toThrow(/killed/);
      off();
      // The k-th email left before the run died: its address is the one with no record.
      const inFlight = em.outbox[em.outbox.length - 1].to[0];
      expect(digestCounts(em).size).toBe(k);
      em.advance('3h');
      expectEachApprovedOnce(em, unapproved);
      expect(banner(em)).toContain(inFlight);
      expect(notes(em).some((n) => n.body.includes(inFlight))).toBe(true);
    },
  );

  it.each([1, 2, 3])(
    'just before the k-th send (k = %i): at most once for that address, the owner is told',
    (k) => {
      const { em, unapproved } = dueWorld();
      let sends = 0;
      const off = em.faults.onCall((call) => {
        if (call.key === 'MailApp.sendEmail' && ++sends === k) em.faults.kill();
      });
      expect(() => sendNow(em)).toThrow(/killed/);
      off();
      const before = new Set(digestCounts(em).keys());
      em.advance('3h');
      const counts = expectNoDuplicateOrStranger(em, unapproved);
      const missing = APPROVED.filter((a) => !counts.has(a));
      // The one in flight is treated as maybe-sent: never a second copy, and the owner hears of it.
      expect(missing.length).toBeLessThanOrEqual(1);
      for (const address of missing) {
        expect(before.has(address)).toBe(false);
        expect(banner(em)).toContain(address);
        expect(notes(em).some((n) => n.body.includes(address))).toBe(true);
      }
    },
  );
});

describe('the document lock held by another run', () => {
  it('refuses "send now" during the scheduled run with a clear message; nobody twice', () => {
    const { em, unapproved } = dueWorld(BEFORE_DUE);
    let refusal = '';
    const off = em.faults.onCall((call) => {
      if (call.key !== 'MailApp.sendEmail' || refusal) return;
      try {
        sendNow(em);
        refusal = 'not refused';
      } catch (error) {
        refusal = (error as Error).message;
      }
    });
    em.advance('1h');
    off();
    expect(refusal).toMatch(/in progress/i);
    em.advance('3h');
    expectEachApprovedOnce(em, unapproved);
  });

  it('makes a tick that fires during "send now" stand aside; nobody twice', () => {
    const { em, unapproved } = dueWorld();
    let outcome: unknown = 'not run';
    const off = em.faults.onCall((call) => {
      if (call.key !== 'MailApp.sendEmail' || outcome !== 'not run') return;
      outcome = em.call('weeklyDigestTick');
    });
    sendNow(em);
    off();
    expect(outcome).not.toBe('not run');
    em.advance('3h');
    expectEachApprovedOnce(em, unapproved);
  });
});

describe('no mail quota', () => {
  it('sends nobody, says why, and sends everyone once the quota is back', () => {
    const { em, unapproved } = dueWorld();
    em.setQuota(OWNER, 0);
    const report = sendNow(em);
    expect(report.sent).toEqual([]);
    expect(report.message).toMatch(/quota|can send/i);
    expect(banner(em)).toMatch(/quota/i);
    expect(em.outbox).toHaveLength(0);
    em.advance('26h');
    expectEachApprovedOnce(em, unapproved);
  });

  it('with too little quota for everyone: nobody this hour, one note to the owner, everyone the next day', () => {
    const { em, unapproved } = dueWorld(BEFORE_DUE);
    em.setQuota(OWNER, APPROVED.length - 1);
    em.advance('5h');
    expect(digestCounts(em).size).toBe(0);
    expect(notes(em)).toHaveLength(1);
    expect(banner(em)).toMatch(/quota/i);
    em.advance('24h');
    expectEachApprovedOnce(em, unapproved);
    expect(notes(em)).toHaveLength(1);
  });
});

describe('a full property store', () => {
  const NOTICE_KEY = (em: Emulator) => `map.digest.storeNotice.${em.workbook.id}`;

  /** Fills the document store so that only `free` bytes are left. */
  function fill(em: Emulator, free = 0): () => void {
    const store = em.properties.document(em.workbook.id);
    let used = 0;
    for (const [key, value] of store) used += Buffer.byteLength(key) + Buffer.byteLength(value);
    store.set('prospect.junk', 'x'.repeat(500 * 1024 - used - 'prospect.junk'.length - free));
    return () => void store.delete('prospect.junk');
  }

  it('mails nobody, tells the owner itself (banner, one note a day), and recovers', () => {
    const { em, unapproved } = dueWorld();
    const free = fill(em);
    expect(() => sendNow(em)).toThrow(/storage in this spreadsheet is full.*Nobody was mailed/);
    // The hourly runs fail the same way but end normally: the add-on told the owner, so the
    // platform's failed-execution email is not how they learn it.
    const runs = em.advance('6h');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(digestCounts(em).size).toBe(0);
    const told = notes(em);
    expect(told).toHaveLength(1);
    expect(told[0].to).toEqual([OWNER]);
    expect(told[0].subject).toMatch(/storage .* is full/);
    expect(told[0].body).toMatch(/Nobody was mailed/);
    expect(banner(em)).toMatch(/could not record its sends.*full.*retried every hour/);
    expect(em.properties.user(OWNER).get(NOTICE_KEY(em))).toBeDefined();

    // The next day (spreadsheet zone) one more note, however many hourly runs fail.
    em.advance('24h');
    expect(notes(em)).toHaveLength(2);
    expect(digestCounts(em).size).toBe(0);

    free();
    em.advance('1h');
    expectEachApprovedOnce(em, unapproved);
    expect(banner(em)).toBeNull();
    expect(em.properties.user(OWNER).has(NOTICE_KEY(em))).toBe(false);
    expect(notes(em)).toHaveLength(2);
  });

  it('with too little room left to record a whole run: nobody is mailed, not the first few', () => {
    const { em, unapproved } = dueWorld();
    // Room for the first ledger write, not for the rest of the run's records.
    const free = fill(em, 600);
    expect(() => sendNow(em)).toThrow(/full.*Nobody was mailed/);
    expect(digestCounts(em).size).toBe(0);
    expect(notes(em)).toHaveLength(1);
    free();
    em.advance('2h');
    expectEachApprovedOnce(em, unapproved);
    expect(banner(em)).toBeNull();
  });

  it('the owner’s sidebar still opens on a full store, and a collaborator sees no notice', () => {
    const { em } = dueWorld();
    fill(em);
    em.advance('1h');
    const state = em.callAs(OWNER, 'getSidebarState') as SidebarState;
    expect(state.digest?.banner).toMatch(/full/);
    expect(state.digest?.recipients.length).toBeGreaterThan(0);
  });

  it('with no quota left there is no note, only the banner', () => {
    const { em } = dueWorld();
    fill(em);
    em.setQuota(OWNER, 0);
    em.advance('3h');
    expect(em.outbox).toHaveLength(0);
    expect(banner(em)).toMatch(/full/);
  });

  it('when the owner’s own store is full too, the run fails loudly and sends no hourly notes', () => {
    const { em } = dueWorld();
    fill(em);
    const mine = em.properties.user(OWNER);
    mine.set('other.add-on.junk', 'y'.repeat(500 * 1024 - 20_000));
    mine.set('other.add-on.more', 'y'.repeat(20_000 - 'other.add-on.junk'.length - 200));
    const runs = em.advance('3h');
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs)
      expect([r.ok, r.error?.message]).toEqual([
        false,
        expect.stringMatching(/storage in this spreadsheet is full/),
      ]);
    expect(em.outbox).toHaveLength(0);
  });

  it.each([1, 2, 3, 4, 5, 6, 7])(
    'a property write failing at the k-th write (k = %i): nobody twice, nobody lost unnamed',
    (k) => {
      const { em, unapproved } = dueWorld();
      em.faults.failOnCall('Properties.setProperty', { nth: k, error: STORE_FULL });
      let message = '';
      try {
        sendNow(em);
      } catch (error) {
        message = (error as Error).message;
        expect(message).toMatch(/could not record its sends/);
      }
      em.advance('4h');
      const counts = expectNoDuplicateOrStranger(em, unapproved);
      const told = `${banner(em) ?? ''} ${notes(em)
        .map((n) => n.body)
        .join(' ')}`;
      for (const address of APPROVED.filter((a) => !counts.has(a))) expect(told).toContain(address);
      // Whoever was owed the email and is not "maybe sent" got it by the next runs, and the
      // notice of the failed write is gone after them.
      if (message !== '') expect(banner(em) ?? '').not.toMatch(/could not record its sends/);
      // At most one note a day about it, however many runs failed.
      const storeNotes = notes(em).filter((n) => /Weekly plan email not sent/.test(n.subject));
      expect(storeNotes.length).toBeLessThanOrEqual(1);
    },
  );
});

describe('a service error in the middle of a write', () => {
  it('on-edit: the prospect’s edit stays, the handler does not fail, the error is logged', () => {
    const { em, planSheet, headerRow } = freshWorld();
    em.faults.failOnCall('Range.setValues');
    const { runs } = em
      .as('prospect@customer.example')
      .edit(`${planSheet}!H${headerRow + 1}`, 'Done');
    em.as(OWNER);
    expect(runs.every((r) => r.ok)).toBe(true);
    const cell = em.workbook
      .requireSheet(planSheet)
      .read({ row: headerRow + 1, column: 8, numRows: 1, numColumns: 1 });
    expect(cell.values[0][0]).toBe('Done');
    expect(em.log.some((line) => line.includes('onPlanEdit'))).toBe(true);
  });

  it('refreshFormatting: fails with the service’s error, and a retry leaves the same rules as a clean run', () => {
    const clean = freshWorld();
    clean.em.call('refreshFormatting');
    const rules = (em: Emulator, sheet: string) =>
      em.workbook.requireSheet(sheet).conditionalRules.length;
    const expected = rules(clean.em, clean.planSheet);

    const { em, planSheet } = freshWorld();
    em.faults.failOnCall('Sheet.setConditionalFormatRules');
    expect(() => em.call('refreshFormatting')).toThrow(/server error/);
    em.call('refreshFormatting');
    expect(rules(em, planSheet)).toBe(expected);
  });

  // A createPlan that fails half-way must not strand a partial plan: the owner retries (a
  // refusal is fine) or refreshes, and ends up with every tab, the edit trigger and a readable plan.
  it.each([
    ['Range.setValues', 1],
    ['Range.setValues', 2],
    ['Range.setValues', 3],
    ['Range.setDataValidations', 1],
    ['Spreadsheet.insertSheet', 2],
    ['Spreadsheet.insertSheet', 3],
    ['Sheet.setConditionalFormatRules', 1],
    // createPlan stores the plan's record and details in one write.
    ['Properties.setProperties', 1],
  ])(
    'createPlan failing at %s #%i: a retry (or refreshFormatting) completes the plan',
    (key, nth) => {
      const e = new Emulator({
        codePath: ADDON_CODE_PATH,
        now: `${TODAY}T08:00:00`,
        timeZone: 'America/New_York',
        user: OWNER,
      }).load();
      const options = {
        template: 'enterprise',
        customer: 'Acme',
        vendor: 'Globex',
        signatureDate: '2027-01-29',
      };
      e.faults.failOnCall(key as string, { nth: nth as number });
      expect(() => e.call('createPlan', options)).toThrow();
      try {
        e.call('createPlan', options);
      } catch {
        // A refusal is fine if refreshFormatting completes the plan.
      }
      e.call('refreshFormatting');
      expect(e.workbook.getSheetByName('Stakeholders')).not.toBeNull();
      expect(e.triggers().some((t) => t.handler === 'onPlanEdit')).toBe(true);
    },
  );
});
