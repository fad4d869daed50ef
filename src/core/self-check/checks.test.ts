import { intlWallTime, type WallTimeParts } from '../dates';
import type { BackgroundRun } from '../portfolio';
import {
  backgroundRunCheck,
  lockCheck,
  mailQuotaCheck,
  propertyCheck,
  scopeCheck,
  selfCheckItems,
  triggerCheck,
  zoneCheck,
} from './checks';
import type { SelfCheckFacts, ZoneFacts, ZoneProbe } from './facts';
import { zoneProbePlan } from './probes';

const PARIS = 'Europe/Paris';
// Sunday 6 December 2026, 15:00 UTC: 16:00 in Paris, which next changes its clocks on 28 March.
const NOW = Date.UTC(2026, 11, 6, 15);
const when = (at: number | string) => new Date(at).toISOString();
const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const ok = <T>(value: T) => ({ ok: true as const, value });
const HOUR = 3_600_000;

function probe(label: string, at: number, intlShift = 0): ZoneProbe {
  return {
    label,
    at,
    intl: ok(intlWallTime(at + intlShift, PARIS)),
    platform: ok(intlWallTime(at, PARIS)),
  };
}

/** The server names the platform's formatter; core only repeats the name it is given. */
const PLATFORM = 'the platform formatter';

function zones(intlShift = 0): ZoneFacts {
  const plan = zoneProbePlan(NOW, PARIS);
  return {
    platformName: PLATFORM,
    nextChange: plan.nextChange,
    probes: plan.probes.map((p) => probe(p.label, p.at, intlShift)),
  };
}

