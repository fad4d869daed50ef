// An execution that dies half-way through the recipient list (a timeout, a crash): those already
// sent are not sent again, the rest are, by the next hourly tick.
import { ExecutionKilled } from '../../../dev/emulator';
import type { Emulator } from '../../../dev/emulator';
import { addStakeholder, APPROVED, digestWorld, OWNER } from '../../support/world';
import {
  digests,
  digestState,
  expectExactlyOncePerPeriod,
  notes,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

const MONDAY = '2026-10-12';
const EXTRA = ['dana@vendor.example', 'eli@vendor.example', 'fay@vendor.example'];
const EVERYONE = [...APPROVED, ...EXTRA];

function world() {
  const w = digestWorld({ now: `${MONDAY}T08:30:00` });
  EXTRA.forEach((email, i) => addStakeholder(w.em, OWNER, [`Extra ${i}`, email, 'Vendor', 'SE']));
  return w;
}

/**
 * Kills the first execution that reaches the given point after its k-th send:
 * 'after-send' = at its next service call (the send went out, the ledger does not know yet);
 * 'after-record' = at the call after that (the send is recorded, the next one not begun).
 */
function killAfter(em: Emulator, k: number, point: 'after-send' | 'after-record'): () => void {
  let sends = 0;
  let callsSince = -1;
  let done = false;
  return em.faults.onCall((call) => {
    if (done) return;
    if (call.key === 'MailApp.sendEmail') {
      sends += 1;
      if (sends === k) callsSince = 0;
      return;
    }
    if (callsSince < 0) return;
    callsSince += 1;
    if (callsSince === (point === 'after-send' ? 1 : 2)) {
      done = true;
      em.faults.kill(`killed after send ${k}`);
    }
  });
}

describe.each([1, 3, 5])('an execution dies after recipient #%i', (k) => {
  it.each(['after-send', 'after-record'] as const)(
    '(%s): the rest are sent by the next tick, nobody twice',
    (point) => {
      const { em, timeZone } = world();
      const stop = killAfter(em, k, point);
      const first = em.advance('1h');
      stop();
      expect(first).toHaveLength(1);
      expect(first[0].ok).toBe(false);
      expect(first[0].error).toBeInstanceOf(ExecutionKilled);
      expect(digests(em)).toHaveLength(k);

      em.advance('1h');
      expectExactlyOncePerPeriod(em, timeZone, EVERYONE, [MONDAY]);
      // Only the "maybe sent" case is worth a note (there is nothing to tell otherwise).
      expect(notes(em)).toHaveLength(point === 'after-send' ? 1 : 0);
      if (point === 'after-send') {
        expect(notes(em)[0].to).toEqual([OWNER]);
        expect(notes(em)[0].body).toContain(digests(em)[k - 1].to[0]);
      }
    },
  );
});

describe('the week after a crash', () => {
  it('goes out to everyone as usual', () => {
    const { em, timeZone } = world();
    const stop = killAfter(em, 2, 'after-send');
    em.advance('1h');
    stop();
    em.advance('7d');
    expectExactlyOncePerPeriod(em, timeZone, EVERYONE, [MONDAY, '2026-10-19']);
    expect(digestState(em).banner).toBeNull();
  });
});

describe('the one send in flight when the run died', () => {
  it('is never sent twice: if the run died just before MailApp took it, it is reported, not resent', () => {
    const { em } = world();
    let sends = 0;
    const stop = em.faults.onCall((call) => {
      if (call.key !== 'MailApp.sendEmail') return;
      sends += 1;
      if (sends === 3) em.faults.kill('killed as the third send began');
    });
    em.advance('1h');
    stop();
    em.advance('2h');
    const got = digests(em).flatMap((m) => m.to);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toHaveLength(EVERYONE.length - 1);
    const missing = EVERYONE.filter((e) => !got.includes(e));
    expect(missing).toHaveLength(1);
    // The owner hears about it twice over: a note, and the banner.
    expect(notes(em)[0].body).toContain(missing[0]);
    expect(digestState(em).banner).toContain(missing[0]);
  });
});
