// The budgets are sums of caps, not measurements: each cap is the real constant of the module
// that enforces it, and the worst case of each value is built with that module's own code.
import { LEDGER_MAX_BYTES } from '../../core/delivery/ledger';
import { LOG_MAX_BYTES } from '../../core/delivery/send-log';
import { utf8Length } from '../../core/delivery/utf8-length';
import { STATUSES } from '../../core/model';
import { step as planStep } from '../../core/digest/test-plan';
import { MAX_SNAPSHOT_STEPS } from '../../core/digest/snapshot';
import { MAX_APPROVALS_BYTES } from './approvals-store';
import { MAX_VIEW_CHARS } from './approved-view';
import { CHUNK_CHARS } from './chunked-json';
import { MAX_UNREADABLE_CHARS, noticeWrites } from './notices';
import { KEYS } from './property-keys';
import { scheduleWrites } from './schedule-config';
import { snapshotWritesOnComplete } from './snapshot-store';
import { nextStoreNotice, storeNoticeKey } from './store-notice';
import { DOCUMENT_BUDGET_BYTES, MAX_OWN_VALUE_BYTES, USER_BUDGET_BYTES } from './storage-budget';

const bytesOf = (writes: Record<string, string>) =>
  Object.entries(writes).reduce((n, [k, v]) => n + utf8Length(k) + utf8Length(v), 0);

function step(i: number) {
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
    const steps = Array.from({ length: MAX_SNAPSHOT_STEPS * 2 }, (_, i) => step(i));
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