describe('zoneProbePlan', () => {
  it('reads now and either side of the next clock change, or half a year on without one', () => {
    const plan = zoneProbePlan(NOW, PARIS);
    expect(new Date(plan.nextChange!).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(plan.probes.map((p) => [p.label, new Date(p.at).toISOString()])).toEqual([
      ['now', '2026-12-06T15:00:00.000Z'],
      ['an hour before its next clock change', '2027-03-28T00:00:00.000Z'],
      ['an hour after it', '2027-03-28T02:00:00.000Z'],
    ]);
    const kolkata = zoneProbePlan(NOW, 'Asia/Kolkata');
    expect(kolkata.nextChange).toBeNull();
    expect(kolkata.probes.map((p) => p.label)).toEqual(['now', 'in six months']);
  });
});

describe('zoneCheck', () => {
  it('passes when both readers agree at every instant, naming the next clock change', () => {
    const item = zoneCheck(ok(zones()), PARIS, day);
    expect(item.result).toBe('pass');
    expect(item.words).toBe(
      `Intl and ${PLATFORM} give the same wall time in Europe/Paris at 3 instants ` +
        'checked (now; an hour before its next clock change; an hour after it); its clocks ' +
        'next change on 2027-03-28.',
    );
  });

  it('fails with both readings in words when Intl is an hour off, and says what the add-on does', () => {
    const item = zoneCheck(ok(zones(HOUR)), PARIS, day);
    expect(item.result).toBe('fail');
    expect(item.words).toContain(
      `now, Intl reads Dec 6, 2026 at 17:00 where ${PLATFORM} reads Dec 6, 2026 at 16:00`,
    );
    expect(item.words).toContain(`reads every date with ${PLATFORM} (slower, but right)`);
  });

  it('fails when one reading disagrees only across the clock change', () => {
    const facts = zones();
    const before = facts.probes[1];
    facts.probes[2] = {
      ...facts.probes[2],
      intl: before.platform as { ok: true; value: WallTimeParts },
    };
    const item = zoneCheck(ok(facts), PARIS, day);
    expect(item.result).toBe('fail');
    expect(item.words).toContain('an hour after it, Intl reads Mar 28, 2027 at 01:00');
  });

  it('fails in words when the platform refused to answer', () => {
    const facts = zones();
    facts.probes[0] = { ...facts.probes[0], platform: { ok: false, error: 'Invalid argument' } };
    expect(zoneCheck(ok(facts), PARIS, day).words).toContain(
      `now, ${PLATFORM} failed (Invalid argument)`,
    );
  });
});

describe('triggerCheck', () => {
  it('lists the triggers here and the room left of the 20', () => {
    const item = triggerCheck(
      ok({
        here: [
          { handler: 'onPlanEdit', eventType: 'ON_EDIT' },
          { handler: 'weeklyDigestTick', eventType: 'CLOCK' },
        ],
        total: 5,
      }),
    );
    expect(item).toEqual({
      id: 'triggers',
      title: 'Triggers',
      result: 'pass',
      words:
        'You have 2 triggers in this spreadsheet (on edit: onPlanEdit; hourly: weeklyDigestTick); ' +
        '5 of the 20 Google allows you across all your spreadsheets, 15 left.',
    });
  });

  it('fails on two of one type in a spreadsheet, or more than 20 in all', () => {
    const two = triggerCheck(
      ok({
        here: [
          { handler: 'weeklyDigestTick', eventType: 'CLOCK' },
          { handler: 'weeklyDigestTick', eventType: 'CLOCK' },
        ],
        total: 2,
      }),
    );
    expect(two.result).toBe('fail');
    expect(two.words).toContain('more than one of a type (hourly)');
    expect(triggerCheck(ok({ here: [], total: 21 })).result).toBe('fail');
    const full = triggerCheck(ok({ here: [], total: 20 }));
    expect(full.result).toBe('pass');
    expect(full.words).toContain('none left, so a new plan cannot install its triggers');
    expect(triggerCheck({ ok: false, error: 'boom' }).words).toBe(
      'Could not list your triggers: boom',
    );
  });
});

describe('propertyCheck and lockCheck', () => {
  const done = { wrote: true, readBack: true, deleted: true, error: null };

  it('passes a clean round trip in both stores', () => {
    expect(propertyCheck(done, done).result).toBe('pass');
  });

  it('says which store failed, and how far the round trip got', () => {
    const item = propertyCheck(done, {
      ...done,
      wrote: false,
      readBack: false,
      deleted: false,
      error: 'Argument too large',
    });
    expect(item.result).toBe('fail');
    expect(item.words).toBe('A test value could not be written to yours (Argument too large).');
    expect(propertyCheck({ ...done, deleted: false }, done).words).toContain(
      'A test value in this spreadsheet could not be deleted',
    );
  });

  it('fails a run without a document lock, or one that could not take it', () => {
    expect(lockCheck({ available: true, acquired: true, released: true, error: null }).result).toBe(
      'pass',
    );
    expect(
      lockCheck({ available: false, acquired: false, released: false, error: null }).words,
    ).toBe('This run has no document lock, so two changes to the plan could overlap.');
    expect(
      lockCheck({ available: true, acquired: false, released: false, error: null }).result,
    ).toBe('fail');
  });
});

describe('mailQuotaCheck', () => {
  it('passes while recipients are left and fails at none', () => {
    expect(mailQuotaCheck(ok(1)).words).toBe('You can send to 1 more recipient today.');
    expect(mailQuotaCheck(ok(0)).result).toBe('fail');
  });
});

describe('backgroundRunCheck', () => {
  const run: BackgroundRun = {
    at: '2026-12-06T14:00:00Z',
    ok: true,
    outcome: 'checked the schedule; nothing was due',
    hadDocument: true,
    triggerUid: 't1',
  };

  it('reports the last run, its outcome and that it had its document', () => {
    const item = backgroundRunCheck(ok(run), when);
    expect(item.result).toBe('pass');
    expect(item.words).toBe(
      'The last hourly run, 2026-12-06T14:00:00.000Z, had this spreadsheet and checked the ' +
        'schedule; nothing was due.',
    );
  });

  it('fails a run without its document or one that failed; knows nothing before the first run', () => {
    expect(backgroundRunCheck(ok({ ...run, ok: false, hadDocument: false }), when).words).toContain(
      'started without this spreadsheet',
    );
    expect(backgroundRunCheck(ok({ ...run, ok: false, outcome: 'failed: boom' }), when).words).toBe(
      'The last hourly run, 2026-12-06T14:00:00.000Z, failed: boom.',
    );
    expect(backgroundRunCheck(ok(null), when).result).toBe('unknown');
  });
});

describe('scopeCheck', () => {
  const required = [
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ];

  it('passes when every scope the manifest asks for is granted', () => {
    const item = scopeCheck(ok({ status: 'NOT_REQUIRED', granted: required }), required);
    expect(item.words).toBe(
      'You granted all 2 permissions the add-on asks for (script.send_mail, spreadsheets.currentonly).',
    );
  });

  it('fails naming the scopes missing, or when authorization is required', () => {
    const item = scopeCheck(ok({ status: 'REQUIRED', granted: [required[1]] }), required);
    expect(item.result).toBe('fail');
    expect(item.words).toContain('not granted script.send_mail');
    expect(scopeCheck(ok({ status: 'REQUIRED', granted: null }), required).result).toBe('fail');
    expect(scopeCheck(ok({ status: 'NOT_REQUIRED', granted: null }), required).result).toBe('pass');
  });
});

describe('selfCheckItems', () => {
  it('judges every fact, in a fixed order', () => {
    const facts: SelfCheckFacts = {
      now: NOW,
      timeZone: PARIS,
      spreadsheetName: 'Acme × Globex',
      user: 'owner@vendor.example',
      zones: ok(zones()),
      triggers: ok({ here: [], total: 0 }),
      documentProperties: { wrote: true, readBack: true, deleted: true, error: null },
      userProperties: { wrote: true, readBack: true, deleted: true, error: null },
      lock: { available: true, acquired: true, released: true, error: null },
      mailQuota: ok(100),
      backgroundRun: ok(null),
      authorization: ok({ status: 'NOT_REQUIRED', granted: [] }),
      requiredScopes: [],
    };
    expect(selfCheckItems(facts).map((i) => [i.id, i.result])).toEqual([
      ['time-zones', 'pass'],
      ['triggers', 'pass'],
      ['properties', 'pass'],
      ['lock', 'pass'],
      ['mail-quota', 'pass'],
      ['background-run', 'unknown'],
      ['scopes', 'pass'],
    ]);
  });
});
