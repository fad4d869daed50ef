import {
  asciiJson,
  CHUNK_CHARS,
  chunkedWrites,
  readChunked,
  KEYS,
  DEFAULT_SCHEDULE,
  readScheduleConfig,
  scheduleWrites,
  validateSettings,
  baselineFor,
  hasClosed,
  readSnapshotRecord,
  snapshotWritesOnComplete,
  DOCUMENT_BUDGET_BYTES,
  MAX_OWN_VALUE_BYTES,
  USER_BUDGET_BYTES,
  guardedProperties,
  StoreWriteError,
} from './document-store';
import { makeDigestSnapshot, MAX_SNAPSHOT_STEPS } from '../../../core/weekly-email/snapshot';
import { type Step, STATUSES } from '../../../core/plan';
import { LEDGER_MAX_BYTES } from '../../../core/weekly-email/ledger';
import { LOG_MAX_BYTES } from '../../../core/weekly-email/send-log';
import { utf8Length } from '../../../core/weekly-email';
import { step as planStep } from '../../../../test/support/test-plan';
import { MAX_APPROVALS_BYTES, MAX_VIEW_CHARS } from './approvals';
import { MAX_UNREADABLE_CHARS, noticeWrites, nextStoreNotice, storeNoticeKey } from '../notices';

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

describe('validateSettings', () => {
  const ok = { enabled: true, weekday: 'TUESDAY', hour: 7 };

  it('accepts settings and keeps approvals only when given', () => {
    expect(validateSettings(ok)).toMatchObject({ ...ok, takeOver: false });
    expect(validateSettings(ok).approvedEmails).toBeUndefined();
    expect(
      validateSettings({ ...ok, approvedDomains: ['a.example'], takeOver: true }),
    ).toMatchObject({
      approvedDomains: ['a.example'],
      takeOver: true,
    });
  });

  it.each(['monday', ' Monday ', 'MON', 'Mon.', 'mOnDaY', 'mond'])(
    'reads the weekday %j as MONDAY',
    (weekday) => {
      expect(validateSettings({ ...ok, weekday }).weekday).toBe('MONDAY');
    },
  );

  it('keeps empty entries (they approve nothing) and any case or leading @', () => {
    expect(
      validateSettings({
        ...ok,
        approvedEmails: ['', 'A@B.example'],
        approvedDomains: ['@X.example'],
      }),
    ).toMatchObject({ approvedEmails: ['', 'A@B.example'], approvedDomains: ['@X.example'] });
  });

  it.each([
    [null, /missing/],
    [{ ...ok, enabled: 'yes' }, /enabled/],
    [{ ...ok, weekday: 'Mo' }, /weekday/],
    [{ ...ok, weekday: 'Funday' }, /weekday/],
    [{ ...ok, weekday: 1 }, /weekday/],
    [{ ...ok, hour: 24 }, /hour/],
    [{ ...ok, hour: 9.5 }, /hour/],
    [{ ...ok, approvedEmails: 'a@b.example' }, /approvedEmails/],
    [{ ...ok, approvedDomains: [3] }, /approvedDomains/],
    [{ ...ok, approvedEmails: ['a@b.example', 'bad'] }, /"approvedEmails": 'bad' is not an email/],
    [{ ...ok, approvedDomains: ['*.evil.example'] }, /'\*\.evil\.example' is not a domain/],
  ])('refuses %j', (input, message) => {
    expect(() => validateSettings(input)).toThrow(message);
  });
});

describe('the stored schedule', () => {
  it('round-trips through its property writes', () => {
    const config = {
      enabled: true,
      weekday: 'FRIDAY' as const,
      hour: 16,
      owner: 'se@vendor.example',
      since: { dateKey: '2026-10-14', hour: 10 },
    };
    expect(readScheduleConfig(scheduleWrites(config))).toEqual(config);
  });

  it('is off without an owner, whatever the stored flag says', () => {
    const writes = scheduleWrites({ ...DEFAULT_SCHEDULE, enabled: true, owner: null });
    expect(readScheduleConfig(writes)).toMatchObject({ enabled: false, owner: null });
  });

  it('reads damaged or foreign values as the defaults', () => {
    expect(readScheduleConfig({ [KEYS.settings]: '{nope' })).toEqual(DEFAULT_SCHEDULE);
    expect(
      readScheduleConfig({
        [KEYS.settings]: JSON.stringify({
          enabled: true,
          weekday: 'Funday',
          hour: 99,
          since: { dateKey: '2026-02-30', hour: 1 },
        }),
        [KEYS.owner]: 'x@y.example',
      }),
    ).toEqual({ ...DEFAULT_SCHEDULE, enabled: true, owner: 'x@y.example' });
  });
});

const step = (row: number, name: string, status: Step['status'], targetDate: string): Step => ({
  row,
  number: String(row),
  phase: '',
  step: name,
  side: 'Joint',
  owner: 'Jo',
  ownerEmail: '',
  targetDate,
  status,
  doneOn: null,
  baselineDate: null,
  notes: '',
});

