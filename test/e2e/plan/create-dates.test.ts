// createPlan at awkward dates, through the bundle: weekend, holiday, year end, leap day, in the
// past (refused), today, three years out; go-live before signature; malformed dates of every kind; a
// first step in the past (warning, then compress); holidays unsorted, repeated or invalid, and
// signature dates a minute either side of local midnight in Kiritimati (+14, the script at
// -11). Bad input is refused with a message that names the field, and leaves the spreadsheet
// exactly as it was; accepted plans are what previewSchedule promised.
import type { SchedulePreview } from '../../../src/shared/api';
import { create, DATE_LINE, errorOf, PLAN, refusal, status, world } from '../../support/world';
import { headerValue, stepRows, tab, tabNames, targetDates } from '../../support/sheet';
import { addDays } from '../../support/plan-oracle';

jest.setTimeout(60_000);

/** Now is Monday 2026-11-02, 09:00 in Kathmandu (+05:45); the script runs in UTC. */
const TODAY = '2026-11-02';
const fresh = () => world({ timeZone: 'Asia/Kathmandu', now: `${TODAY}T09:00:00` }).em;

/** The spreadsheet in Kiritimati (+14), the script in Pago Pago (-11). */
const kiritimati = (now = '2026-11-02T09:00:00') => world({ ...DATE_LINE, now }).em;

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

describe('signature dates a user may pick', () => {
  it.each([
    ['a Saturday', 'enterprise', '2027-01-30', '2027-01-29'],
    ['a Sunday', 'enterprise', '2027-01-31', '2027-01-29'],
    ['New Year’s Eve', 'mid-market', '2026-12-31', '2026-12-31'],
    ['leap day 2028', 'poc', '2028-02-29', '2028-02-29'],
    ['three years out', 'enterprise', '2029-11-02', '2029-11-02'],
  ])(
    'on %s: signature lands on a business day and the sheet reads it back',
    (_, template, asked, used) => {
      const em = fresh();
      const made = create(em, { template, signatureDate: asked });
      expect(made.outcome).toBe('created');
      expect(made.signatureDate).toBe(used);
      const sheet = tab(em, made.sheetName);
      expect(headerValue(sheet, 'Target signature')).toEqual({ date: used });
      const steps = stepRows(sheet);
      expect(steps.every((s) => s.target !== null && !isWeekend(s.target))).toBe(true);
      expect(steps.map((s) => s.target as string).includes(used)).toBe(true);
      const now = status(em);
      expect([now.signatureDate, now.warnings]).toEqual([used, []]);
      if (asked !== used) expect(made.warnings.join(' ')).toMatch(/is not a business day/);
    },
  );

  it('moves off a holiday the caller lists, and says so', () => {
    const made = create(fresh(), {
      template: 'velocity',
      signatureDate: '2026-12-25',
      holidays: ['2026-12-25', '2026-12-24'],
    });
    expect(made.signatureDate).toBe('2026-12-23');
    expect(made.warnings.join(' ')).toMatch(/Dec 25.*not a business day.*Dec 23/);
  });

  it('creates a plan whose signature is today with a warning that says what to do', () => {
    const made = create(fresh(), { signatureDate: TODAY });
    expect(made.outcome).toBe('created');
    expect(made.firstDate < TODAY).toBe(true);
    expect(made.warnings.join(' ')).toMatch(/move signature to \w{3} \d+/i);
  });

  it('refuses a signature already past, writing nothing', () => {
    const em = fresh();
    expect(errorOf(() => create(em, { signatureDate: '2026-10-01' }))).toMatch(
      /The target signature date, Thu, Oct 1, has already passed/,
    );
    expect(tabNames(em)).toEqual(['Sheet1']);
  });

  it('warns when the first step would be in the past, and compress fits it from today', () => {
    const late = create(fresh(), { template: 'velocity', signatureDate: '2026-11-12' });
    expect(late.firstDate < TODAY).toBe(true);
    expect(late.warnings.join(' ')).toMatch(
      /first step would have to start \d+ business days? ago/,
    );
    const em = fresh();
    const squeezed = create(em, {
      template: 'velocity',
      signatureDate: '2026-11-12',
      compress: true,
    });
    expect(squeezed.firstDate).toBe(TODAY);
    expect(squeezed.signatureDate).toBe('2026-11-12');
    expect(status(em).late).toEqual([]);
  });
});

