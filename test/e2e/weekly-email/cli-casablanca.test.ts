// Probe: the weekly email through the emulator's command line as dev/emulator/README.md teaches
// it. A spreadsheet in Casablanca (whose clock goes back an hour for Ramadan on 15 February and
// forward again on 22 March, both at the 02:00 slot), the script's zone in Kiritimati. Run 1
// creates the plan, lets the prospect add a champion and an outsider, switches the email on for
// SUNDAY at 2:00 and advances four weeks with four --advance 7d; runs 2-5 continue one week each
// through --workbook/--out, run 4 with another script zone (which run 5 keeps). Over the eight
// weeks each approved recipient gets exactly one email per period, at the first hourly run that
// reaches 02:00 local, and the outsider none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EmulatorState, MailRecord } from '../../../dev/emulator';
import {
  digestMails,
  expectedSend,
  expectOncePerPeriod,
  firstSlotDay,
  wallOf,
} from '../../support/weekly-oracle';
import { addDays, OWNER, PROSPECT } from '../../support/world';

jest.setTimeout(300_000);

const ROOT = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'map-probe-digest-cli-'));
const file = (name: string) => join(dir, name);

const ZONE = 'Africa/Casablanca';
const SCHEDULE = { timeZone: ZONE, weekday: 'SUNDAY', hour: 2 } as const;
const SELLER = 'ana@vendor.example';
const CHAMPION = 'chris@customer.example';
const OUTSIDER = 'eve@evil.vendor.example';
const APPROVED = [OWNER, SELLER, CHAMPION];

function emulate(out: string, ...args: string[]): EmulatorState {
  // --summary keeps stdout small; the whole state is read back from --out.
  const cli = ['run', '--silent', 'emulate', '--', ...args, '--out', out, '--summary'];
  const run = spawnSync('npm', cli, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) {
    throw new Error(`emulate exited ${run.status} (${run.error?.message}): ${run.stderr}`);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as EmulatorState;
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
      emulate(
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
        ...['--advance', '7d', '--advance', '7d', '--advance', '7d', '--advance', '7d'],
      ),
    );
    for (let run = 2; run <= 5; run++) {
      const zone = run === 4 ? ['--script-tz', 'America/Los_Angeles'] : [];
      states.push(
        emulate(
          file(`run${run}.json`),
          '--workbook',
          file(`run${run - 1}.json`),
          ...zone,
          '--advance',
          '7d',
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
