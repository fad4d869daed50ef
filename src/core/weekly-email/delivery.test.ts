import fc from 'fast-check';
import {
  emptyLedger,
  openLedger,
  serializeLedger,
  type DeliveryLedger,
  markFailed,
  markPending,
  markSent,
} from './ledger';
import { closeRun, ledgerIfAllSent, MAX_FAILURES_PER_RECIPIENT, planDelivery } from './delivery';

const PERIOD = '2024-03-11';
const NOW = '2024-03-11T17:00:00.000Z';
const LATER = '2024-03-11T18:00:00.000Z';
const PEOPLE = ['a@x.example', 'b@x.example', 'c@y.example', 'd@y.example'];

function ledgerWith(partial: Partial<DeliveryLedger>): DeliveryLedger {
  return { ...emptyLedger(PERIOD), ...partial };
}

describe('planDelivery', () => {
  it('sends everyone on a fresh period, deduplicated and lower-cased', () => {
    const plan = planDelivery({
      ledger: emptyLedger(PERIOD),
      recipients: ['A@x.example', 'a@X.example', 'b@x.example'],
      remainingQuota: 100,
      now: NOW,
    });
    expect(plan.toSend).toEqual(['a@x.example', 'b@x.example']);
    expect(plan.complete).toBe(false);
    expect(plan.ledger.attempts).toBe(1);
    expect(plan.quotaShort).toBeNull();
  });

  it('skips those already sent and completes when nobody is left', () => {
    const ledger = ledgerWith({ sent: { 'a@x.example': NOW } });
    const partial = planDelivery({
      ledger,
      recipients: ['a@x.example', 'b@x.example'],
      remainingQuota: 5,
      now: NOW,
    });
    expect(partial.toSend).toEqual(['b@x.example']);
    expect(partial.alreadySent).toEqual(['a@x.example']);

    const done = planDelivery({
      ledger,
      recipients: ['A@x.example'],
      remainingQuota: 0,
      now: LATER,
    });
    expect(done.toSend).toEqual([]);
    expect(done.complete).toBe(true);
    expect(done.ledger.completedAt).toBe('2024-03-11T18:00:00Z');
    expect(done.ledger.attempts).toBe(0);
  });

  it('treats a leftover pending as maybe-sent: never resent, reported once', () => {
    const ledger = ledgerWith({ pending: { email: 'b@x.example', since: NOW } });
    const plan = planDelivery({ ledger, recipients: PEOPLE, remainingQuota: 10, now: LATER });
    expect(plan.toSend).toEqual(['a@x.example', 'c@y.example', 'd@y.example']);
    expect(plan.newlyUncertain).toEqual(['b@x.example']);
    expect(plan.uncertain).toEqual(['b@x.example']);
    expect(plan.ledger.pending).toBeUndefined();

    const again = planDelivery({
      ledger: plan.ledger,
      recipients: PEOPLE,
      remainingQuota: 10,
      now: LATER,
    });
    expect(again.newlyUncertain).toEqual([]);
    expect(again.uncertain).toEqual(['b@x.example']);
    expect(again.toSend).not.toContain('b@x.example');
  });

  it('sends nobody when the quota cannot cover everyone, and tells the owner once', () => {
    const first = planDelivery({
      ledger: emptyLedger(PERIOD),
      recipients: PEOPLE,
      remainingQuota: 3,
      now: NOW,
    });
    expect(first.toSend).toEqual([]);
    expect(first.quotaShort).toEqual({ needed: 4, remaining: 3 });
    expect(first.notifyOwnerOfQuota).toBe(true);
    expect(first.complete).toBe(false);
    expect(first.ledger.quotaShort).toEqual({
      needed: 4,
      remaining: 3,
      at: '2024-03-11T17:00:00Z',
    });

    const second = planDelivery({
      ledger: first.ledger,
      recipients: PEOPLE,
      remainingQuota: 2,
      now: LATER,
    });
    expect(second.toSend).toEqual([]);
    expect(second.notifyOwnerOfQuota).toBe(false);

    const restored = planDelivery({
      ledger: second.ledger,
      recipients: PEOPLE,
      remainingQuota: 4,
      now: LATER,
    });
    expect(restored.toSend).toEqual(PEOPLE);
    expect(restored.ledger.quotaShort).toBeUndefined();
  });

  it('does not note the owner while no quota at all is left, but does later in the period', () => {
    const none = planDelivery({
      ledger: emptyLedger(PERIOD),
      recipients: PEOPLE,
      remainingQuota: 0,
      now: NOW,
    });
    expect(none.notifyOwnerOfQuota).toBe(false);
    expect(none.ledger.notifiedQuotaAt).toBeUndefined();
    const some = planDelivery({
      ledger: none.ledger,
      recipients: PEOPLE,
      remainingQuota: 1,
      now: LATER,
    });
    expect(some.notifyOwnerOfQuota).toBe(true);
  });

  it('gives up on an address after repeated failures', () => {
    const ledger = ledgerWith({
      failures: { 'a@x.example': MAX_FAILURES_PER_RECIPIENT, 'b@x.example': 1 },
    });
    const plan = planDelivery({
      ledger,
      recipients: ['a@x.example', 'b@x.example'],
      remainingQuota: 10,
      now: NOW,
    });
    expect(plan.givenUp).toEqual(['a@x.example']);
    expect(plan.toSend).toEqual(['b@x.example']);
  });

  it('never plans more sends than the ledger can record', () => {
    const many = Array.from({ length: 400 }, (_, i) => `stakeholder.number.${i}@customer.example`);
    const plan = planDelivery({
      ledger: emptyLedger(PERIOD),
      recipients: many,
      remainingQuota: 1500,
      now: NOW,
    });
    expect(plan.toSend.length).toBeGreaterThan(50);
    expect(plan.overCapacity.length).toBe(400 - plan.toSend.length);
    let ledger = plan.ledger;
    for (const email of plan.toSend) {
      ledger = markSent(markPending(ledger, email, NOW), email, NOW);
    }
    ledger = markFailed(
      markPending(ledger, 'x@y.example', NOW),
      'x@y.example',
      'e'.repeat(999),
      NOW,
    );
    expect(() => serializeLedger(ledger)).not.toThrow();
  });
});

