import { emptyLedger } from '../../core/weekly-email/ledger';
import { digestBanner, type BannerFacts } from './state';
import { NO_NOTICES, nextStoreNotice } from './notices';

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
