// Probe: createPlan and previewSchedule with the options a careless or hostile caller sends, in
// Pacific/Kiritimati (+14) with the script in Pacific/Pago_Pago (-11): fields missing, extra or
// of the wrong type, holidays unsorted, repeated or invalid, signature dates on a weekend, a
// listed holiday, today or in the past, a minute either side of local midnight. Refusals name
// each problem and write nothing; accepted plans are what previewSchedule promised.
import type { Emulator } from '../../dev/emulator';
import type { CreatePlanResult, SchedulePreview } from '../../src/shared/api';
import {
  create,
  errorOf,
  headerValue,
  OWNER,
  PLAN,
  status,
  stepRows,
  tab,
  tabNames,
  world,
} from './world';

jest.setTimeout(120_000);

const TIME_ZONE = 'Pacific/Kiritimati';
const SCRIPT_TIME_ZONE = 'Pacific/Pago_Pago';

function fresh(now = '2026-11-02T09:00:00'): Emulator {
  return world({ timeZone: TIME_ZONE, scriptTimeZone: SCRIPT_TIME_ZONE, now });
}

/** The message a refusal gives, after proving it wrote nothing at all. */
function refusal(options: unknown): string {
  const em = fresh();
  const message = errorOf(() => em.call('createPlan', options));
  expect(tabNames(em)).toEqual(['Sheet1']);
  expect(em.triggers()).toEqual([]);
  expect(em.properties.document(em.workbook.id).size).toBe(0);
  expect(message).not.toMatch(/undefined|\[object|TypeError|Cannot read/);
  return message;
}

function targets(em: Emulator, made: CreatePlanResult): (string | null)[] {
  return stepRows(tab(em, made.sheetName)).map((s) => s.target);
}

describe('fields the caller did not mean to send', () => {
  it('ignores unknown fields: the plan is the one the known fields describe', () => {
    const plain = fresh();
    const noisy = fresh();
    const a = create(plain);
    const b = noisy.call('createPlan', {
      ...PLAN,
      owner: 'mallory@evil.example',
      steps: [],
      timeZone: 'UTC',
    }) as CreatePlanResult;
    expect(b).toEqual(a);
    expect(targets(noisy, b)).toEqual(targets(plain, a));
    expect(headerValue(tab(noisy, b.sheetName), 'Plan owner')).toBe(OWNER);
  });

  it.each([
    [{ goLiveDate: null }, 'created'],
    [{ goLiveDate: '' }, 'created'],
    [{ goal: null }, 'created'],
    [{ sellers: null }, 'created'],
    [{ holidays: null }, 'created'],
    [{ holidays: [] }, 'created'],
    [{ compress: null }, 'created'],
  ])('treats %j as not given', (extra, outcome) => {
    expect(create(fresh(), extra as object).outcome).toBe(outcome);
  });
});

describe('fields of the wrong type', () => {
  it.each([
    [{ signatureDate: ['2027-01-29'] }, 'Target signature date \'["2027-01-29"]\' is not a date'],
    [{ signatureDate: true }, "Target signature date 'true' is not a date"],
    [{ goLiveDate: 20270301 }, "Go-live date '20270301' is not a date"],
    [{ holidays: { '2026-12-25': true } }, 'Holidays must be a list of dates.'],
    [{ compress: 1 }, 'Compress must be true or false.'],
    [{ sellers: [{ name: 42, email: 'sam@vendor.example' }] }, "Seller 1's name must be text."],
    [{ sellers: [{ name: 'Sam', email: 42 }] }, "Seller 1's email must be text."],
    [
      { sellers: [{ name: ['Sam'], email: ['sam@vendor.example'] }] },
      "Seller 1's name must be text. Seller 1's email must be text.",
    ],
  ])('%j is refused, naming the field', (extra, message) => {
    expect(refusal({ ...PLAN, ...extra })).toContain(message);
  });

  it('lists every problem of one call at once', () => {
    const message = refusal({
      template: 7,
      customer: ['Acme'],
      vendor: '',
      signatureDate: '29/01/2027',
      holidays: ['Xmas', '2026-12-25', 12],
      sellers: [{ name: 'Sam', email: 'sam @vendor.example' }],
    });
    for (const part of [
      'Template must be text.',
      'Customer must be text.',
      'Vendor is required.',
      "Target signature date '29/01/2027' is not a date",
      "Holiday 'Xmas' is not a date",
      "Holiday '12' is not a date",
      "Seller 1's email 'sam @vendor.example' is not valid: contains a space.",
    ]) {
      expect(message).toContain(part);
    }
  });
});

describe('seller emails typed with spaces and capitals', () => {
  it('trims the ends, keeps the case as typed, and lists an address once in any case', () => {
    const em = fresh();
    const made = create(em, {
      sellers: [
        { name: 'Sam', email: '  Sam.Lee@Vendor.Example\t' },
        { name: 'SAM', email: 'SAM.LEE@VENDOR.EXAMPLE' },
      ],
    });
    expect(made.warnings.join(' ')).toMatch(
      /^Seller 2 repeats seller 1's address sam\.lee@vendor\.example; it is listed once\.$/i,
    );
    const ticked = tab(em, 'Stakeholders').values.filter((r) => r[4] === true);
    expect(ticked.map((r) => r[1])).toEqual(['Sam.Lee@Vendor.Example']);
  });

  it.each([
    ['sam lee@vendor.example', 'contains a space'],
    ['sam@vendor .example', 'contains a space'],
    ['sam@@vendor.example', 'more than one @'],
  ])('refuses %p, saying why', (email, why) => {
    expect(refusal({ ...PLAN, sellers: [{ name: 'Sam', email }] })).toContain(
      `Seller 1's email '${email}' is not valid: ${why}`,
    );
  });

  it('refuses a 10,000-character seller name without writing it anywhere', () => {
    expect(refusal({ ...PLAN, sellers: [{ name: 'n'.repeat(10_000), email: OWNER }] })).toBe(
      "Seller 1's name is too long (at most 100 characters).",
    );
  });
});

describe('holidays as a caller really sends them', () => {
  const SIGNATURE = '2027-01-08';
  const CLEAN = ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'];

  function scheduled(holidays: unknown): SchedulePreview {
    return fresh('2026-12-01T09:00:00').call('previewSchedule', {
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
    const em = fresh('2026-12-01T09:00:00');
    const options = {
      template: 'mid-market',
      signatureDate: SIGNATURE,
      holidays: [...CLEAN].reverse(),
    };
    const preview = em.call('previewSchedule', options) as SchedulePreview;
    const made = create(em, options);
    expect(targets(em, made)).toEqual(preview.steps.map((s) => s.targetDate));
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
    expect(refusal({ ...PLAN, holidays })).toContain(message);
  });
});

describe('signature dates around local midnight', () => {
  // Friday 2027-01-01 is New Year's Day; the caller lists it as a holiday.
  it('on a listed holiday moves to the business day before, and says so', () => {
    const em = fresh('2026-11-02T09:00:00');
    const made = create(em, { signatureDate: '2027-01-01', holidays: ['2027-01-01'] });
    expect(made.signatureDate).toBe('2026-12-31');
    expect(made.warnings.join(' ')).toMatch(/Jan 1, 2027, is not a business day.*Dec 31/);
    expect(headerValue(tab(em, made.sheetName), 'Target signature')).toEqual({
      date: '2026-12-31',
    });
  });

  it('on a Sunday moves to the Friday before', () => {
    const made = create(fresh(), { signatureDate: '2027-01-31' });
    expect(made.signatureDate).toBe('2027-01-29');
  });

  it.each([
    // 23:59 local on Monday: the signature today is today, not yesterday in the script's zone.
    ['2026-11-02T23:59:00', '2026-11-02', '2026-11-02'],
    // One minute past midnight: yesterday's date is now past.
    ['2026-11-03T00:00:30', '2026-11-02', '2026-11-03'],
  ])('at %s a signature on %s is judged against %s', (now, signatureDate, today) => {
    const em = fresh(now);
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
    const em = fresh('2026-11-02T23:59:00');
    const preview = em.call('previewSchedule', {
      template: 'velocity',
      signatureDate: '2026-11-02',
      compress: true,
    }) as SchedulePreview;
    expect(preview.warnings.join(' ')).toContain('only 1 business day is left before signature');
  });
});

describe('selectStepRow with rows a caller should not send', () => {
  const em = fresh();
  create(em);

  it.each([0, -1, 1.5, Number.NaN, null, 'abc', { row: 8 }])('refuses %p with a message', (row) => {
    expect(errorOf(() => em.call('selectStepRow', row))).toMatch(/^Row .+ is not a sheet row\.$/);
  });

  it('refuses a row past the end of the plan', () => {
    expect(errorOf(() => em.call('selectStepRow', 99_999))).toBe(
      'Row 99999 is past the end of the plan.',
    );
  });

  it('selects a real step row and changes nothing', () => {
    const before = JSON.stringify(tab(em, 'MAP – Acme').values);
    expect(em.call('selectStepRow', 8)).toBeUndefined();
    expect(JSON.stringify(tab(em, 'MAP – Acme').values)).toBe(before);
  });
});