describe('the "since the last email" baseline', () => {
  const week1 = [step(8, 'Demo', 'Not started', '2026-10-20')];
  const week2 = [step(8, 'Demo', 'Done', '2026-10-22')];

  it('starts with none', () => {
    expect(readSnapshotRecord({})).toBeNull();
    expect(baselineFor(null, '2026-10-12')).toBeNull();
  });

  it('keeps a period’s baseline for its late sends and hands the closing snapshot to the next', () => {
    const closed1 = snapshotWritesOnComplete(null, '2026-10-12', week1, '2026-10-12');
    const r1 = readSnapshotRecord(closed1);
    expect(hasClosed(r1, '2026-10-12')).toBe(true);
    expect(baselineFor(r1, '2026-10-12')).toBeNull();
    expect(baselineFor(r1, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));

    const closed2 = snapshotWritesOnComplete(r1, '2026-10-19', week2, '2026-10-19');
    const r2 = readSnapshotRecord(closed2);
    expect(baselineFor(r2, '2026-10-19')).toEqual(makeDigestSnapshot(week1, '2026-10-12'));
    expect(baselineFor(r2, '2026-10-26')).toEqual(makeDigestSnapshot(week2, '2026-10-19'));
    expect(hasClosed(r2, '2026-10-26')).toBe(false);
  });

  it('fits a 250-step plan', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      step(8 + i, `Step ${i} ${'x'.repeat(50)}`, 'In progress', '2026-12-01'),
    );
    const writes = snapshotWritesOnComplete(null, '2026-10-12', many, '2026-10-12');
    for (const value of Object.values(writes)) expect(value.length).toBeLessThanOrEqual(9000);
    expect(readSnapshotRecord(writes)?.next?.steps).toHaveLength(250);
  });
});

// The budgets are sums of caps, not measurements: each cap is the real constant of the module
// that enforces it, and the worst case of each value is built with that module's own code.

const bytesOf = (writes: Record<string, string>) =>
  Object.entries(writes).reduce((n, [k, v]) => n + utf8Length(k) + utf8Length(v), 0);

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
    const first = snapshotWritesOnComplete(null, '2026-10-05', steps, '2026-10-05');
    const record = snapshotWritesOnComplete(
      { period: '2026-10-05', base: null, next: null },
      '2026-10-12',
      steps,
      '2026-10-12',
    );
    const snapshotValue = Math.max(bytesOf(first), bytesOf(record));
    // Chunks of an older, longer value are left behind; never more than the longest one written.
    const chunks = Object.keys(record).length - 1;
    const snapshot = snapshotValue + chunks * (CHUNK_CHARS + 4);
    const notices = bytesOf(
      noticeWrites({
        reauthNotifiedOn: '2026-10-12',
        planGoneAt: '2026-10-12T13:00:00.000Z',
        planUnreadable: '\u{10ffff}'.repeat(MAX_UNREADABLE_CHARS * 2),
      }),
    );
    const schedule = bytesOf(
      scheduleWrites({
        enabled: true,
        weekday: 'WEDNESDAY',
        hour: 23,
        owner: `${'o'.repeat(64)}@${'d'.repeat(180)}.example`,
        since: { dateKey: '2026-10-12', hour: 23 },
      }),
    );
    const worst =
      LEDGER_MAX_BYTES +
      utf8Length(KEYS.ledger) +
      LOG_MAX_BYTES +
      utf8Length(KEYS.log) +
      MAX_VIEW_CHARS +
      utf8Length(KEYS.approvedView) +
      snapshot +
      notices +
      schedule;
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
      utf8Length(`map.digest.approvals.${id}`) +
      utf8Length(storeNoticeKey(id)) +
      utf8Length(JSON.stringify(notice));
    expect(worst).toBeLessThanOrEqual(USER_BUDGET_BYTES);
  });
});

const FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function failingStore(message: string): GoogleAppsScript.Properties.Properties {
  const map = new Map<string, string>([['kept', '1']]);
  const fail = (): never => {
    throw new Error(message);
  };
  return {
    getProperty: (k) => map.get(k) ?? null,
    getProperties: () => Object.fromEntries(map),
    getKeys: () => [...map.keys()],
    setProperty: fail,
    setProperties: fail,
    deleteProperty: fail,
    deleteAllProperties: fail,
  };
}

describe('guarded document properties', () => {
  it('turns a full store into a StoreWriteError that says so', () => {
    const props = guardedProperties(failingStore(FULL), 'throw');
    let caught: unknown;
    try {
      props.setProperties({ a: '1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreWriteError);
    expect((caught as StoreWriteError).full).toBe(true);
    expect((caught as StoreWriteError).message).toMatch(/storage in this spreadsheet is full/);
  });

  it('tells a passing service error from a full store', () => {
    const props = guardedProperties(
      failingStore('We are sorry, a server error occurred.'),
      'throw',
    );
    expect(() => props.setProperty('a', '1')).toThrow(/could not save.*server error/);
    try {
      props.setProperty('a', '1');
    } catch (error) {
      expect((error as StoreWriteError).full).toBe(false);
    }
  });

  it('ignores failed writes when asked, and still reads', () => {
    const props = guardedProperties(failingStore(FULL), 'ignore');
    expect(() => props.setProperties({ a: '1' }, false)).not.toThrow();
    expect(props.getProperty('kept')).toBe('1');
    expect(props.getProperties()).toEqual({ kept: '1' });
  });

  it('keeps what was sent before the failure', () => {
    const error = StoreWriteError.from(new Error(FULL)).afterSending(['a@x.example']);
    expect(error.sentBefore).toEqual(['a@x.example']);
    expect(error.full).toBe(true);
    expect(StoreWriteError.from(error)).toBe(error);
  });
});
