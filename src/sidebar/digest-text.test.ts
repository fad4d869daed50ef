import type { DigestStateJson, RecipientJson, SendReportJson } from '../shared/api';
import {
  canManage,
  ownershipText,
  recipientCounts,
  scheduleText,
  sendReportSummary,
  waitingDomains,
  withDomainApproved,
} from './digest-text';

const digest = (owner: string | null, isOwner: boolean): DigestStateJson => ({
  settings: { enabled: true, weekday: 'MONDAY', hour: 9 },
  owner,
  isOwner,
  timeZone: 'Europe/Berlin',
  recipients: [],
  lastSent: null,
  nextRun: null,
  banner: null,
  log: [],
});

const recipient = (email: string, state: RecipientJson['state']): RecipientJson => ({
  row: 2,
  name: '',
  email,
  state,
});

const report = (overrides: Partial<SendReportJson>): SendReportJson => ({
  period: '2025-W11',
  sent: [],
  alreadySent: [],
  failed: [],
  waitingForApproval: [],
  message: '',
  ...overrides,
});

describe('who may act on the schedule', () => {
  it('is the owner, or anyone while nobody owns it', () => {
    expect(canManage(digest('me@x.example', true))).toBe(true);
    expect(canManage(digest(null, false))).toBe(true);
    expect(canManage(digest('alice@x.example', false))).toBe(false);
  });

  it('names the other owner and why only they can act', () => {
    const text = ownershipText(digest('alice@x.example', false), 'me@x.example');
    expect(text).toContain('alice@x.example');
    expect(text).toMatch(/only they can change it/);
    expect(ownershipText(digest(null, false), 'me@x.example')).toMatch(/your account \(me@x/);
  });
});

describe('wording', () => {
  it('states the schedule in the sheet’s zone', () => {
    expect(scheduleText({ enabled: true, weekday: 'FRIDAY', hour: 16 }, 'Asia/Tokyo')).toBe(
      'Every Friday, 16:00–17:00 (Asia/Tokyo).',
    );
    expect(scheduleText({ enabled: false, weekday: 'FRIDAY', hour: 16 }, 'UTC')).toMatch(/off/);
  });

  it('counts recipients by state, leaving out empty states', () => {
    expect(
      recipientCounts([
        recipient('a@x.example', 'will receive'),
        recipient('b@y.example', 'waiting for approval'),
      ]),
    ).toBe('1 will receive · 1 waiting for approval');
  });
});

describe('domain approval', () => {
  it('offers each waiting domain once, skipping approved ones', () => {
    const list = [
      recipient('a@acme.example', 'waiting for approval'),
      recipient('b@ACME.example', 'waiting for approval'),
      recipient('c@other.example', 'waiting for approval'),
      recipient('d@known.example', 'waiting for approval'),
      recipient('e@fine.example', 'will receive'),
    ];
    expect(waitingDomains(list, ['Known.example'])).toEqual(['acme.example', 'other.example']);
  });

  it('adds a domain to the saved settings without duplicating it', () => {
    const settings = {
      enabled: true,
      weekday: 'MONDAY' as const,
      hour: 9,
      approvedDomains: ['a.example'],
    };
    expect(withDomainApproved(settings, 'b.example').approvedDomains).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(withDomainApproved(settings, 'A.example').approvedDomains).toEqual(['a.example']);
    expect(settings.approvedDomains).toEqual(['a.example']);
  });
});

describe('sendReportSummary', () => {
  it('is a success only when mail went out and nothing failed', () => {
    expect(sendReportSummary(report({ sent: ['a@x.example'] }))).toEqual({
      tone: 'success',
      text: 'Sent to 1 recipient.',
    });
    const failed = sendReportSummary(
      report({ sent: ['a@x.example'], failed: [{ email: 'b@x.example', error: 'quota' }] }),
    );
    expect(failed.tone).toBe('error');
    expect(failed.text).toContain('b@x.example (quota)');
  });

  it('says nothing was sent, and who waits for approval', () => {
    expect(sendReportSummary(report({}))).toEqual({ tone: 'info', text: 'No email was sent.' });
    const waiting = sendReportSummary(
      report({ message: 'Already sent this week.', waitingForApproval: ['c@y.example'] }),
    );
    expect(waiting.tone).toBe('info');
    expect(waiting.text).toBe('Already sent this week. Not sent until you approve: c@y.example.');
  });
});
