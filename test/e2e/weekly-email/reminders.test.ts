// Step-owner reminders through the built add-on, hour by hour across a week in St. John's
// (UTC-3:30): the approved owner of a step gets one email a day at the schedule's hour on
// business days (a reminder two business days before the date, one on the first business day
// late), nobody unapproved gets anything, nothing goes twice, and a date moved later re-arms.
import type { Emulator, MailRecord } from '../../../dev/emulator';
import type { DigestStateJson } from '../../../src/shared/api';
import { columnOf, letter, stepRows, tab } from '../../support/sheet';
import { wallOf } from '../../support/weekly-oracle';
import { CHAMPION, OWNER, digestWorld, paste } from '../../support/world';

const MAP = 'MAP – Acme';
const STRANGER = 'stranger@elsewhere.example';
const timeZone = 'America/St_Johns';

interface Reminder {
  to: string;
  day: string;
  hour: number;
  lines: string[];
}

const reminders = (em: Emulator, from = 0): Reminder[] =>
  em.outbox
    .slice(from)
    .filter((m: MailRecord) => m.body.includes('Our plan shows'))
    .map((m) => {
      const wall = wallOf(m.sentAt, timeZone);
      return {
        to: m.to.join(','),
        day: wall.day,
        hour: wall.hour,
        lines: m.body.split('\n').filter((l) => l.startsWith('Our plan shows')),
      };
    });

/** Monday 7 Dec 2026, 08:30 in St. John's: Mondays 9:00 weekly email with reminders 2 days ahead. */
function reminderWorld(): { em: Emulator; rows: Record<string, number> } {
  const { em } = digestWorld({
    timeZone,
    now: '2026-12-07T08:30:00',
    settings: { reminders: { enabled: true, daysBefore: 2 } },
  });
  const sheet = tab(em, MAP);
  const steps = stepRows(sheet).slice(0, 5);
  const names = ['A', 'B', 'C', 'D', 'E'];
  const rows = Object.fromEntries(steps.map((s, i) => [names[i], s.row]));
  const col = (h: string) => letter(columnOf(sheet, h));
  // The seller sets who owns what, and when (the edit trigger runs as for any edit).
  const plan: [string, string, string, string][] = [
    ['A', CHAMPION, '2026-12-10', 'In progress'], // before: Tue 8; late: Fri 11
    ['B', CHAMPION, '2026-12-09', 'Not started'], // before: Mon 7; late: Thu 10
    ['C', CHAMPION, '2026-12-04', 'Not started'], // late already: Mon 7
    ['D', STRANGER, '2026-12-10', 'Not started'], // not approved: never
    ['E', CHAMPION, '2026-12-09', 'Done'], // done: never
  ];
  for (const [name, email, date, status] of plan) {
    const row = rows[name];
    paste(em, `${MAP}!${col('Owner email')}${row}`, [[email]], OWNER);
    paste(em, `${MAP}!${col('Target date')}${row}`, [[date]], OWNER);
    paste(em, `${MAP}!${col('Status')}${row}`, [[status]], OWNER);
  }
  return { em, rows };
}