describe('closeRun', () => {
  it('completes the period only when everyone is accounted for', () => {
    const ledger = ledgerWith({ sent: { 'a@x.example': NOW }, uncertain: ['b@x.example'] });
    expect(
      closeRun(ledger, ['a@x.example', 'b@x.example', 'c@y.example'], NOW).completedAt,
    ).toBeUndefined();
    expect(closeRun(ledger, ['a@x.example', 'b@x.example'], NOW).completedAt).toBe(
      '2024-03-11T17:00:00Z',
    );
    const pending = ledgerWith({
      sent: { 'a@x.example': NOW },
      pending: { email: 'b@x.example', since: NOW },
    });
    expect(closeRun(pending, ['a@x.example'], NOW).completedAt).toBeUndefined();
  });
});

describe('ledgerIfAllSent', () => {
  it('is the ledger the run ends with when every send succeeds', () => {
    const decision = planDelivery({
      ledger: ledgerWith({ sent: { 'a@x.example': NOW } }),
      recipients: PEOPLE,
      remainingQuota: 100,
      now: LATER,
    });
    let ledger = decision.ledger;
    for (const email of decision.toSend) {
      ledger = markSent(markPending(ledger, email, LATER), email, LATER);
    }
    expect(ledgerIfAllSent(decision, PEOPLE, LATER)).toEqual(closeRun(ledger, PEOPLE, LATER));
    expect(ledgerIfAllSent(decision, PEOPLE, LATER).completedAt).toBe('2024-03-11T18:00:00Z');
    expect(Object.keys(ledgerIfAllSent(decision, PEOPLE, LATER).sent).sort()).toEqual(
      [...PEOPLE].sort(),
    );
  });
});

