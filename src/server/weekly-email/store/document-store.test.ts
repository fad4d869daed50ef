import {
  closedSnapshotRecord,
  MAX_APPROVALS_BYTES,
  MAX_VIEW_CHARS,
  nextStoreNotice,
  NO_NOTICES,
  prefixBytes,
  utf8Length,
  NO_REMINDERS,
} from '../../../core/weekly-email';
import { emptyLedger, LEDGER_MAX_BYTES, markPending } from '../../../core/weekly-email/ledger';
import { LOG_MAX_BYTES } from '../../../core/weekly-email/send-log';
import { MAX_SNAPSHOT_STEPS } from '../../../core/weekly-email/snapshot';
import { MAX_UNREADABLE_CHARS } from '../../../core/weekly-email/notices';
import { STATUSES } from '../../../core/plan';
import { ReadOnceProperties } from '../../platform/properties';
import { countedProperties } from '../../../../test/support/counted-properties';
import { step as planStep } from '../../../../test/support/test-plan';
import {
  applyDocumentChanges,
  asciiJson,
  CHUNK_CHARS,
  chunkedWrites,
  DIGEST_KEY_PREFIX,
  DOCUMENT_BUDGET_BYTES,
  KEYS,
  MAX_OWN_VALUE_BYTES,
  readChunked,
  readDocumentStore,
  StoreWriteError,
  USER_BUDGET_BYTES,
  writeDocumentStore,
} from './document-store';
import { approvalsKey, storeNoticeKey } from './user-store';

const KEY = 'k';

