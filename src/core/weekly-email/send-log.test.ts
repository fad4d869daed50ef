import type { SendLogEntryJson } from '../../shared/api';
import {
  appendSendLog,
  LOG_MAX_BYTES,
  makeSendLogEntry,
  MAX_LOG_ENTRIES,
  parseSendLog,
} from './send-log';
import { utf8Length } from './storage';

function entry(i: number, sent: string[] = [`p${i}@x.example`]): SendLogEntryJson {
  return makeSendLogEntry({
    at: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`,
    period: '2024-03-11',
    trigger: 'schedule',
    sent,
    failed: [],
    skipped: '',
  });
}

describe('makeSendLogEntry', () => {
  it('normalizes addresses, cleans errors and bounds lists', () => {
    const e = makeSendLogEntry({
      at: '2024-03-11T09:00:00.123Z',
      period: '2024-03-11',
      trigger: 'manual',
      sent: Array.from({ length: 60 }, (_, i) => `P${i}@X.example`),
      failed: Array.from({ length: 12 }, (_, i) => ({
        email: `F${i}@x.example`,
        error: 'bad\r\nthing ' + 'x'.repeat(500),
      })),
      skipped: '2 waiting for approval',
    });
    expect(e.at).toBe('2024-03-11T09:00:00Z');
    expect(e.sent).toHaveLength(50);
    expect(e.sent[0]).toBe('p0@x.example');
    expect(e.failed).toHaveLength(10);
    expect(e.failed[0].error).not.toMatch(/[\r\n]/);
    expect(Array.from(e.failed[0].error).length).toBeLessThanOrEqual(160);
    expect(e.skipped).toBe('2 waiting for approval; 10 more sent; 2 more failed');
  });
});

describe('appendSendLog', () => {
  it('keeps the newest entries first, at most MAX_LOG_ENTRIES', () => {
    let log: SendLogEntryJson[] = [];
    for (let i = 0; i < MAX_LOG_ENTRIES + 5; i++) log = appendSendLog(log, entry(i));
    expect(log).toHaveLength(MAX_LOG_ENTRIES);
    expect(log[0].sent).toEqual([`p${MAX_LOG_ENTRIES + 4}@x.example`]);
  });

  it('stays within the byte limit with large entries', () => {
    let log: SendLogEntryJson[] = [];
    const many = Array.from({ length: 50 }, (_, i) => `long.address.number.${i}@customer.example`);
    for (let i = 0; i < MAX_LOG_ENTRIES; i++) log = appendSendLog(log, entry(i, many));
    expect(utf8Length(JSON.stringify(log))).toBeLessThanOrEqual(LOG_MAX_BYTES);
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(log.length).toBeLessThan(MAX_LOG_ENTRIES);
  });
});

describe('parseSendLog', () => {
  it('round-trips and drops junk', () => {
    const log = [entry(1), entry(2)];
    expect(parseSendLog(JSON.stringify(log))).toEqual(log);
    expect(parseSendLog(JSON.stringify([...log, { at: 1 }, null, 'x']))).toEqual(log);
    expect(parseSendLog('nope')).toEqual([]);
    expect(parseSendLog(null)).toEqual([]);
    expect(parseSendLog('{}')).toEqual([]);
  });
});
