// configureWeeklyDigest as people really call it, and one schedule owner per spreadsheet.
// Weekday names in odd case; hours at the edges; junk refused in words with nothing changed; the
// owner saving twice; a colleague who tries to configure, send or approve (refused, naming the
// owner), then takes the schedule over after this week's email went out, and the old owner's
// trigger retires itself. Four weekly cycles in London across the October change, the script's
// zone in Tokyo: each approved recipient one email per period, whoever owns it.
// Re-authorization: the owner is told at most once a day, and the email resumes once they
// authorize again.
import type { DigestStateJson, SendReportJson, Weekday } from '../../../src/shared/api';
import { Emulator } from '../../../dev/emulator';
import {
  COLLEAGUE,
  errorOf,
  OWNER,
  paste,
  PLAN,
  world,
  APPROVED,
  CHAMPION,
  digestWorld,
  SELLER,
  WEEKLY,
} from '../../support/world';
import {
  digestMails,
  digestState,
  expectOncePerPeriod,
  tickCreatedAt,
  wallOf,
  digests,
  expectExactlyOncePerPeriod,
  notes,
  tickTriggers,
} from '../../support/weekly-oracle';
import { ADDON_CODE_PATH } from '../../../dev/addon-bundle';
import { dateKeyOfInstant } from '../../../src/core/dates';

jest.setTimeout(240_000);

const ZONE = 'Europe/London';
const SETTINGS = {
  enabled: true,
  weekday: 'MONDAY' as Weekday,
  hour: 9,
  approvedDomains: ['vendor.example'],
  approvedEmails: [CHAMPION],
};

function londonWorld(now: string): Emulator {
  const { em } = world({
    timeZone: ZONE,
    scriptTimeZone: 'Asia/Tokyo',
    now,
    authorizedUsers: [OWNER, COLLEAGUE],
    plan: {
      ...PLAN,
      signatureDate: '2027-06-30',
      sellers: [
        { name: 'Olivia Owner', email: OWNER },
        { name: 'Ana Seller', email: SELLER },
        { name: 'Sam Colleague', email: COLLEAGUE },
      ],
    },
  });
  const row = em.workbook.requireSheet('Stakeholders').lastRow() + 1;
  paste(em, `Stakeholders!A${row}`, [['Chris', CHAMPION, 'Prospect', 'Champion', 'TRUE']]);
  return em;
}

function tickOwners(em: Emulator): string[] {
  return em
    .triggers()
    .filter((t) => t.handler === 'weeklyDigestTick')
    .map((t) => t.owner);
}

