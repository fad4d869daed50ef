import { emptyLedger } from './ledger';
import { markFailed, markPending, markSent } from './record-send';

const T0 = '2024-03-11T17:00:00.500Z';
const T1 = '2024-03-11T17:00:02.000Z';

describe('recording a send', () => {
  it('marks pending before and sent after', () => {
    const pending = markPending(emptyLedger('2024-03-11'), 'Jane@Globex.example', T0);
    expect(pending.pending).toEqual({
      email: 'jane@globex.example',
      since: '2024-03-11T17:00:00Z',
    });
    const sent = markSent(pending, 'jane@globex.example', T1);
    expect(sent.pending).toBeUndefined();
    expect(sent.sent).toEqual({ 'jane@globex.example': '2024-03-11T17:00:02Z' });
  });

  it('refuses a second pending and a second send', () => {
    const pending = markPending(emptyLedger('2024-03-11'), 'a@x.example', T0);
    expect(() => markPending(pending, 'b@x.example', T0)).toThrow(/pending/);
    const sent = markSent(pending, 'a@x.example', T1);
    expect(() => markPending(sent, 'A@X.example', T1)).toThrow(/already sent/);
  });

  it('refuses to mark sent what was not pending', () => {
    expect(() => markSent(emptyLedger('2024-03-11'), 'a@x.example', T1)).toThrow(/not the pending/);
    const pending = markPending(emptyLedger('2024-03-11'), 'a@x.example', T0);
    expect(() => markSent(pending, 'b@x.example', T1)).toThrow(/not the pending/);
  });

  it('counts failures, keeps a clean last error, and forgets them once sent', () => {
    let ledger = markPending(emptyLedger('2024-03-11'), 'a@x.example', T0);
    ledger = markFailed(ledger, 'a@x.example', new Error('Service\r\nunavailable'), T1);
    expect(ledger.pending).toBeUndefined();
    expect(ledger.failures).toEqual({ 'a@x.example': 1 });
    expect(ledger.lastError).toBe('2024-03-11T17:00:02Z a@x.example: Service unavailable');
    ledger = markFailed(markPending(ledger, 'a@x.example', T1), 'a@x.example', 'again', T1);
    expect(ledger.failures).toEqual({ 'a@x.example': 2 });
    ledger = markSent(markPending(ledger, 'a@x.example', T1), 'a@x.example', T1);
    expect(ledger.failures).toBeUndefined();
    expect(Object.keys(ledger.sent)).toEqual(['a@x.example']);
  });
});
