// The weekly email through the emulator's command line as dev/emulator/README.md teaches it,
// one run's --out the next run's --workbook.
//
// New York, one run a week (`--workbook state.json`, the clock set to Monday 08:00 and a few
// hours played; the idle hours between are the schedule matrix's, in schedule.test.ts): four
// weeks across the end of US daylight time, a non-approved address added on the way, a quota
// shortfall on the last Monday that clears the next day.
//
// Casablanca, whose clock goes back an hour for Ramadan on 15 February and forward again on 22
// March, both at the 02:00 slot, the script's zone in Kiritimati: run 1 creates the plan, lets
// the prospect add a champion and an outsider, switches the email on for SUNDAY at 2:00 and
// plays the first four Sunday nights; runs 2-5 one Sunday night each, run 4 with another script
// zone (which run 5 keeps). Each Sunday night is `--now` to just before the slot and a few
// hourly runs (the hour-by-hour weeks in between are the schedule matrix's, in schedule.test.ts).
// Over the eight weeks each approved recipient gets exactly one email per period, at the first
// hourly run that reaches 02:00 local, and the outsider none.
import type { EmulatorState, MailRecord } from '../../../dev/emulator';
import { dateKeyOfInstant, wallClockOf } from '../../../src/core/dates';
import { emulateJson, emulateTo, stateDir } from '../../support/cli';
import { addDays } from '../../support/plan-oracle';
import {
  digestMails,
  expectedSend,
  expectOncePerPeriod,
  firstSlotDay,
  wallOf,
} from '../../support/weekly-oracle';
import { CHAMPION, OWNER, PROSPECT, SELLER, TWO_SELLERS, WEEKLY } from '../../support/world';

const file = stateDir();
const state = (n: number) => file(`week${n}.json`);
const TZ = 'America/New_York';
const NEWCOMER = 'newcomer@elsewhere.example';

interface Summary {
  clock: string;
  lastCall: { name: string; ok: boolean; result?: unknown; error?: string } | null;
  triggers: { handler: string; owner: string }[];
  outbox: { from: string; to: string[]; subject: string; sentAt: string }[];
  failedExecutions: string[];
}

const emulate = (args: string[]) => emulateJson<Summary>([...args, '--summary']);

type Mail = Summary['outbox'][number];
/** The summary has no sender name, so notes to the owner are told apart by their subject. */
const isNote = (m: Mail) => /^Acme × Globex MAP: weekly email /.test(m.subject);
const isDigestTo = (m: Mail, to: string) =>
  m.to.includes(to) && m.subject.startsWith('Acme × Globex MAP: ') && !isNote(m);

