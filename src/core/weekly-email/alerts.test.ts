import { emptyLedger } from './ledger';
import {
  digestBanner,
  planGoneNote,
  reauthorizeNote,
  storeNoticeBanner,
  storeNoticeNote,
  type BannerFacts,
} from './alerts';
import { NO_NOTICES, nextStoreNotice, type FailureFacts } from './notices';

const facts: BannerFacts = {
  notices: NO_NOTICES,
  ledger: emptyLedger('2026-10-12'),
  owner: 'se@vendor.example',
  enabled: true,
};

describe('the sidebar banner', () => {
  it('is empty when nothing needs the owner', () => {
    expect(digestBanner(facts)).toBeNull();
  });

  it('names the quota shortfall and the owner', () => {
    const ledger = {
      ...facts.ledger,
      quotaShort: { needed: 4, remaining: 2, at: '2026-10-12T13:00:00Z' },
    };
    expect(digestBanner({ ...facts, ledger })).toMatch(
      /se@vendor\.example can send 2 more emails today and it needs 4/,
    );
  });

  it('lists maybe-sent addresses, re-authorization and an unreadable plan', () => {
    const ledger = { ...facts.ledger, uncertain: ['u@x.example'] };
    const notices = {
      ...NO_NOTICES,
      reauthNotifiedOn: '2026-10-12',
      planUnreadable: 'The plan lacks Status.',
    };
    const text = digestBanner({ ...facts, ledger, notices }) ?? '';
    expect(text).toContain('u@x.example');
    expect(text).toMatch(/re-authorize/);
    expect(text).toContain('The plan lacks Status.');
  });

  it('says at once what the plan read now shows, in the words of the run that pauses', () => {
    const problem = "The tab 'Stakeholders' has no 'Weekly email' column.";
    expect(digestBanner({ ...facts, planProblem: problem })).toBe(
      `The weekly email is paused until the plan can be read again: ${problem}`,
    );
    expect(digestBanner({ ...facts, enabled: false, planProblem: problem })).toBe(
      `The weekly email cannot be sent until this is fixed: ${problem}`,
    );
  });

  it('lets a plan read now win over the last run’s stale notice', () => {
    const notices = { ...NO_NOTICES, planUnreadable: 'The plan lacks Status.' };
    expect(digestBanner({ ...facts, notices, planProblem: null })).toBeNull();
    expect(digestBanner({ ...facts, notices, planProblem: 'Email column gone.' })).not.toContain(
      'Status',
    );
    // Not read now (no plan to judge): the notice stands while the email is on, only then.
    expect(digestBanner({ ...facts, notices })).toContain('The plan lacks Status.');
    expect(digestBanner({ ...facts, notices, enabled: false })).toBeNull();
  });

  it('cuts a live problem that quotes a long tab name', () => {
    const text = digestBanner({ ...facts, planProblem: `The tab '${'x'.repeat(5000)}'` }) ?? '';
    expect(text.length).toBeLessThan(600);
  });

  it('says the schedule turned itself off when the plan went away, only while it is off', () => {
    const notices = { ...NO_NOTICES, planGoneAt: '2026-10-12T13:00:00Z' };
    expect(digestBanner({ ...facts, notices, enabled: false })).toMatch(/turned itself off/);
    expect(digestBanner({ ...facts, notices, enabled: true })).toBeNull();
  });
});

describe('the banner of a run that could not save', () => {
  const storeNotice = nextStoreNotice(null, {
    at: '2026-10-12T13:00:00Z',
    full: true,
    detail: 'full',
    sentBefore: 0,
    usedBytes: 512_000,
    digestBytes: 9_000,
  });

  it('is shown while the email is on, beside the other notices', () => {
    const ledger = { ...facts.ledger, uncertain: ['u@x.example'] };
    const text = digestBanner({ ...facts, ledger, storeNotice }) ?? '';
    expect(text).toMatch(/could not record its sends/);
    expect(text).toContain('u@x.example');
  });

  it('is not shown once the email is off (nothing is retried then)', () => {
    expect(digestBanner({ ...facts, storeNotice, enabled: false })).toBeNull();
  });
});

const failure: FailureFacts = {
  at: '2026-11-02T14:10:00.000Z',
  full: true,
  detail: 'You have exceeded the property storage quota.',
  sentBefore: 0,
  usedBytes: 512_000,
  digestBytes: 12_288,
};

describe('what the owner reads about it', () => {
  it('says the storage is full, with its size, that nobody was mailed, and what to do', () => {
    const text = storeNoticeBanner(nextStoreNotice(null, failure));
    expect(text).toMatch(/storage in this spreadsheet is full \(500\.0 KB of 500\.0 KB used/);
    expect(text).toMatch(/own records take 12\.0 KB/);
    expect(text).toMatch(/Nobody was mailed/);
    expect(text).toMatch(/retried every hour/);
    expect(text).toMatch(/clears itself after the next successful run/);
    expect(text).toMatch(/Send a test to me/);
  });

  it('says how many were mailed before a run stopped, and a passing error as such', () => {
    const text = storeNoticeBanner(
      nextStoreNotice(null, { ...failure, full: false, detail: 'server error', sentBefore: 2 }),
    );
    expect(text).toMatch(/could not save .*\(server error\)/);
    expect(text).toMatch(/sent 2 emails before that; nobody else was mailed/);
    expect(text).not.toMatch(/is full/);
  });

  it('gives the note a one-line subject naming the file, and the link', () => {
    const note = storeNoticeNote(nextStoreNotice(null, failure), 'Acme MAP', 'https://x.example/s');
    expect(note.subject).toBe(
      `Weekly plan email not sent: the add-on's storage in "Acme MAP" is full`,
    );
    expect(note.body).toContain('https://x.example/s');
    expect(note.body.length).toBeLessThan(1200);
  });
});

describe('the notes about a schedule that cannot run', () => {
  it('says the schedule turned itself off when the plan went away, naming the file', () => {
    const note = planGoneNote('Acme MAP', 'https://x.example/s');
    expect(note.subject).toBe('Weekly plan email turned off: no plan in "Acme MAP"');
    expect(note.body).toMatch(/removed its schedule and sent nothing/);
    expect(note.body).toContain('https://x.example/s');
  });

  it('asks for authorization again, with the link when Google gives one', () => {
    const withLink = reauthorizeNote('Acme MAP', 'https://x.example/s', 'https://auth.example/a');
    expect(withLink.subject).toMatch(/re-authorize/);
    expect(withLink.body).toContain('follow this link: https://auth.example/a');
    const without = reauthorizeNote('Acme MAP', 'https://x.example/s', null);
    expect(without.body).toContain("add-on's sidebar.");
    expect(without.body).not.toContain('follow this link');
  });
});