describe('the weekday as a person types it', () => {
  // The public API spells the weekday 'MONDAY'..'SUNDAY'. Whether other spellings are understood or
  // refused is the add-on's choice; misreading one (another day, a silent default, a crash, or
  // one spelling understood and its neighbour refused) is not.
  const em = londonWorld('2026-10-15T12:00');
  const spellings = ['monday', ' Monday ', 'MON', 'Mon.', 'mOnDaY'];
  const outcomes: string[] = [];

  beforeAll(() => {
    em.call('configureWeeklyDigest', SETTINGS);
  });

  it.each(spellings)(
    '%j is read as MONDAY, or refused in words with nothing changed',
    (weekday) => {
      const before = JSON.stringify([em.toState().properties, em.triggers()]);
      let state: DigestStateJson | null = null;
      let message = '';
      try {
        state = em.call('configureWeeklyDigest', { ...SETTINGS, weekday }) as DigestStateJson;
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      if (state === null) {
        expect(message).toMatch(/^"weekday" must be .*MONDAY.*SUNDAY/);
        expect(JSON.stringify([em.toState().properties, em.triggers()])).toBe(before);
        outcomes.push('refused');
      } else {
        const accepted = state as DigestStateJson;
        expect(accepted.settings.weekday).toBe('MONDAY');
        expect(wallOf(accepted.nextRun as string, ZONE)).toMatchObject({
          day: '2026-10-19',
          weekday: 'MONDAY',
          hour: 9,
        });
        outcomes.push('read as MONDAY');
      }
      expect(tickOwners(em)).toEqual([OWNER]);
    },
  );

  it('treats every spelling alike', () => {
    expect(outcomes).toHaveLength(spellings.length);
    expect(new Set(outcomes).size).toBe(1);
  });

  it('then sends on that Monday at 9:00 local, once each', () => {
    // A day of hourly runs after the save, then the clock jumps over the idle weekend (the
    // period logic is checked hour by hour in schedule.test.ts) to the Monday and its day.
    em.advance('1d');
    em.setNow('2026-10-19T07:30');
    em.advance('1d4h30m');
    const mails = digestMails(em.outbox);
    expectOncePerPeriod(
      mails,
      { timeZone: ZONE, ...SETTINGS },
      [OWNER, SELLER, COLLEAGUE, CHAMPION],
      ['2026-10-19'],
    );
    expect(new Set(mails.map((m) => wallOf(m.sentAt, ZONE).hour))).toEqual(new Set([9]));
  });
});

describe('settings that name no schedule', () => {
  const em = londonWorld('2026-10-15T12:00');
  em.call('configureWeeklyDigest', SETTINGS);

  it.each([
    [{ weekday: 'Funday' }, /"weekday" must be/],
    [{ weekday: 'Mo' }, /"weekday" must be/],
    [{ weekday: '' }, /"weekday" must be/],
    [{ weekday: 1 }, /"weekday" must be/],
    [{ weekday: null }, /"weekday" must be/],
    [{ hour: 24 }, /"hour" must be a whole number from 0 to 23/],
    [{ hour: -1 }, /"hour" must be a whole number from 0 to 23/],
    [{ hour: 9.5 }, /"hour" must be a whole number from 0 to 23/],
    [{ hour: Number.NaN }, /"hour" must be a whole number from 0 to 23/],
    [{ enabled: 'yes' }, /"enabled" must be true or false/],
    [{ approvedDomains: 'vendor.example' }, /"approvedDomains" must be a list/],
    [{ approvedDomains: ['*.customer.example'] }, /is not a domain/],
    [{ approvedEmails: ['chris at customer.example'] }, /is not an email address/],
  ])('%j is refused in words and nothing changes', (bad, message) => {
    const before = JSON.stringify([em.toState().properties, em.triggers()]);
    expect(errorOf(() => em.call('configureWeeklyDigest', { ...SETTINGS, ...bad }))).toMatch(
      message,
    );
    expect(JSON.stringify([em.toState().properties, em.triggers()])).toBe(before);
  });

  it('refuses a call with no settings at all', () => {
    expect(errorOf(() => em.call('configureWeeklyDigest'))).toMatch(/settings are missing/);
    expect(digestState(em).settings).toMatchObject({ enabled: true, weekday: 'MONDAY', hour: 9 });
  });
});

describe('configured twice, by two people, through four weekly cycles', () => {
  // Saturday before the first Monday; London leaves summer time on Sunday 25 October.
  const em = londonWorld('2026-10-17T12:00');
  const periods = ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];
  let tickCreated = 0;

  beforeAll(() => {
    em.call('configureWeeklyDigest', SETTINGS);
    tickCreated = tickCreatedAt(em);
  });

  it('a second save by the owner keeps one trigger and the same next run', () => {
    const first = digestState(em);
    const again = em.call('configureWeeklyDigest', SETTINGS) as DigestStateJson;
    expect(again.nextRun).toBe(first.nextRun);
    expect(tickOwners(em)).toEqual([OWNER]);
    expect(tickCreatedAt(em)).toBe(tickCreated);
  });

  it('the colleague is refused, by name, for every change; nothing of theirs is left behind', () => {
    const asColleague = (name: string, ...args: unknown[]) =>
      errorOf(() => em.callAs(COLLEAGUE, name, ...args));
    for (const message of [
      asColleague('configureWeeklyDigest', { ...SETTINGS, weekday: 'TUESDAY', hour: 10 }),
      asColleague('configureWeeklyDigest', { ...SETTINGS, enabled: false }),
      asColleague('sendWeeklyDigestNow'),
      asColleague('approveRecipients', ['mallory@outsider.example']),
    ]) {
      expect(message).toMatch(new RegExp(`run by ${OWNER}.*take it over`));
    }
    expect(tickOwners(em)).toEqual([OWNER]);
    expect(digestState(em, COLLEAGUE)).toMatchObject({ owner: OWNER, isOwner: false });
    expect(digestState(em).settings).toMatchObject({ weekday: 'MONDAY', hour: 9 });
  });

  it('week 1: everyone approved gets one email; re-saving afterwards sends nothing more', () => {
    em.advance('2d'); // Monday 19 October, 12:00
    em.call('configureWeeklyDigest', SETTINGS);
    em.advance('1d');
    em.setNow('2026-10-24T12:00'); // Saturday: the idle rest of the week jumped over
    expect(digestMails(em.outbox)).toHaveLength(4);
  });

  it('week 2: the colleague takes over after the email went; nobody gets a second one', () => {
    em.advance('2d'); // Monday 26 October, 11:00 GMT: the owner's trigger sent at 9:00
    expect(digestMails(em.outbox)).toHaveLength(8);
    const taken = em.callAs(COLLEAGUE, 'configureWeeklyDigest', {
      ...SETTINGS,
      approvedEmails: [],
      takeOver: true,
    }) as DigestStateJson;
    expect(taken).toMatchObject({ owner: COLLEAGUE, isOwner: true });
    // The champion was approved by the previous owner only: the new owner's approvals count.
    expect(taken.recipients.find((r) => r.email === CHAMPION)?.state).toBe('waiting for approval');
    const report = em.callAs(COLLEAGUE, 'sendWeeklyDigestNow') as SendReportJson;
    expect(report.sent).toEqual([]);
    expect(report.waitingForApproval).toEqual([CHAMPION]);
    em.advance('1d');
    expect(tickOwners(em)).toEqual([COLLEAGUE]);
    expect(errorOf(() => em.call('configureWeeklyDigest', SETTINGS))).toMatch(
      new RegExp(`run by ${COLLEAGUE}`),
    );
  });

  it('weeks 3 and 4 leave the new owner’s account, once each, at 9:00 GMT', () => {
    // The hours around the sends and the DST change ran above; here the clock jumps to each
    // Monday morning.
    for (const monday of periods.slice(2)) {
      em.setNow(`${monday}T08:30`);
      em.advance('3h');
    }
    const mails = digestMails(em.outbox);
    const vendor = [OWNER, SELLER, COLLEAGUE];
    expectOncePerPeriod(
      mails.filter((m) => m.to[0].toLowerCase() !== CHAMPION),
      { timeZone: ZONE, ...SETTINGS },
      vendor,
      periods,
    );
    const champion = mails.filter((m) => m.to[0].toLowerCase() === CHAMPION);
    expect(champion.map((m) => wallOf(m.sentAt, ZONE).day)).toEqual(periods.slice(0, 2));
    const later = mails.filter((m) => m.sentAt >= '2026-10-27');
    expect(new Set(later.map((m) => [m.from, m.replyTo].join()))).toEqual(
      new Set([[COLLEAGUE, COLLEAGUE].join()]),
    );
    expect(new Set(mails.map((m) => wallOf(m.sentAt, ZONE).hour))).toEqual(new Set([9]));
    expect(em.executions().filter((e) => !e.ok && e.kind !== 'call')).toEqual([]);
  });
});

