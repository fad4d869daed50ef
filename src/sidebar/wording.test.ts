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
  savedText,
  sendNowPlan,
  historyLine,
  sendReportSummary,
  testReportSummary,
  waitingDomains,
  withDomainApproved,
  daysLateLabel,
  dayText,
  domainOf,
  hourLabel,
  missingLabel,
  momentText,
  templateMeta,
  weekdayLabel,
} from './wording';

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
  it('says a saved schedule’s next run at the sheet’s wall clock, or that it is off', () => {
    const on = { ...digest('me@x.example', true), nextRun: '2025-03-14T15:00:00.000Z' };
    expect(savedText({ ...on, timeZone: 'Asia/Tokyo' }, '2025-03-10')).toBe(
      'Saved ✓ · next run Sat, Mar 15 at 00:00',
    );
    const off = { ...on, settings: { ...on.settings, enabled: false } };
    expect(savedText(off, '2025-03-10')).toBe('Saved ✓ · the weekly email is off');
  });

  it('counts Send now from the server when it says, else from the list, and says why nobody', () => {
    const base = digest('me@x.example', true);
    const listed = { ...base, recipients: [recipient('a@x.example', 'will receive')] };
    expect(sendNowPlan(listed)).toEqual({ count: 1, nobody: null });
    expect(
      sendNowPlan({
        ...listed,
        sendNow: { recipients: [], reason: 'already sent on Mon, Mar 10.' },
      }),
    ).toEqual({ count: 0, nobody: 'Nobody would receive it now: already sent on Mon, Mar 10.' });
    expect(sendNowPlan(base).nobody).toMatch(/ticked for the weekly email/);
    const waiting = { ...base, recipients: [recipient('a@x.example', 'waiting for approval')] };
    expect(sendNowPlan(waiting).nobody).toMatch(/approved/);
  });

  it('says who a run sent to before what it skipped', () => {
    const entry = {
      at: '2025-03-10T14:30:00.000Z',
      period: '2025-W11',
      trigger: 'schedule' as const,
      sent: [],
      failed: [{ email: 'a@x.example', error: 'quota' }],
      skipped: '2 waiting for approval',
    };
    expect(historyLine(entry, 'Europe/Berlin', '2025-03-10')).toBe(
      'Mon, Mar 10 at 15:30 · Scheduled · sent to nobody · 1 failed · skipped: 2 waiting for approval',
    );
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

  it('never offers a public mail provider whole', () => {
    const list = [
      recipient('a@gmail.com', 'waiting for approval'),
      recipient('b@yahoo.co.uk', 'waiting for approval'),
      recipient('c@acme.example', 'waiting for approval'),
    ];
    expect(waitingDomains(list)).toEqual(['acme.example']);
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

  it('is a warning when mail went out but someone waits for approval', () => {
    expect(
      sendReportSummary(report({ sent: ['a@x.example'], waitingForApproval: ['c@y.example'] })),
    ).toEqual({
      tone: 'warning',
      text: 'Sent to 1 recipient. Not sent until you approve: c@y.example.',
    });
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

describe('testReportSummary', () => {
  it('says the test reached me, whoever else waits for approval, me included', () => {
    const waiting = ['me@x.example', 'c@y.example'];
    expect(
      testReportSummary(
        report({
          sent: ['me@x.example'],
          message: 'Test email sent to me@x.example.',
          waitingForApproval: waiting,
        }),
      ),
    ).toEqual({ tone: 'success', text: 'Test email sent to me@x.example.' });
    expect(
      testReportSummary(report({ failed: [{ email: 'me@x.example', error: 'quota' }] })).tone,
    ).toBe('error');
  });
});

describe('dates', () => {
  // The style itself is core's (src/core/dates/text.ts); these pin how the sidebar asks for it.
  it('names the weekday, and the year only when it is not today’s', () => {
    expect(dayText('2025-03-28', '2025-01-02')).toBe('Fri, Mar 28');
    expect(dayText('2026-01-05', '2025-12-30')).toBe('Mon, Jan 5, 2026');
  });

  it('gives back anything that is not a date key unchanged', () => {
    expect(dayText('soon', '2025-01-02')).toBe('soon');
    expect(dayText('2025-02-29', '2025-01-02')).toBe('2025-02-29');
    expect(momentText('never', 'UTC', '2025-01-02')).toBe('never');
  });

  it('shows a moment at the wall clock of the sheet’s zone', () => {
    expect(momentText('2025-03-03T08:12:00Z', 'Europe/Berlin', '2025-03-10')).toBe(
      'Mon, Mar 3 at 09:12',
    );
    expect(momentText('2024-12-31T23:30:00Z', 'Asia/Tokyo', '2024-12-31')).toBe(
      'Wed, Jan 1, 2025 at 08:30',
    );
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

  it('reads email domains', () => {
    expect(domainOf('Dana@ACME.example')).toBe('acme.example');
    expect(domainOf('nobody')).toBe('');
  });
});
