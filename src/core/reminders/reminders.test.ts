import fc from 'fast-check';
import { addBusinessDays, addDays, businessDaysBetween } from '../dates';
import { step } from '../../../test/support/test-plan';
import type { Step } from '../plan';
import { reminderSettingsProblem } from '../weekly-email';
import {
  heldOwners,
  mailedToday,
  markReminderDone,
  markReminderPending,
  markRemindersFinished,
  openReminderLedger,
  reminderFor,
  reminderKey,
  remindersDue,
  remindersOwed,
  remindersThisWeek,
  renderReminder,
  sentKeys,
  serializeReminderLedger,
  type RemindersDueInput,
} from '.';

// Monday 7 Dec 2026 … Friday 11 Dec; Thursday 10 Dec is a target date below.
const MON = '2026-12-07';
const TUE = '2026-12-08';
const THU = '2026-12-10';
const FRI = '2026-12-11';
const ANA = 'ana@customer.example';

const owned = (
  row: number,
  name: string,
  targetDate: string,
  email = ANA,
  over: Partial<Step> = {},
) => step(row, { step: name, targetDate, ownerEmail: email, ...over });

function due(steps: Step[], today: string, over: Partial<RemindersDueInput> = {}) {
  return remindersDue({
    steps,
    today,
    daysBefore: 2,
    sent: new Set(),
    mailedToday: new Set(),
    approved: () => true,
    ...over,
  });
}

describe('reminderSettingsProblem', () => {
  it('takes 1 to 5 business days and a boolean', () => {
    expect(reminderSettingsProblem({ enabled: true, daysBefore: 3 })).toBeNull();
    expect(reminderSettingsProblem({ enabled: true, daysBefore: 0 })).toMatch(
      /1 to 5 business days/,
    );
    expect(reminderSettingsProblem({ enabled: true, daysBefore: 2.5 })).toMatch(/1 to 5/);
    expect(reminderSettingsProblem({ enabled: 'yes', daysBefore: 2 })).toMatch(/true or false/);
    expect(reminderSettingsProblem(null)).toMatch(/enabled, daysBefore/);
  });
});

describe('reminderFor', () => {
  const security = owned(8, 'Security review', THU);

  it('asks daysBefore business days ahead, and on every day until the date (a missed run catches up)', () => {
    expect(reminderFor(security, MON, 2)).toBeNull();
    expect(reminderFor(security, TUE, 2)?.kind).toBe('before');
    expect(reminderFor(security, '2026-12-09', 2)?.kind).toBe('before');
    expect(reminderFor(security, THU, 2)).toBeNull();
  });

  it('asks once late on the first business day after the date, catching up two days at most', () => {
    const friday = owned(8, 'Security review', '2026-12-04'); // a Friday
    expect(reminderFor(friday, '2026-12-05', 2)).toBeNull(); // Saturday is no business day
    expect(reminderFor(friday, MON, 2)?.kind).toBe('late');
    expect(reminderFor(friday, '2026-12-09', 2)?.kind).toBe('late');
    expect(reminderFor(friday, THU, 2)).toBeNull();
  });

  it('counts the plan holidays as days off', () => {
    // With Tuesday off, two business days before Thursday is Monday.
    expect(reminderFor(security, MON, 2, [TUE])?.kind).toBe('before');
    expect(reminderFor(security, '2026-12-04', 2, [TUE])).toBeNull();
  });

  it('never reminds a Done or Skipped step, or one without a date', () => {
    for (const status of ['Done', 'Skipped'] as const) {
      expect(reminderFor({ ...security, status }, TUE, 2)).toBeNull();
    }
    expect(reminderFor({ ...security, targetDate: null }, TUE, 2)).toBeNull();
    expect(reminderFor({ ...security, status: 'Blocked' }, TUE, 2)?.kind).toBe('before');
  });

  it('keys by kind, date and name, so a date moved later re-arms the reminder', () => {
    expect(reminderFor(security, TUE, 2)?.key).toBe(
      reminderKey('before', ' Security  Review ', THU),
    );
    expect(reminderKey('before', 'Security review', THU)).not.toBe(
      reminderKey('before', 'Security review', FRI),
    );
  });

  it('over random dates: a before-reminder only inside its window, a late one only in the catch-up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (offset, before) => {
          const today = addBusinessDays(MON, offset);
          const got = reminderFor(security, today, before);
          const left = businessDaysBetween(today, THU);
          if (left > 0) expect(got?.kind ?? null).toBe(left <= before ? 'before' : null);
          else if (left === 0) expect(got).toBeNull();
          else expect(got?.kind ?? null).toBe(-left <= 3 ? 'late' : null);
        },
      ),
    );
  });
});

