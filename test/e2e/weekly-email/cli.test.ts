// The same weekly email driven through the emulator's command line, one invocation per week as a
// developer would (`npm run --silent emulate -- --workbook state.json --advance 7d ...`): four
// weeks across the end of US daylight time, a non-approved address added on the way, a quota
// shortfall on the last Monday that clears the next day.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dateKeyOfInstant, wallClockOf } from '../../../src/core/dates';
import { CHAMPION, OWNER, PLAN, SELLER, WEEKLY } from '../../support/digest-emulator';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..', '..', '..');
const TZ = 'America/New_York';
const NEWCOMER = 'newcomer@elsewhere.example';

interface Summary {
  clock: string;
  lastCall: { name: string; ok: boolean; result?: unknown; error?: string } | null;
  triggers: { handler: string; owner: string }[];
  outbox: { from: string; to: string[]; subject: string; sentAt: string }[];
  failedExecutions: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'map-digest-cli-'));
const state = (n: number) => join(dir, `week${n}.json`);

function emulate(args: string[]): Summary {
  const out = execFileSync('npm', ['run', '--silent', 'emulate', '--', ...args, '--summary'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as Summary;
}

type Mail = Summary['outbox'][number];
/** The summary has no sender name, so notes to the owner are told apart by their subject. */
const isNote = (m: Mail) => /^Globex x Acme MAP: weekly email /.test(m.subject);
const isDigestTo = (m: Mail, to: string) =>
  m.to.includes(to) && m.subject.startsWith('Globex x Acme MAP: ') && !isNote(m);

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
        JSON.stringify([PLAN]),
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
        '7d',
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
        '--advance',
        '7d',
        '--out',
        state(2),
      ]),
    );
    // Week 3 crosses Sunday 2026-11-01, when New York falls back an hour.
    runs.push(emulate(['--workbook', state(2), '--advance', '7d', '--out', state(3)]));
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
