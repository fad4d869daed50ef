// One schedule owner per spreadsheet: a colleague is told who owns it, can take it over only on
// purpose, and the old owner's trigger then retires itself. Re-authorization: the owner is told
// at most once a day, and the email resumes once they authorize again.
import { Emulator } from '../../../dev/emulator';
import { ADDON_CODE_PATH } from '../../../dev/addon-bundle';
import { dateKeyOfInstant } from '../../../src/core/dates';
import type { DigestStateJson } from '../../../src/shared/api';
import { APPROVED, CHAMPION, COLLEAGUE, digestWorld, OWNER, WEEKLY } from '../../support/world';
import {
  digests,
  digestState,
  expectExactlyOncePerPeriod,
  notes,
  tickTriggers,
} from '../../support/weekly-oracle';

jest.setTimeout(120_000);

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
    em.advance('7d');
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