describe('remindersDue', () => {
  const steps = [
    owned(8, 'Security review', THU),
    owned(9, 'Legal review', FRI, 'ANA@customer.example'),
    owned(10, 'Pricing', THU, 'bob@unapproved.example'),
    owned(11, 'Order form', THU, 'not an address'),
    owned(12, 'Kick-off', THU, ''),
  ];

  it('puts one person’s steps in one email, by date, and holds back the unapproved and invalid', () => {
    const got = due(steps, '2026-12-09', {
      approved: (e) => e.toLowerCase().endsWith('@customer.example'),
    });
    expect(got.due).toEqual([
      {
        email: ANA,
        more: 0,
        items: [
          expect.objectContaining({ step: 'Security review' }),
          expect.objectContaining({ step: 'Legal review' }),
        ],
      },
    ]);
    expect(got.held.map((h) => [h.email, h.reason])).toEqual([
      ['bob@unapproved.example', 'waiting for your approval'],
      ['not an address', expect.stringMatching(/^not an address: /)],
    ]);
  });

  it('sends nothing on a weekend or holiday, nothing already sent, nobody mailed today', () => {
    expect(due(steps, '2026-12-12').due).toEqual([]);
    expect(due(steps, '2026-12-09', { holidays: ['2026-12-09'] }).due).toEqual([]);
    const keys = new Set(due(steps, '2026-12-09').due[0].items.map((i) => i.key));
    expect(
      due(steps, '2026-12-09', { sent: keys, approved: (e) => e.includes('ana') }).due,
    ).toEqual([]);
    expect(
      due(steps, '2026-12-09', { mailedToday: new Set([ANA]) }).due.map((p) => p.email),
    ).not.toContain(ANA);
  });
});

describe('the reminder ledger', () => {
  it('sends each key once: pending before the mail call, sent after; a dead run counts as maybe sent', () => {
    let ledger = openReminderLedger(null, TUE);
    ledger = markReminderPending(ledger, ANA, ['k1', 'k2'], '2026-12-08T09:00:00Z');
    // The execution dies here: the next run finds the pending mark.
    const reopened = openReminderLedger(serializeReminderLedger(ledger), TUE);
    expect([...sentKeys(reopened)].sort()).toEqual(['k1', 'k2']);
    expect(mailedToday(reopened).has(ANA)).toBe(true);

    const done = markReminderDone(
      markReminderPending(reopened, 'bob@x.example', ['k3'], 'now'),
      true,
    );
    expect(sentKeys(done).has('k3')).toBe(true);
    const failed = markReminderDone(
      markReminderPending(done, 'cy@x.example', ['k4'], 'now'),
      false,
    );
    expect(sentKeys(failed).has('k4')).toBe(false);
    expect(mailedToday(failed).has('cy@x.example')).toBe(true);
  });

  it('forgets who was mailed on a new day and keys older than 60 days, and stays within one property', () => {
    let ledger = openReminderLedger(null, TUE);
    ledger = markReminderDone(markReminderPending(ledger, ANA, ['old'], 'now'), true);
    const tomorrow = openReminderLedger(serializeReminderLedger(ledger), addDays(TUE, 1));
    expect(mailedToday(tomorrow).size).toBe(0);
    expect(sentKeys(tomorrow).has('old')).toBe(true);
    expect(
      sentKeys(openReminderLedger(serializeReminderLedger(ledger), addDays(TUE, 61))).has('old'),
    ).toBe(false);

    const big = {
      ...ledger,
      sent: Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [
          reminderKey('before', `Step ${'x'.repeat(60)} ${i}`, THU),
          TUE,
        ]),
      ),
    };
    expect(serializeReminderLedger(big).length).toBeLessThanOrEqual(8 * 1024);
    expect(openReminderLedger('{not json', TUE)).toEqual(openReminderLedger(null, TUE));
  });
});

describe('renderReminder', () => {
  it('asks in the plan’s voice, escapes sheet text and links the plan', () => {
    const mail = renderReminder({
      planTitle: 'Acme × Globex',
      sheetUrl: 'https://docs.google.com/spreadsheets/d/1/edit',
      today: MON,
      person: {
        email: ANA,
        more: 0,
        items: [
          { kind: 'before', row: 8, step: 'Security <b>review</b>', targetDate: THU, key: 'k' },
          { kind: 'late', row: 9, step: '=?UTF-8?B?SGk=?=', targetDate: '2026-12-04', key: 'l' },
        ],
      },
    });
    expect(mail.subject).toBe('Acme × Globex: 2 steps of yours in our plan');
    expect(mail.body).toContain(
      'Our plan shows "Security <b>review</b>" due Thu, Dec 10. Are we still on track?',
    );
    expect(mail.body).toContain(
      'due Fri, Dec 4, and it is still open. Has it happened, or is there a new date?',
    );
    expect(mail.htmlBody).toContain('Security &lt;b&gt;review&lt;/b&gt;');
    expect(mail.htmlBody).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/1/edit">Open the plan</a>',
    );
  });

  it('names the step and its date in the subject when there is one', () => {
    const mail = renderReminder({
      planTitle: 'Acme × Globex',
      sheetUrl: null,
      today: MON,
      person: {
        email: ANA,
        more: 0,
        items: [{ kind: 'before', row: 8, step: 'Security review', targetDate: THU, key: 'k' }],
      },
    });
    expect(mail.subject).toBe('Acme × Globex: Security review, due Thu, Dec 10');
    const encoded = renderReminder({
      planTitle: '=?UTF-8?B?QWNtZQ==?=',
      sheetUrl: null,
      today: MON,
      person: {
        email: ANA,
        more: 0,
        items: [{ kind: 'late', row: 8, step: '=?UTF-8?B?SGk=?=', targetDate: MON, key: 'k' }],
      },
    });
    expect(encoded.subject).not.toContain('=?U');
    expect(mail.body).toContain('change the date or status in the shared sheet');
  });
});

