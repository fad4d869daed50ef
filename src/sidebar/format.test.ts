import type {
  DigestStateJson,
  RecipientJson,
  SendReportJson,
  TemplateSummary,
} from '../shared/api';
import {
  canManage,
  ownershipText,
  recipientCounts,
  scheduleText,
  sendReportSummary,
  waitingDomains,
  withDomainApproved,
  daysLateLabel,
  domainOf,
  formatDay,
  formatInstant,
  hourLabel,
  isDateKey,
  looksLikeEmail,
  missingLabel,
  templateMeta,
  weekdayLabel,
} from './format';

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

describe('isDateKey', () => {
  it('accepts real days only', () => {
    expect(isDateKey('2024-02-29')).toBe(true);
    expect(isDateKey('2025-02-29')).toBe(false);
    expect(isDateKey('2025-13-01')).toBe(false);
    expect(isDateKey('2025-3-1')).toBe(false);
    expect(isDateKey('')).toBe(false);
  });
});

describe('formatDay', () => {
  it('names the weekday and leaves out the current year', () => {
    expect(formatDay('2025-03-28', '2025-01-02')).toBe('Fri 28 Mar');
    expect(formatDay('2026-01-05', '2025-12-30')).toBe('Mon 5 Jan 2026');
    expect(formatDay('2025-03-28')).toBe('Fri 28 Mar 2025');
  });

  it('gives back anything that is not a date key unchanged', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('formatInstant', () => {
  it('shows the wall clock of the given zone, not the machine’s', () => {
    // 08:12 UTC is 09:12 in Berlin (CET) and 00:12 in Los Angeles (PST).
    expect(formatInstant('2025-03-03T08:12:00Z', 'Europe/Berlin')).toBe('Mon 3 Mar 2025, 09:12');
    expect(formatInstant('2025-03-03T08:12:00Z', 'America/Los_Angeles')).toBe(
      'Mon 3 Mar 2025, 00:12',
    );
  });

  it('crosses the date line with the zone', () => {
    expect(formatInstant('2025-03-03T23:30:00Z', 'Asia/Tokyo')).toBe('Tue 4 Mar 2025, 08:30');
  });

  it('falls back to UTC, labelled, for an unknown zone', () => {
    expect(formatInstant('2025-03-03T08:12:00Z', 'Mars/Olympus')).toBe('Mon 3 Mar 2025, 08:12 UTC');
  });
});

describe('labels', () => {
  it('shows an hour as the range the trigger may fire in', () => {
    expect(hourLabel(0)).toBe('00:00–01:00');
    expect(hourLabel(9)).toBe('09:00–10:00');
    expect(hourLabel(23)).toBe('23:00–00:00');
  });

  it('spells weekdays and days late', () => {
    expect(weekdayLabel('WEDNESDAY')).toBe('Wednesday');
    expect(daysLateLabel(1)).toBe('1 day late');
    expect(daysLateLabel(12)).toBe('12 days late');
  });

  it('says what an uncommitted step is missing', () => {
    expect(missingLabel(['owner', 'date'])).toBe('No owner or date');
    expect(missingLabel(['date'])).toBe('No date');
    expect(missingLabel(['owner'])).toBe('No owner');
  });

  it('describes a template by steps and weeks to its goal', () => {
    const template: TemplateSummary = {
      id: 'enterprise',
      name: 'Enterprise',
      description: '',
      stepCount: 14,
      typicalBusinessDays: 60,
      postSignature: false,
    };
    expect(templateMeta(template)).toBe('14 steps · about 12 weeks to signature');
    expect(
      templateMeta({ ...template, stepCount: 1, typicalBusinessDays: 3, postSignature: true }),
    ).toBe('1 step · about 1 week to go-live');
  });

  it('reads email domains and rejects obvious typos', () => {
    expect(domainOf('Dana@ACME.example')).toBe('acme.example');
    expect(domainOf('nobody')).toBe('');
    expect(looksLikeEmail('dana@acme.example')).toBe(true);
    expect(looksLikeEmail('dana@acme')).toBe(false);
    expect(looksLikeEmail('dana acme.example')).toBe(false);
  });
});