describe('go-live', () => {
  it('before signature is refused with a clear message and nothing written', () => {
    const em = fresh();
    expect(errorOf(() => create(em, { goLiveDate: '2027-01-28' }))).toBe(
      'The go-live date, Thu, Jan 28, 2027, is before the target signature date (Fri, Jan 29, 2027): choose a go-live date on or after signature.',
    );
    expect(tabNames(em)).toEqual(['Sheet1']);
    expect(em.triggers()).toEqual([]);
  });

  it('after signature is kept in the header, and onboarding ends on it', () => {
    const em = fresh();
    const made = create(em, {
      template: 'onboarding',
      signatureDate: '2027-01-29',
      goLiveDate: '2027-04-30',
    });
    expect(made.goLiveDate).toBe('2027-04-30');
    expect(headerValue(tab(em, made.sheetName), 'Go-live')).toEqual({ date: '2027-04-30' });
    const steps = stepRows(tab(em, made.sheetName));
    expect(steps[steps.length - 1].target).toBe('2027-04-30');
  });
});

describe('malformed dates', () => {
  const em = fresh();
  it.each([
    ['2026-13-01', "Target signature date '2026-13-01' is not a date; use yyyy-MM-dd"],
    ['2027-02-29', "Target signature date '2027-02-29' is not a date"],
    ['12/10/2026', "Target signature date '12/10/2026' is not a date"],
    ['2026-12-10T00:00:00Z', "Target signature date '2026-12-10T00:00:00Z' is not a date"],
    ['', 'Target signature date is required.'],
    [null, 'Target signature date is required.'],
    [20261210, "Target signature date '20261210' is not a date"],
    [{ year: 2026, month: 12, day: 10 }, 'Target signature date '],
    [new Date(Date.UTC(2026, 11, 10)), 'Target signature date must be text like 2026-12-10'],
    ['9999-12-31', 'Target signature date 9999-12-31 is out of range'],
    ['0001-01-01', 'Target signature date 0001-01-01 is out of range'],
    ['2206-12-10', 'Target signature date 2206-12-10 is out of range'],
  ])('signature %p is refused, naming the field', (signatureDate, message) => {
    const error = errorOf(() => create(em, { signatureDate: signatureDate as string }));
    expect(error).toContain(message);
    expect(error).not.toMatch(/undefined|\[object|TypeError|Cannot read/);
  });

  it.each([
    [{ goLiveDate: 'soon' }, "Go-live date 'soon' is not a date"],
    [{ goLiveDate: '9999-12-31' }, 'Go-live date 9999-12-31 is out of range'],
    [{ holidays: ['Xmas'] }, "Holiday 'Xmas' is not a date"],
    [{ holidays: '2026-12-25' }, 'Holidays must be a list of dates.'],
    // In range, but long gone: refused before any working back (which would reach into 1999).
    [{ template: 'enterprise', signatureDate: '2000-01-03' }, 'has already passed'],
  ] as [Record<string, unknown>, string][])(
    '%j is refused, naming the field',
    (options, message) => {
      expect(errorOf(() => em.call('createPlan', { ...PLAN, ...options }))).toContain(message);
    },
  );

  it('left the spreadsheet untouched after every refusal', () => {
    expect(tabNames(em)).toEqual(['Sheet1']);
    expect(em.triggers()).toEqual([]);
    expect(em.properties.document(em.workbook.id).size).toBe(0);
  });

  it('previewSchedule gives the same messages, under the field they belong to', () => {
    const refused = em.call('previewSchedule', {
      template: 'velocity',
      signatureDate: '9999-12-31',
    }) as SchedulePreview;
    expect(refused.fieldErrors).toEqual([
      { field: 'signatureDate', message: expect.stringContaining('out of range') },
    ]);
    const ok = em.call('previewSchedule', {
      template: 'velocity',
      signatureDate: addDays(TODAY, 60),
    }) as { today: string; startsInPast: unknown };
    expect(ok).toMatchObject({ today: TODAY, startsInPast: null });
  });
});

describe('holidays as a caller really sends them', () => {
  const SIGNATURE = '2027-01-08';
  const CLEAN = ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'];

  function scheduled(holidays: unknown): SchedulePreview {
    return kiritimati('2026-12-01T09:00:00').call('previewSchedule', {
      template: 'mid-market',
      signatureDate: SIGNATURE,
      holidays,
    }) as SchedulePreview;
  }

  it('gives the same schedule whatever their order, repeats or stray spaces', () => {
    const clean = scheduled(CLEAN);
    const messy = scheduled([
      '2027-01-01',
      '2026-12-25',
      ' 2026-12-24 ',
      '2027-01-01',
      '2026-12-31',
      '2026-12-25',
    ]);
    expect(messy.steps).toEqual(clean.steps);
    expect(messy.firstDate).toBe(clean.firstDate);
  });

  it('skips every listed day, across the turn of the year', () => {
    const { steps } = scheduled(CLEAN);
    for (const s of steps) expect(CLEAN).not.toContain(s.targetDate);
    expect(steps.map((s) => s.targetDate)).not.toEqual(
      scheduled([]).steps.map((s) => s.targetDate),
    );
  });

  it('creates exactly the plan the preview showed', () => {
    const em = kiritimati('2026-12-01T09:00:00');
    const options = {
      template: 'mid-market',
      signatureDate: SIGNATURE,
      holidays: [...CLEAN].reverse(),
    };
    const preview = em.call('previewSchedule', options) as SchedulePreview;
    const made = create(em, options);
    expect(targetDates(em, made.sheetName)).toEqual(preview.steps.map((s) => s.targetDate));
    expect([made.firstDate, made.signatureDate]).toEqual([
      preview.firstDate,
      preview.signatureDate,
    ]);
  });

  it.each([
    [['2026-02-29'], "Holiday '2026-02-29' is not a date"],
    [['12/25/2026'], "Holiday '12/25/2026' is not a date"],
    [[null], "Holiday 'null' is not a date"],
    [[''], "Holiday '' is not a date"],
    [[{ date: '2026-12-25' }], 'Holiday \'{"date":"2026-12-25"}\' is not a date'],
  ])('refuses %j, naming the entry', (holidays, message) => {
    expect(refusal(kiritimati(), { ...PLAN, holidays })).toContain(message);
  });
});

describe('signature dates around local midnight', () => {
  // Friday 2027-01-01 is New Year's Day; the caller lists it as a holiday.
  it('on a listed holiday moves to the business day before, and says so', () => {
    const em = kiritimati('2026-11-02T09:00:00');
    const made = create(em, { signatureDate: '2027-01-01', holidays: ['2027-01-01'] });
    expect(made.signatureDate).toBe('2026-12-31');
    expect(made.warnings.join(' ')).toMatch(/Jan 1, 2027, is not a business day.*Dec 31/);
    expect(headerValue(tab(em, made.sheetName), 'Target signature')).toEqual({
      date: '2026-12-31',
    });
  });

  it('on a Sunday moves to the Friday before', () => {
    const made = create(kiritimati(), { signatureDate: '2027-01-31' });
    expect(made.signatureDate).toBe('2027-01-29');
  });

  it.each([
    // 23:59 local on Monday: the signature today is today, not yesterday in the script's zone.
    ['2026-11-02T23:59:00', '2026-11-02', '2026-11-02'],
    // One minute past midnight: yesterday's date is now past.
    ['2026-11-03T00:00:30', '2026-11-02', '2026-11-03'],
  ])('at %s a signature on %s is judged against %s', (now, signatureDate, today) => {
    const em = kiritimati(now);
    const preview = em.call('previewSchedule', {
      template: 'velocity',
      signatureDate,
    }) as SchedulePreview;
    expect(preview.today).toBe(today);
    if (signatureDate < today) {
      // Yesterday in the spreadsheet's zone: no plan is written whose every step is late.
      expect(preview.fieldErrors.map((e) => e.field)).toEqual(['signatureDate']);
      expect(() => create(em, { signatureDate })).toThrow(/has already passed/);
      return;
    }
    expect(preview.fieldErrors).toEqual([]);
    const made = create(em, { signatureDate });
    expect(made.outcome).toBe('created');
    const words = made.warnings.join(' ');
    expect(words).toMatch(/first step would have to start \d+ business days? ago/);
    expect(words).toMatch(/move signature to \w{3} \d+/i);
    const api = status(em);
    expect(api.today).toBe(today);
    // Every step but the signature itself (due today) is already late.
    const late = api.late.map((s) => s.targetDate as string);
    expect(late.every((d) => d < today)).toBe(true);
    expect(late.length).toBe(made.stepCount - 1);
  });

  it('says "1 business day is left" when compressing on the signature day', () => {
    const em = kiritimati('2026-11-02T23:59:00');
    const preview = em.call('previewSchedule', {
      template: 'velocity',
      signatureDate: '2026-11-02',
      compress: true,
    }) as SchedulePreview;
    expect(preview.warnings.join(' ')).toContain('only 1 business day is left before signature');
  });
});