describe('remindersOwed and remindersThisWeek', () => {
  const settings = { enabled: true, daysBefore: 2 };
  const fresh = openReminderLedger(null, TUE);

  it('reads the plan only on business days from the schedule hour until the day is finished', () => {
    const clock = { settings, hour: 9, today: TUE, hourNow: 9 };
    expect(remindersOwed(clock, fresh)).toBe(true);
    expect(remindersOwed({ ...clock, hourNow: 8 }, fresh)).toBe(false);
    expect(remindersOwed({ ...clock, today: '2026-12-12' }, fresh)).toBe(false);
    expect(remindersOwed({ ...clock, holidays: [TUE] }, fresh)).toBe(false);
    expect(remindersOwed({ ...clock, settings: { ...settings, enabled: false } }, fresh)).toBe(
      false,
    );
    expect(remindersOwed(clock, markRemindersFinished(fresh))).toBe(false);
    const nextDay = openReminderLedger(
      serializeReminderLedger(markRemindersFinished(fresh)),
      '2026-12-09',
    );
    expect(remindersOwed({ ...clock, today: '2026-12-09' }, nextDay)).toBe(true);
  });

  it('lists each step and kind once this week: sent, will send, or held with the reason', () => {
    const steps = [
      owned(8, 'Security review', THU),
      owned(9, 'Pricing', THU, 'bob@unapproved.example'),
      owned(10, 'Order form', '2026-12-03'), // late since Friday: its late day was Monday
    ];
    const sentA = reminderKey('before', 'Security review', THU);
    const ledger = { ...openReminderLedger(null, '2026-12-09'), sent: { [sentA]: TUE } };
    const week = remindersThisWeek({
      steps,
      today: '2026-12-09',
      daysBefore: 2,
      ledger,
      approved: (e) => e === ANA,
    });
    expect(week.map((r) => [r.step, r.kind, r.on, r.state])).toEqual([
      ['Security review', 'before', TUE, 'sent'],
      ['Pricing', 'before', TUE, 'waiting for approval'],
      ['Security review', 'late', FRI, 'will send'],
      ['Pricing', 'late', FRI, 'waiting for approval'],
    ]);
  });
});

describe('a long plan', () => {
  it('asks about at most ten steps per email and says how many more; the ledger stays small', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      owned(8 + i, `Step ${i} ${'x'.repeat(40)}`, THU),
    );
    const [person] = due(many, TUE).due;
    expect(person.items).toHaveLength(10);
    expect(person.more).toBe(30);
    const mail = renderReminder({ planTitle: 'Acme', sheetUrl: null, today: TUE, person });
    expect(mail.body).toContain('30 more of your steps come up soon; the plan lists them.');
    let ledger = openReminderLedger(null, TUE);
    for (let day = 0; day < 60; day++) {
      ledger = openReminderLedger(serializeReminderLedger(ledger), addDays(TUE, day));
      const keys = Array.from({ length: 100 }, (_, i) =>
        reminderKey('before', `Step ${day}-${i}`, THU),
      );
      ledger = markReminderDone(markReminderPending(ledger, ANA, keys, 'now'), true);
      expect(serializeReminderLedger(ledger).length).toBeLessThanOrEqual(8 * 1024);
    }
    // The newest day's keys are always kept.
    const reopened = openReminderLedger(serializeReminderLedger(ledger), addDays(TUE, 59));
    expect(sentKeys(reopened).has(reminderKey('before', 'Step 59-99', THU))).toBe(true);
  });
});

describe('heldOwners', () => {
  it('names each open step owner no reminder reaches once, with why', () => {
    const steps = [
      owned(8, 'A', THU, 'bob@unapproved.example'),
      owned(9, 'B', FRI, 'BOB@unapproved.example'),
      owned(10, 'C', THU, 'not an address'),
      owned(11, 'D', THU),
      owned(12, 'E', THU, 'done@unapproved.example', { status: 'Done' }),
    ];
    expect(heldOwners(steps, (e) => e === ANA)).toEqual([
      { email: 'bob@unapproved.example', reason: 'waiting for your approval' },
      { email: 'not an address', reason: expect.stringMatching(/space|@/) },
    ]);
  });
});
