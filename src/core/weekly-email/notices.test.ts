import {
  MAX_DETAIL_CHARS,
  MAX_UNREADABLE_CHARS,
  mergeNotices,
  NO_NOTICES,
  nextStoreNotice,
  parseNotices,
  parseStoreNotice,
  serializeNotices,
  type FailureFacts,
} from './notices';

describe('what the owner was told', () => {
  it('round-trips, and reads a damaged value as nothing told', () => {
    const notices = {
      reauthNotifiedOn: '2026-10-12',
      planGoneAt: '2026-10-12T13:00:00.000Z',
      planUnreadable: 'The plan lacks Status.',
    };
    expect(parseNotices(serializeNotices(notices))).toEqual(notices);
    for (const raw of [undefined, '', '{', '[]']) expect(parseNotices(raw)).toEqual(NO_NOTICES);
    expect(parseNotices('{"reauthNotifiedOn":"2026-02-30","planGoneAt":3}')).toEqual(NO_NOTICES);
  });

  it('changes only what it is given, and cuts a long message as it is stored', () => {
    const told = { ...NO_NOTICES, planGoneAt: '2026-10-12T13:00:00.000Z' };
    const merged = mergeNotices(told, { planUnreadable: `The tab '${'x'.repeat(5000)}'` });
    expect(merged.planGoneAt).toBe(told.planGoneAt);
    expect(merged.planUnreadable?.length).toBeLessThanOrEqual(MAX_UNREADABLE_CHARS);
    // What is read back compares equal to what was merged, so it is not rewritten hourly.
    expect(parseNotices(serializeNotices(merged))).toEqual(merged);
    expect(mergeNotices(merged, {})).toEqual(merged);
  });
});

const facts: FailureFacts = {
  at: '2026-11-02T14:10:00.000Z',
  full: true,
  detail: 'You have exceeded the property storage quota.',
  sentBefore: 0,
  usedBytes: 512_000,
  digestBytes: 12_288,
};

describe('the notice of a run that could not save', () => {
  it('keeps when the trouble started and the day of the last note across failures', () => {
    const first = nextStoreNotice(null, facts);
    expect(first).toMatchObject({ since: facts.at, at: facts.at, notifiedOn: null });
    const noted = { ...first, notifiedOn: '2026-11-02' };
    const later = nextStoreNotice(noted, { ...facts, at: '2026-11-02T15:10:00.000Z' });
    expect(later).toMatchObject({
      since: facts.at,
      at: '2026-11-02T15:10:00.000Z',
      notifiedOn: '2026-11-02',
    });
  });

  it('stores a cleaned, bounded message and reads back what it wrote', () => {
    const notice = nextStoreNotice(null, { ...facts, detail: `bad\r\nline ${'x'.repeat(500)}` });
    expect(notice.detail).not.toMatch(/[\r\n]/);
    expect(notice.detail.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
    expect(parseStoreNotice(JSON.stringify(notice))).toEqual(notice);
    expect(JSON.stringify(notice).length).toBeLessThan(600);
  });

  it('reads a damaged value as no notice', () => {
    for (const raw of [null, '', '{', '[]', '{"since":1}'])
      expect(parseStoreNotice(raw)).toBeNull();
  });
});