describe('chunked JSON in properties', () => {
  it('round-trips a small value in one chunk', () => {
    const writes = chunkedWrites(KEY, { a: [1, 'two'] });
    expect(writes[KEY]).toBe('1');
    expect(readChunked(writes, KEY)).toEqual({ a: [1, 'two'] });
  });

  it('spreads a large value over chunks no longer than the limit, and reads it back', () => {
    const value = {
      steps: Array.from({ length: 2000 }, (_, i) => [`key${i}`, '2026-10-12', i % 5]),
    };
    const writes = chunkedWrites(KEY, value);
    const count = Number(writes[KEY]);
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++)
      expect(writes[`${KEY}.${i}`].length).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(readChunked(writes, KEY)).toEqual(value);
  });

  it('escapes non-ASCII so characters count as bytes, and still reads it back', () => {
    const text = 'שלום \u{1f680} é';
    const json = asciiJson({ text });
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it('treats missing, partial or damaged values as absent', () => {
    expect(readChunked({}, KEY)).toBeUndefined();
    const writes = chunkedWrites(KEY, 'x'.repeat(CHUNK_CHARS * 2));
    const { [`${KEY}.1`]: _dropped, ...partial } = writes;
    expect(readChunked(partial, KEY)).toBeUndefined();
    expect(readChunked({ ...writes, [`${KEY}.0`]: '{oops' }, KEY)).toBeUndefined();
    expect(readChunked({ [KEY]: 'two' }, KEY)).toBeUndefined();
  });

  it('ignores chunks left over by a longer value', () => {
    const long = chunkedWrites(KEY, 'y'.repeat(CHUNK_CHARS * 3));
    const short = chunkedWrites(KEY, 'short');
    expect(readChunked({ ...long, ...short }, KEY)).toBe('short');
  });
});

const OWNER = 'se@vendor.example';
const SCHEDULE = {
  enabled: true,
  weekday: 'FRIDAY' as const,
  hour: 16,
  owner: OWNER,
  since: { dateKey: '2026-10-14', hour: 10 },
  reminders: NO_REMINDERS,
};

/** A store the previous version of the add-on wrote, key by key, as it wrote them. */
const PREVIOUS_VERSION: Record<string, string> = {
  'map.plan': '{"sheetId":1}',
  'map.digest.settings':
    '{"enabled":true,"weekday":"FRIDAY","hour":16,"since":{"dateKey":"2026-10-14","hour":10}}',
  'map.digest.owner': OWNER,
  'map.digest.ledger':
    '{"v":1,"period":"2026-10-16","sent":{"a@x.example":"2026-10-16T16:05:00Z"},"attempts":1,"completedAt":"2026-10-16T16:05:01Z"}',
  'map.digest.log':
    '[{"at":"2026-10-16T16:05:01Z","period":"2026-10-16","trigger":"schedule","sent":["a@x.example"],"failed":[],"skipped":""}]',
  'map.digest.notices':
    '{"reauthNotifiedOn":null,"planGoneAt":null,"planUnreadable":"The plan lacks Status."}',
  'map.digest.approvedView':
    '{"v":2,"owner":"se@vendor.example","checked":["a@x.example"],"approved":["a@x.example"],"domains":[]}',
  ...chunkedWrites('map.digest.snapshot', {
    period: '2026-10-16',
    base: null,
    next: { v: 1, on: '2026-10-16', steps: [['abc', '2026-10-20', 0]] },
  }),
};

function opened(initial: Record<string, string>) {
  const store = countedProperties(initial);
  const props = new ReadOnceProperties(store.props, (error) => {
    throw StoreWriteError.from(error);
  });
  return { store, props, doc: readDocumentStore(props) };
}

describe('the document store', () => {
  it('reads everything the previous version stored, in one call', () => {
    const { store, doc } = opened(PREVIOUS_VERSION);
    expect(store.calls).toEqual(['getProperties']);
    expect(doc.schedule).toEqual(SCHEDULE);
    expect(JSON.parse(doc.ledgerJson ?? '')).toMatchObject({ period: '2026-10-16' });
    expect(doc.log).toHaveLength(1);
    expect(doc.notices).toEqual({ ...NO_NOTICES, planUnreadable: 'The plan lacks Status.' });
    expect(doc.approvedView).toMatchObject({ owner: OWNER, approved: ['a@x.example'] });
    expect(doc.snapshot).toMatchObject({ period: '2026-10-16', base: null });
    expect(doc.snapshot?.next?.steps).toEqual([['abc', '2026-10-20', 0]]);
  });

  it('reads an empty store as nothing configured', () => {
    const { doc } = opened({});
    expect(doc).toMatchObject({
      ledgerJson: undefined,
      snapshot: null,
      log: [],
      notices: NO_NOTICES,
    });
    expect(doc.schedule.enabled).toBe(false);
  });

  it('writes every change in one call and returns the store as it now reads', () => {
    const { store, props, doc } = opened(PREVIOUS_VERSION);
    const ledger = markPending(emptyLedger('2026-10-23'), 'b@x.example', '2026-10-23T16:00:00Z');
    const next = writeDocumentStore(props, doc, {
      schedule: SCHEDULE,
      ledger,
      notices: { planUnreadable: null },
      logEntry: {
        at: '2026-10-23T16:00:00Z',
        period: '2026-10-23',
        trigger: 'manual',
        sent: [],
        failed: [],
        skipped: '',
      },
    });
    expect(store.calls).toEqual(['getProperties', 'setProperties']);
    expect(Object.fromEntries(store.map)).toEqual(props.all());
    expect(next).toEqual(readDocumentStore(props));
    expect(next.log).toHaveLength(2);
    expect(next.notices.planUnreadable).toBeNull();
    expect(applyDocumentChanges(doc, { notices: { planUnreadable: null } }).notices).toEqual(
      next.notices,
    );
  });

  it('skips what is already stored: nothing changed costs nothing, one value one setProperty', () => {
    const { store, props, doc } = opened(PREVIOUS_VERSION);
    writeDocumentStore(props, doc, { schedule: SCHEDULE, notices: {} });
    const untouched = opened({});
    writeDocumentStore(untouched.props, untouched.doc, { notices: {} });
    expect(untouched.store.calls).toEqual(['getProperties']);
    writeDocumentStore(props, doc, { ledger: emptyLedger('2026-10-23') });
    expect(store.calls).toEqual(['getProperties', 'setProperty']);
  });

  it('refuses a write whose later records would not fit, writing nothing', () => {
    const { store, props, doc } = opened({ junk: 'x'.repeat(500 * 1024 - 3000) });
    const steps = Array.from({ length: 200 }, (_, i) => planStep(i + 10, { step: `Step ${i}` }));
    const snapshot = closedSnapshotRecord(null, '2026-10-23', steps, '2026-10-23');
    const first = { ledger: emptyLedger('2026-10-23') };
    expect(() => writeDocumentStore(props, doc, first, { roomFor: { snapshot } })).toThrow(
      /storage in this spreadsheet is full: .* in use, and this run needs .* more/,
    );
    expect(store.calls).toEqual(['getProperties']);
    expect(writeDocumentStore(props, doc, first)).toMatchObject({
      ledgerJson: props.get(KEYS.ledger),
    });
  });

  it('turns a failed write into a StoreWriteError that says whether the store is full', () => {
    const full = opened({});
    full.store.failWrites();
    let caught: unknown;
    try {
      writeDocumentStore(full.props, full.doc, { ledger: emptyLedger('2026-10-23') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreWriteError);
    expect((caught as StoreWriteError).full).toBe(true);
    expect(full.props.get(KEYS.ledger)).toBeUndefined();

    const flaky = opened({});
    flaky.store.failWrites('We are sorry, a server error occurred.');
    expect(() =>
      writeDocumentStore(flaky.props, flaky.doc, { ledger: emptyLedger('2026-10-23') }),
    ).toThrow(/could not save.*server error/);
  });

  it('leaves the store as it was when a failed write is let pass', () => {
    const store = countedProperties({});
    const props = new ReadOnceProperties(store.props, () => undefined);
    const doc = readDocumentStore(props);
    store.failWrites();
    expect(writeDocumentStore(props, doc, { ledger: emptyLedger('2026-10-23') })).toBe(doc);
  });

  it('keeps what was sent before a failure', () => {
    const error = StoreWriteError.from(new Error('store is full')).afterSending(['a@x.example']);
    expect(error.sentBefore).toEqual(['a@x.example']);
    expect(error.full).toBe(true);
    expect(StoreWriteError.from(error)).toBe(error);
  });

  it('fits the snapshot of a 250-step plan, however long its names', () => {
    const steps = Array.from({ length: 250 }, (_, i) =>
      planStep(8 + i, { step: `Step ${i} ${'x'.repeat(50)}`, status: 'In progress' }),
    );
    const { props, doc } = opened({});
    const snapshot = closedSnapshotRecord(null, '2026-10-12', steps, '2026-10-12');
    writeDocumentStore(props, doc, { snapshot });
    for (const value of Object.values(props.all())) expect(value.length).toBeLessThanOrEqual(9000);
    expect(readDocumentStore(props).snapshot?.next?.steps).toHaveLength(250);
  });
});

// The budgets are sums of caps, not measurements: each cap is the real constant of the module
// that enforces it, and the worst case of each value is written by the store's own code.

function longStep(i: number) {
  return planStep(i + 10, {
    step: `A step whose name is long enough to matter ${i} ${'ü'.repeat(40)}`,
    targetDate: '2026-12-31',
    status: STATUSES[i % STATUSES.length],
  });
}

describe('the weekly email’s storage budget', () => {
  it('keeps every value it writes below its per-value cap', () => {
    for (const cap of [LEDGER_MAX_BYTES, LOG_MAX_BYTES, CHUNK_CHARS, MAX_VIEW_CHARS]) {
      expect(cap).toBeLessThanOrEqual(MAX_OWN_VALUE_BYTES);
    }
    expect(MAX_APPROVALS_BYTES).toBeLessThanOrEqual(MAX_OWN_VALUE_BYTES);
  });

  it('adds up, at the worst, to less than the document budget', () => {
    const steps = Array.from({ length: MAX_SNAPSHOT_STEPS * 2 }, (_, i) => longStep(i));
    const { props, doc } = opened({});
    // Two periods' snapshots, the second keeping the first as its baseline: the longest value.
    const first = writeDocumentStore(props, doc, {
      snapshot: closedSnapshotRecord(null, '2026-10-05', steps, '2026-10-05'),
    });
    writeDocumentStore(props, first, {
      snapshot: closedSnapshotRecord(first.snapshot, '2026-10-12', steps, '2026-10-12'),
      schedule: {
        enabled: true,
        weekday: 'WEDNESDAY',
        hour: 23,
        owner: `${'o'.repeat(64)}@${'d'.repeat(180)}.example`,
        since: { dateKey: '2026-10-12', hour: 23 },
        reminders: NO_REMINDERS,
      },
      notices: {
        reauthNotifiedOn: '2026-10-12',
        planGoneAt: '2026-10-12T13:00:00.000Z',
        planUnreadable: '\u{10ffff}'.repeat(MAX_UNREADABLE_CHARS * 2),
      },
    });
    // The snapshot's keys: never more chunks than the longest record written (base and next
    // both full, as above), each at most a full chunk, whatever shorter value they now hold.
    const chunks = Number(props.get(KEYS.snapshot));
    const snapshot =
      utf8Length(KEYS.snapshot) +
      String(chunks).length +
      chunks * (CHUNK_CHARS + utf8Length(`${KEYS.snapshot}.${chunks}`));
    const others =
      prefixBytes(props.all(), DIGEST_KEY_PREFIX) - prefixBytes(props.all(), KEYS.snapshot);
    const worst =
      snapshot +
      others +
      LEDGER_MAX_BYTES +
      utf8Length(KEYS.ledger) +
      LOG_MAX_BYTES +
      utf8Length(KEYS.log) +
      MAX_VIEW_CHARS +
      utf8Length(KEYS.approvedView);
    expect(worst).toBeLessThanOrEqual(DOCUMENT_BUDGET_BYTES);
  });

  it('keeps a spreadsheet’s share of the owner’s user store within its budget', () => {
    const notice = nextStoreNotice(null, {
      at: '2026-10-12T13:00:00.000Z',
      full: false,
      detail: '\u{10ffff}'.repeat(1000),
      sentBefore: 50,
      usedBytes: 512_000,
      digestBytes: 49_152,
    });
    const id = 'x'.repeat(44);
    const worst =
      MAX_APPROVALS_BYTES +
      utf8Length(approvalsKey(id)) +
      utf8Length(storeNoticeKey(id)) +
      utf8Length(JSON.stringify(notice));
    expect(worst).toBeLessThanOrEqual(USER_BUDGET_BYTES);
  });
});
