import {
  compactTime,
  completedPeriodOf,
  emptyLedger,
  LEDGER_MAX_BYTES,
  lastSentAt,
  MAX_HISTORY,
  openLedger,
  serializeLedger,
  type DeliveryLedger,
  markFailed,
  markPending,
  markSent,
} from './ledger';
import { utf8Length } from './storage';

describe('openLedger', () => {
  it('starts empty when nothing is stored or the value is unreadable', () => {
    for (const stored of [
      null,
      undefined,
      '',
      'not json',
      '[]',
      '{"v":2}',
      '{"v":1,"period":"x"}',
    ]) {
      expect(openLedger(stored, '2024-03-11')).toEqual(emptyLedger('2024-03-11'));
    }
  });

  it('round-trips a ledger of the same period', () => {
    const ledger: DeliveryLedger = {
      ...emptyLedger('2024-03-11'),
      sent: { 'a@x.example': '2024-03-11T17:00:00Z' },
      pending: { email: 'b@x.example', since: '2024-03-11T17:00:01Z' },
      uncertain: ['c@x.example'],
      failures: { 'd@x.example': 2 },
      attempts: 3,
      lastError: 'boom',
      quotaShort: { needed: 5, remaining: 2, at: '2024-03-11T16:00:00Z' },
      notifiedQuotaAt: '2024-03-11T16:00:00Z',
    };
    expect(openLedger(serializeLedger(ledger), '2024-03-11')).toEqual(ledger);
  });

  it('drops malformed fields instead of trusting them', () => {
    const stored = JSON.stringify({
      v: 1,
      period: '2024-03-11',
      sent: { 'a@x.example': '2024-03-11T17:00:00Z' },
      pending: { email: 5 },
      uncertain: ['ok@x.example', 7],
      failures: { 'a@x.example': 'many', 'b@x.example': 1 },
    });
    expect(openLedger(stored, '2024-03-11')).toEqual({
      ...emptyLedger('2024-03-11'),
      sent: { 'a@x.example': '2024-03-11T17:00:00Z' },
      uncertain: ['ok@x.example'],
      failures: { 'b@x.example': 1 },
    });
  });

  it('rolls a previous period into a bounded history', () => {
    let ledger = emptyLedger('2024-01-01');
    for (let week = 0; week < MAX_HISTORY + 3; week++) {
      const period = `2024-0${1 + Math.floor(week / 4)}-${String(1 + (week % 4) * 7).padStart(2, '0')}`;
      ledger = openLedger(serializeLedger(ledger), period);
      ledger = {
        ...ledger,
        sent: { 'a@x.example': `${period}T09:00:00Z`, 'b@x.example': `${period}T09:00:05Z` },
        completedAt: `${period}T09:00:06Z`,
      };
    }
    const next = openLedger(serializeLedger(ledger), '2024-12-30');
    expect(next.sent).toEqual({});
    expect(next.history).toHaveLength(MAX_HISTORY);
    expect(next.history![0]).toEqual({
      period: ledger.period,
      sent: 2,
      lastSentAt: `${ledger.period}T09:00:05Z`,
      complete: true,
    });
    expect(lastSentAt(next)).toBe(`${ledger.period}T09:00:05Z`);
  });
});

describe('serializeLedger', () => {
  it('drops history before giving up, and throws past the limit', () => {
    const history = Array.from({ length: MAX_HISTORY }, (_, i) => ({
      period: `2023-01-0${i + 1}`,
      sent: 1,
      lastSentAt: '2023-01-01T00:00:00Z',
      complete: true,
    }));
    const sent: Record<string, string> = {};
    let i = 0;
    while (utf8Length(JSON.stringify(sent)) < LEDGER_MAX_BYTES - 300) {
      sent[`person${i++}@example.com`] = '2024-03-11T09:00:00Z';
    }
    const json = serializeLedger({ ...emptyLedger('2024-03-11'), sent, history });
    expect(utf8Length(json)).toBeLessThanOrEqual(LEDGER_MAX_BYTES);
    expect(JSON.parse(json).sent).toEqual(sent);
    expect(JSON.parse(json).history.length).toBeLessThan(MAX_HISTORY);

    for (let j = 0; j < 50; j++) sent[`more${j}@example.com`] = '2024-03-11T09:00:00Z';
    expect(() => serializeLedger({ ...emptyLedger('2024-03-11'), sent })).toThrow(RangeError);
  });

  it('cuts an overlong last error', () => {
    const json = serializeLedger({ ...emptyLedger('2024-03-11'), lastError: 'x'.repeat(5000) });
    expect(JSON.parse(json).lastError.length).toBe(300);
  });
});

describe('lastSentAt and compactTime', () => {
  it('finds the latest send or null', () => {
    expect(lastSentAt(emptyLedger('2024-03-11'))).toBeNull();
    expect(
      lastSentAt({
        ...emptyLedger('2024-03-11'),
        sent: { a: '2024-03-11T09:00:00Z', b: '2024-03-11T10:00:00Z' },
        history: [
          { period: '2024-03-04', sent: 1, lastSentAt: '2024-03-04T09:00:00Z', complete: true },
        ],
      }),
    ).toBe('2024-03-11T10:00:00Z');
  });

  it('drops milliseconds', () => {
    expect(compactTime('2024-03-11T09:00:00.123Z')).toBe('2024-03-11T09:00:00Z');
    expect(compactTime('2024-03-11T09:00:00Z')).toBe('2024-03-11T09:00:00Z');
  });
});

describe('completedPeriodOf', () => {
  it('names the period only once it is completed', () => {
    expect(completedPeriodOf(null)).toBeNull();
    expect(completedPeriodOf(emptyLedger('2024-03-11'))).toBeNull();
    expect(
      completedPeriodOf({ ...emptyLedger('2024-03-11'), completedAt: '2024-03-11T17:00:00Z' }),
    ).toBe('2024-03-11');
  });
});

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