describe('reminders across a week, at 9:00 in St. John’s', () => {
  const { em, rows } = reminderWorld();
  const names = Object.fromEntries(stepRows(tab(em, MAP)).map((s) => [s.row, s.step]));
  const step = (n: string) => names[rows[n]];
  // Each day from 08:30 to 11:30 (the hours between are idle runs), Monday to Saturday.
  const daily = (day: string) => {
    em.setNow(`${day}T08:30:00`);
    em.advance('3h');
  };
  for (const day of ['07', '08', '09', '10']) daily(`2026-12-${day}`);
  const week = reminders(em);
  for (const day of ['11', '12']) daily(`2026-12-${day}`);
  const friday = reminders(em, 0).slice(week.length);

  it('mails the approved owner once a day at 9:00, their due steps together, on business days', () => {
    expect(week.map((r) => [r.to, r.day, r.hour])).toEqual([
      [CHAMPION, '2026-12-07', 9],
      [CHAMPION, '2026-12-08', 9],
      [CHAMPION, '2026-12-10', 9],
    ]);
    expect(week[0].lines).toEqual([
      `Our plan shows "${step('C')}" due Fri, Dec 4, and it is still open. Has it happened, or is there a new date?`,
      `Our plan shows "${step('B')}" due Wed, Dec 9. Are we still on track?`,
    ]);
    expect(week[1].lines).toEqual([
      `Our plan shows "${step('A')}" due Thu, Dec 10. Are we still on track?`,
    ]);
    expect(week[2].lines[0]).toContain(`"${step('B')}" due Wed, Dec 9, and it is still open`);
    expect(friday.map((r) => [r.day, r.lines.length])).toEqual([['2026-12-11', 1]]);
  });

  it('never mails an unapproved owner or a Done step, and runs cleanly', () => {
    expect(em.outbox.some((m) => m.to.includes(STRANGER))).toBe(false);
    // The schedule owner's own weekly copy lists the step owner reminders cannot reach.
    const ownCopy = em.outbox.find(
      (m) =>
        m.to.includes(OWNER) && !m.body.includes('Our plan shows') && m.body.includes(STRANGER),
    );
    expect(ownCopy?.body).toMatch(/waiting for your approval/i);
    expect(em.outbox.some((m) => m.body.includes(`"${step('E')}"`))).toBe(false);
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });

  it('sends nothing twice when runs overlap or repeat', () => {
    const before = em.outbox.length;
    em.call('weeklyDigestTick');
    em.call('weeklyDigestTick');
    expect(em.outbox.length).toBe(before);
  });

  it('lists the week’s reminders in the sidebar with who is waiting for approval', () => {
    const state = em.call('getSidebarState') as { digest: DigestStateJson };
    const listed = (state.digest.reminders ?? []).map((r) => [r.step, r.kind, r.on, r.state]);
    expect(listed).toEqual(
      expect.arrayContaining([
        [step('A'), 'before', '2026-12-08', 'sent'],
        [step('A'), 'late', '2026-12-11', 'sent'],
        // Its before-reminder day is past: what is left this week is the late one.
        [step('D'), 'late', '2026-12-11', 'waiting for approval'],
      ]),
    );
    expect(listed.some(([name]) => name === step('E'))).toBe(false);
    expect(state.digest.settings.reminders).toEqual({ enabled: true, daysBefore: 2 });
  });

  it('re-arms a reminder when its date moves later', () => {
    const before = em.outbox.length;
    const col = letter(columnOf(tab(em, MAP), 'Target date'));
    paste(em, `${MAP}!${col}${rows.A}`, [['2026-12-16']], OWNER); // before: Mon 14
    daily('2026-12-13');
    daily('2026-12-14');
    const next = reminders(em, before);
    expect(next.map((r) => [r.day, r.hour])).toEqual([['2026-12-14', 9]]);
    expect(next[0].lines[0]).toContain(`"${step('A')}" due Wed, Dec 16. Are we still on track?`);
  });
});

describe('reminders either side of the fall-back in New York', () => {
  const { em } = digestWorld({
    timeZone: 'America/New_York',
    now: '2026-10-30T07:30:00', // Friday, still on daylight time
    settings: { reminders: { enabled: true, daysBefore: 2 } },
  });
  const sheet = tab(em, MAP);
  const [first, second] = stepRows(sheet);
  const col = (h: string) => letter(columnOf(sheet, h));
  for (const [row, date] of [
    [first.row, '2026-11-03'], // two business days before: Friday Oct 30
    [second.row, '2026-11-04'], // two business days before: Monday Nov 2, standard time
  ] as const) {
    paste(em, `${MAP}!${col('Owner email')}${row}`, [[CHAMPION]], OWNER);
    paste(em, `${MAP}!${col('Target date')}${row}`, [[date]], OWNER);
  }
  // Friday on daylight time to Monday on standard time, 07:30 to 11:30 each day.
  for (const day of ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']) {
    em.setNow(`${day}T07:30:00`);
    em.advance('4h');
  }

  it('asks at 9:00 local on the Friday before and the Monday after, nothing on the weekend', () => {
    const sent = em.outbox
      .filter((m) => m.body.includes('Our plan shows'))
      .map((m) => [
        wallOf(m.sentAt, 'America/New_York').day,
        wallOf(m.sentAt, 'America/New_York').hour,
      ]);
    expect(sent).toEqual([
      ['2026-10-30', 9],
      ['2026-11-02', 9],
    ]);
    expect(em.executions().filter((e) => !e.ok)).toEqual([]);
  });
});