describe('four weeks through the CLI', () => {
  const runs: Summary[] = [];

  beforeAll(() => {
    runs.push(
      emulate([
        '--tz',
        TZ,
        '--now',
        '2026-10-12T08:00:00',
        '--call',
        'createPlan',
        '--args',
        JSON.stringify([TWO_SELLERS]),
        '--edit',
        'Stakeholders!A12=Chris Champion',
        '--edit',
        `Stakeholders!B12=${CHAMPION}`,
        '--edit',
        'Stakeholders!C12=Prospect',
        '--edit',
        'Stakeholders!E12=TRUE',
        '--call',
        'configureWeeklyDigest',
        '--args',
        JSON.stringify([WEEKLY]),
        '--advance',
        '3h',
        '--out',
        state(1),
      ]),
    );
    // Week 2: someone adds an address nobody approved.
    runs.push(
      emulate([
        '--workbook',
        state(1),
        '--edit',
        'Stakeholders!A13=New Comer',
        '--edit',
        `Stakeholders!B13=${NEWCOMER}`,
        '--edit',
        'Stakeholders!E13=TRUE',
        '--now',
        '2026-10-19T08:00:00',
        '--advance',
        '3h',
        '--out',
        state(2),
      ]),
    );
    // Week 3; the next Monday is past Sunday 2026-11-01, when New York falls back an hour.
    runs.push(
      emulate([
        '--workbook',
        state(2),
        '--now',
        '2026-10-26T08:00:00',
        '--advance',
        '3h',
        '--out',
        state(3),
      ]),
    );
    // Week 4: on Monday morning the owner has one email of quota left; it comes back overnight.
    runs.push(
      emulate([
        '--workbook',
        state(3),
        '--now',
        '2026-11-02T08:00:00',
        '--quota',
        '1',
        '--advance',
        '1d',
        '--call',
        'getSidebarState',
        '--out',
        state(4),
      ]),
    );
  });

  it('configured once, with one hourly trigger, and no failed execution', () => {
    const final = runs[3];
    expect(final.triggers.filter((t) => t.handler === 'weeklyDigestTick')).toEqual([
      expect.objectContaining({ owner: OWNER }),
    ]);
    for (const run of runs) expect(run.failedExecutions).toEqual([]);
  });

  it('mails each approved recipient once a week at 9:00 New York time, and nobody else', () => {
    const outbox = runs[3].outbox;
    for (const who of [OWNER, SELLER, CHAMPION]) {
      const mine = outbox.filter((m) => isDigestTo(m, who));
      const days = mine.map((m) => dateKeyOfInstant(Date.parse(m.sentAt), TZ));
      // Weeks 1-3 at the hour; week 4 the next day, once the quota came back.
      expect(days).toEqual(['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-03']);
      for (const m of mine.slice(0, 3)) expect(wallClockOf(Date.parse(m.sentAt), TZ).hour).toBe(9);
    }
    const recipients = new Set(outbox.filter((m) => !isNote(m)).flatMap((m) => m.to));
    expect(recipients).toEqual(new Set([OWNER, SELLER, CHAMPION]));
    expect(outbox.some((m) => m.to.includes(NEWCOMER))).toBe(false);
    expect(outbox.every((m) => m.from === OWNER)).toBe(true);
  });

  it('told the owner about the quota once, and the sidebar shows the waiting address', () => {
    const notes = runs[3].outbox.filter(isNote);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ to: [OWNER], subject: expect.stringMatching(/quota/) });
    const sidebar = runs[3].lastCall?.result as {
      digest: { recipients: { email: string; state: string }[]; banner: string | null };
    };
    expect(runs[3].lastCall?.ok).toBe(true);
    expect(sidebar.digest.recipients.find((r) => r.email === NEWCOMER)?.state).toBe(
      'waiting for approval',
    );
    expect(sidebar.digest.banner).toBeNull();
  });
});

const ZONE = 'Africa/Casablanca';
const SCHEDULE = { timeZone: ZONE, weekday: 'SUNDAY', hour: 2 } as const;
const OUTSIDER = 'eve@evil.vendor.example';
const APPROVED = [OWNER, SELLER, CHAMPION];
const FIRST_SUNDAY = '2026-02-15';

/** The steps of Sunday night `week` (0 = the first): the clock at 00:30, then four hours. */
function sundayNight(week: number): string[] {
  return ['--now', `${addDays(FIRST_SUNDAY, 7 * week)}T00:30`, '--advance', '4h'];
}

function tickCreated(state: EmulatorState): number {
  const ticks = state.triggers.filter((t) => t.handler === 'weeklyDigestTick');
  expect(ticks).toHaveLength(1);
  return Date.parse(String(ticks[0].createdAt));
}

const outbox = (state: EmulatorState) => state.mail.outbox as MailRecord[];

