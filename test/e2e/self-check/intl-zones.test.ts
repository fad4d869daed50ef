// Google documents Utilities.formatDate's time zones, not Intl's. With the emulator's Intl made
// wrong (every zone read as UTC, or an hour late), the add-on must notice at its first date
// conversion, convert through Utilities.formatDate instead, and say so once in the log: the
// plan's dates, "today" and the weekly send hour come out exactly as with a faithful Intl.
import { targetDates } from '../../support/sheet';
import { wallOf } from '../../support/weekly-oracle';
import { digestWorld, PLAN, status, world } from '../../support/world';

jest.setTimeout(120_000);

const NOTE = 'converts every date with Utilities.formatDate instead';

// Kiritimati is UTC+14: 09:00 on 2 November there is still 1 November in UTC.
const KIRITIMATI = { timeZone: 'Pacific/Kiritimati', now: '2026-11-02T09:00:00', plan: PLAN };

describe('a plan made where Intl reads every zone as UTC', () => {
  const right = world(KIRITIMATI);
  const wrong = world({ ...KIRITIMATI, intlZones: 'ignore-zone' });

  it('has the same target dates as where Intl is right, and knows today in the sheet', () => {
    const sheet = wrong.plan.sheetName;
    expect(wrong.plan).toEqual(right.plan);
    expect(targetDates(wrong.em, sheet)).toEqual(targetDates(right.em, right.plan.sheetName));
    expect(status(wrong.em).today).toBe('2026-11-02');
    expect(status(wrong.em)).toEqual(status(right.em));
  });

  it('notes the disagreement once per execution, and only where there is one', () => {
    const before = wrong.em.log.length;
    status(wrong.em);
    const lines = wrong.em.log.slice(before).filter((l) => l.includes(NOTE));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Pacific/Kiritimati');
    status(right.em);
    expect(right.em.log.filter((l) => l.includes(NOTE))).toEqual([]);
  });
});

describe('the weekly email where Intl reads the wall clock an hour late', () => {
  // Switched on Monday at 07:30 in New York for Mondays at 9:00: the hourly runs fall at :30,
  // so the 08:30 run is the one a wrong Intl would take for 09:30.
  const { em, timeZone } = digestWorld({ intlZones: 'hour-ahead', now: '2026-10-12T07:30:00' });

  it('sends at 9:00 local, not an hour early', () => {
    expect(em.outbox).toEqual([]);
    em.advance('3h');
    expect(em.outbox.length).toBeGreaterThan(0);
    for (const mail of em.outbox) {
      expect(wallOf(mail.sentAt, timeZone)).toMatchObject({ day: '2026-10-12', hour: 9 });
    }
  });
});