const MONDAY = '2026-10-12';

describe('a colleague and the schedule someone else owns', () => {
  const { em, timeZone } = digestWorld({ now: `${MONDAY}T08:30:00` });
  em.advance('1d');

  it('is refused with the owner named, and no second trigger appears', () => {
    expect(() => em.callAs(COLLEAGUE, 'configureWeeklyDigest', WEEKLY)).toThrow(
      new RegExp(`run by ${OWNER}.*take it over`),
    );
    expect(tickTriggers(em).map((t) => t.owner)).toEqual([OWNER]);
    expect(digestState(em, COLLEAGUE)).toMatchObject({ owner: OWNER, isOwner: false });
  });

  it('takes it over on purpose; the old owner’s trigger removes itself at its next tick', () => {
    const taken = em.callAs(COLLEAGUE, 'configureWeeklyDigest', {
      ...WEEKLY,
      approvedEmails: [CHAMPION],
      approvedDomains: ['vendor.example'],
      takeOver: true,
    }) as DigestStateJson;
    expect(taken).toMatchObject({ owner: COLLEAGUE, isOwner: true });
    em.advance('1h');
    expect(tickTriggers(em).map((t) => t.owner)).toEqual([COLLEAGUE]);
  });

  it('the next week is sent once, from the new owner’s account', () => {
    // A day of the new owner's hourly runs, then the jump to next Monday and its day.
    em.advance('1d');
    em.setNow('2026-10-19T08:30');
    em.advance('1d1h');
    expectExactlyOncePerPeriod(em, timeZone, APPROVED, [MONDAY, '2026-10-19']);
    const week2 = digests(em).filter((m) => m.sentAt >= '2026-10-19');
    expect(new Set(week2.map((m) => m.from))).toEqual(new Set([COLLEAGUE]));
    expect(new Set(week2.map((m) => m.replyTo))).toEqual(new Set([COLLEAGUE]));
    expect(digestState(em, OWNER)).toMatchObject({ owner: COLLEAGUE, isOwner: false });
  });
});

describe('re-authorization needed', () => {
  it('tells the owner at most once a day and sends nothing until they authorize again', () => {
    const world = digestWorld({ now: `${MONDAY}T07:30:00` });
    // Same world, but the owner's authorization is gone (new scopes, revoked access...).
    const em = Emulator.fromState(
      { ...world.em.toState(), authorizedUsers: [COLLEAGUE] },
      { codePath: ADDON_CODE_PATH },
    ).load();
    em.advance('2d');
    expect(digests(em)).toEqual([]);
    // Ticks from Monday 08:30 to Wednesday 07:30: three local days, one note each.
    const told = notes(em);
    const days = told.map((m) => dateKeyOfInstant(Date.parse(m.sentAt), world.timeZone));
    expect(days).toEqual([MONDAY, '2026-10-13', '2026-10-14']);
    expect(told.every((m) => m.to[0] === OWNER && /re-authorize/.test(m.subject))).toBe(true);
    expect(digestState(em).banner).toMatch(/re-authorize/);

    em.authorize(OWNER);
    em.advance('1h');
    expect(
      digests(em)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([...APPROVED].sort());
    expect(digestState(em).banner).toBeNull();
  });
});