describe('eight Sundays at 2:00 in Casablanca through npm run emulate', () => {
  const states: EmulatorState[] = [];

  beforeAll(() => {
    states.push(
      emulateTo(
        file('run1.json'),
        ...['--tz', ZONE, '--script-tz', 'Pacific/Kiritimati', '--now', '2026-02-13T10:00'],
        '--call',
        'createPlan',
        '--args',
        JSON.stringify([
          {
            template: 'velocity',
            customer: 'Acme',
            vendor: 'Globex',
            signatureDate: '2026-12-18',
            sellers: [
              { name: 'Olivia', email: OWNER },
              { name: 'Ana', email: SELLER },
            ],
          },
        ]),
        ...['--as', PROSPECT],
        ...[
          '--edit',
          'Stakeholders!A20=Chris',
          '--edit',
          'Stakeholders!B20= Chris@Customer.Example ',
        ],
        ...['--edit', 'Stakeholders!C20=Prospect', '--edit', 'Stakeholders!E20=TRUE'],
        ...['--edit', 'Stakeholders!A21=Eve', '--edit', `Stakeholders!B21=${OUTSIDER}`],
        ...['--edit', 'Stakeholders!C21=Prospect', '--edit', 'Stakeholders!E21=TRUE'],
        ...['--as', OWNER],
        '--call',
        'configureWeeklyDigest',
        '--args',
        JSON.stringify([
          {
            enabled: true,
            weekday: 'SUNDAY',
            hour: 2,
            approvedDomains: ['VENDOR.example'],
            approvedEmails: [CHAMPION.toUpperCase()],
          },
        ]),
        ...[0, 1, 2, 3].flatMap((week) => sundayNight(week)),
      ),
    );
    for (let run = 2; run <= 5; run++) {
      const zone = run === 4 ? ['--script-tz', 'America/Los_Angeles'] : [];
      states.push(
        emulateTo(
          file(`run${run}.json`),
          '--workbook',
          file(`run${run - 1}.json`),
          ...zone,
          ...sundayNight(run + 2),
        ),
      );
    }
  });

  const slots = () => {
    const first = firstSlotDay(wallOf(tickCreated(states[0]), ZONE), 'SUNDAY', 2);
    return Array.from({ length: 8 }, (_, i) => addDays(first, 7 * i));
  };

  it('switched on without an error, and kept the zones it was given', () => {
    expect(states[0].lastCall).toMatchObject({ name: 'configureWeeklyDigest', ok: true });
    expect(states.map((s) => s.spreadsheet.timeZone)).toEqual(Array(5).fill(ZONE));
    expect(states.map((s) => s.scriptTimeZone)).toEqual([
      'Pacific/Kiritimati',
      'Pacific/Kiritimati',
      'Pacific/Kiritimati',
      'America/Los_Angeles',
      'America/Los_Angeles',
    ]);
    for (const s of states) expect(s.executions.filter((e) => !e.ok)).toEqual([]);
  });

  it('run 1 alone sent the first four weeks, one email each, the outsider none', () => {
    const mails = digestMails(outbox(states[0]));
    expectOncePerPeriod(mails, SCHEDULE, APPROVED, slots().slice(0, 4));
    expect(slots()[0]).toBe('2026-02-15');
  });

  it('each later run added exactly that week’s email for each approved recipient', () => {
    for (let run = 1; run < 5; run++) {
      const mails = digestMails(outbox(states[run]));
      expectOncePerPeriod(mails, SCHEDULE, APPROVED, slots().slice(0, 4 + run));
    }
  });

  it('sent at the first hourly run reaching 02:00 local, through both Ramadan switches', () => {
    const created = tickCreated(states[4]);
    expect(created).toBe(tickCreated(states[0]));
    const expected = slots().map((day) => expectedSend(created, ZONE, day, 2));
    // 15 February repeats 02:00 (the first pass sends); 22 March skips it (03:00 sends).
    expect(expected.map((w) => [w.day, w.hour])).toContainEqual(['2026-03-22', 3]);
    for (const who of APPROVED) {
      const mine = digestMails(outbox(states[4])).filter((m) => m.to[0].toLowerCase() === who);
      expect(mine.map((m) => wallOf(m.sentAt, ZONE))).toEqual(expected);
    }
    const everyone = outbox(states[4]).flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
    expect(everyone.map((t) => t.toLowerCase())).not.toContain(OUTSIDER);
  });
});