/**
 * Runs the server's protocol against a simulated property store and mailbox: each run opens the
 * ledger, plans, stores, then for each address stores pending, sends, stores sent. Runs may die
 * before or after a send, sends may throw, and the quota varies.
 */
describe('delivery protocol under crashes, failures and quota (property)', () => {
  type Run = {
    quota: number;
    dieAt: { index: number; afterSend: boolean } | null;
    failing: string[];
  };
  const runArb: fc.Arbitrary<Run> = fc.record({
    quota: fc.integer({ min: 0, max: 8 }),
    dieAt: fc.option(fc.record({ index: fc.nat({ max: 4 }), afterSend: fc.boolean() }), {
      nil: null,
    }),
    failing: fc.subarray(PEOPLE),
  });

  function simulate(runs: Run[]) {
    let stored: string | null = null;
    const outbox: string[] = [];
    const quotaRuns: { started: number; needed: number; sent: number }[] = [];
    for (const run of runs) {
      const plan = planDelivery({
        ledger: openLedger(stored, PERIOD),
        recipients: PEOPLE,
        remainingQuota: run.quota,
        now: NOW,
      });
      let ledger = plan.ledger;
      stored = serializeLedger(ledger);
      const sentBefore = outbox.length;
      let died = false;
      for (const [i, email] of plan.toSend.entries()) {
        ledger = markPending(ledger, email, NOW);
        stored = serializeLedger(ledger);
        if (run.dieAt?.index === i && !run.dieAt.afterSend) {
          died = true;
          break;
        }
        if (run.failing.includes(email)) {
          ledger = markFailed(ledger, email, new Error('Service invoked too many times'), NOW);
          stored = serializeLedger(ledger);
          continue;
        }
        outbox.push(email);
        if (run.dieAt?.index === i && run.dieAt.afterSend) {
          died = true;
          break;
        }
        ledger = markSent(ledger, email, NOW);
        stored = serializeLedger(ledger);
      }
      if (!died) stored = serializeLedger(closeRun(ledger, PEOPLE, NOW));
      quotaRuns.push({
        started: run.quota,
        needed: plan.toSend.length,
        sent: outbox.length - sentBefore,
      });
    }
    return { ledger: openLedger(stored, PERIOD), outbox, quotaRuns };
  }

  it('mails nobody twice, and everyone once a clean run with quota follows', () => {
    fc.assert(
      fc.property(fc.array(runArb, { maxLength: 12 }), (runs) => {
        const clean: Run = { quota: 100, dieAt: null, failing: [] };
        const { ledger, outbox, quotaRuns } = simulate([...runs, clean]);
        const counts = new Map<string, number>();
        for (const email of outbox) counts.set(email, (counts.get(email) ?? 0) + 1);
        for (const n of counts.values()) expect(n).toBe(1);
        for (const email of PEOPLE) {
          const accounted =
            email in ledger.sent ||
            (ledger.uncertain ?? []).includes(email) ||
            (ledger.failures?.[email] ?? 0) >= MAX_FAILURES_PER_RECIPIENT;
          expect(accounted).toBe(true);
          if (email in ledger.sent) expect(counts.get(email)).toBe(1);
        }
        // All-or-nothing quota: a run never sends more than its quota.
        for (const r of quotaRuns) expect(r.sent).toBeLessThanOrEqual(r.started);
        expect(ledger.completedAt).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('mails everyone exactly once when no run dies and no send fails', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 10 }), (quotas) => {
        const runs = [...quotas, 100].map((quota) => ({ quota, dieAt: null, failing: [] }));
        const { outbox } = simulate(runs);
        expect([...outbox].sort()).toEqual([...PEOPLE].sort());
      }),
    );
  });
});
