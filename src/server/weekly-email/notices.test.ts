import {
  MAX_DETAIL_CHARS,
  nextStoreNotice,
  parseStoreNotice,
  type FailureFacts,
  storeNoticeBanner,
  storeNoticeNote,
} from './notices';

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

describe('what the owner reads about it', () => {
  it('says the storage is full, with its size, that nobody was mailed, and what to do', () => {
    const text = storeNoticeBanner(nextStoreNotice(null, facts));
    expect(text).toMatch(/storage in this spreadsheet is full \(500\.0 KB of 500\.0 KB used/);
    expect(text).toMatch(/own records take 12\.0 KB/);
    expect(text).toMatch(/Nobody was mailed/);
    expect(text).toMatch(/retried every hour/);
    expect(text).toMatch(/clears itself after the next successful run/);
    expect(text).toMatch(/Send a test to me/);
  });

  it('says how many were mailed before a run stopped, and a passing error as such', () => {
    const text = storeNoticeBanner(
      nextStoreNotice(null, { ...facts, full: false, detail: 'server error', sentBefore: 2 }),
    );
    expect(text).toMatch(/could not save .*\(server error\)/);
    expect(text).toMatch(/sent 2 emails before that; nobody else was mailed/);
    expect(text).not.toMatch(/is full/);
  });

  it('gives the note a one-line subject naming the file, and the link', () => {
    const note = storeNoticeNote(nextStoreNotice(null, facts), 'Acme MAP', 'https://x.example/s');
    expect(note.subject).toBe(
      `Weekly plan email not sent: the add-on's storage in "Acme MAP" is full`,
    );
    expect(note.body).toContain('https://x.example/s');
    expect(note.body.length).toBeLessThan(1200);
  });
});
