import fc from 'fast-check';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
} from '../dates/days';
import { getTemplate, TEMPLATES, typicalBusinessDays, type Template } from './templates';
import { schedulePreviewOf, scheduleTemplate, type ScheduleResult } from './schedule';
import { smallTemplate } from '../../../test/support/templates';

const targets = (r: ScheduleResult) => r.steps.map((s) => [s.step, s.startDate, s.targetDate]);

describe('scheduleTemplate: evaluation templates, worked back', () => {
  it('lands signature on the signature date and works the rest back in business days', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2026-12-18',
      today: '2026-11-02',
    });
    expect(targets(r)).toEqual([
      ['Discovery', '2026-12-03', '2026-12-07'],
      ['Demo', '2026-12-08', '2026-12-09'],
      ['Legal review', '2026-12-10', '2026-12-15'],
      ['Security review', '2026-12-11', '2026-12-15'],
      ['Final approval', '2026-12-16', '2026-12-17'],
      ['Signature', '2026-12-18', '2026-12-18'],
      ['Kickoff', '2026-12-21', '2026-12-23'],
    ]);
    expect(r.firstDate).toBe('2026-12-03');
    expect(r.signatureDate).toBe('2026-12-18');
    expect(r.goLiveDate).toBeNull();
    expect(r.startsInPast).toBeNull();
    expect(r.compressed).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('moves a weekend signature date to the Friday before, and says so', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2026-12-19',
      today: '2026-11-02',
    });
    expect(r.signatureDate).toBe('2026-12-18');
    expect(r.steps.find((s) => s.milestone === 'signature')?.targetDate).toBe('2026-12-18');
    expect(r.warnings).toEqual([
      'The target signature date, Sat, Dec 19, is not a business day; the plan uses Fri, Dec 18.',
    ]);
  });

  it('moves a holiday signature date to the business day before', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2027-01-01',
      today: '2026-11-02',
      holidays: ['2027-01-01', '2026-12-31'],
    });
    expect(r.signatureDate).toBe('2026-12-30');
    expect(r.warnings[0]).toMatch(
      /Fri, Jan 1, 2027, is not a business day; the plan uses Wed, Dec 30/,
    );
  });

  it('skips holidays across the year end, forward and back', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2027-01-04',
      today: '2026-11-02',
      holidays: new Set(['2026-12-25', '2027-01-01']),
    });
    expect(targets(r)).toEqual([
      ['Discovery', '2026-12-16', '2026-12-18'],
      ['Demo', '2026-12-21', '2026-12-22'],
      ['Legal review', '2026-12-23', '2026-12-29'],
      ['Security review', '2026-12-24', '2026-12-29'],
      ['Final approval', '2026-12-30', '2026-12-31'],
      ['Signature', '2027-01-04', '2027-01-04'],
      ['Kickoff', '2027-01-05', '2027-01-07'],
    ]);
  });

  it('passes through leap day 2028-02-29', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2028-03-01',
      today: '2028-01-03',
    });
    expect(r.steps.find((s) => s.step === 'Final approval')?.targetDate).toBe('2028-02-29');
    expect(r.firstDate).toBe('2028-02-15');
  });

  it('is not moved by DST changes (US, NZ and Chile change days)', () => {
    for (const signature of ['2026-03-09', '2026-11-02', '2026-04-06', '2026-09-07']) {
      const r = scheduleTemplate({
        template: smallTemplate,
        signatureDate: signature,
        today: '2026-01-01',
      });
      expect(businessDaysBetween(r.firstDate, r.signatureDate) + 1).toBe(12);
      expect(r.signatureDate).toBe(signature);
    }
  });
});

describe('scheduleTemplate: a first step in the past', () => {
  const late = { template: smallTemplate, signatureDate: '2026-12-18', today: '2026-12-08' };

  it('says by how much and which signature date would fit', () => {
    const r = scheduleTemplate(late);
    expect(r.startsInPast).toEqual({
      businessDays: 3,
      calendarDays: 5,
      earliestSignatureDate: '2026-12-23',
      message:
        'The first step would have to start 3 business days ago (Thu, Dec 3). Compress the plan or move signature to Dec 23.',
    });
    expect(r.firstDate).toBe('2026-12-03');
  });

  it('fits the plan from today when signature moves to the suggested date', () => {
    const r = scheduleTemplate({ ...late, signatureDate: '2026-12-23' });
    expect(r.startsInPast).toBeNull();
    expect(r.firstDate).toBe('2026-12-08');
  });

  it('compresses durations proportionally so the first step starts today', () => {
    const r = scheduleTemplate({ ...late, compress: true });
    expect(targets(r)).toEqual([
      ['Discovery', '2026-12-08', '2026-12-09'],
      ['Demo', '2026-12-10', '2026-12-11'],
      ['Legal review', '2026-12-14', '2026-12-16'],
      ['Security review', '2026-12-15', '2026-12-16'],
      ['Final approval', '2026-12-17', '2026-12-17'],
      ['Signature', '2026-12-18', '2026-12-18'],
      ['Kickoff', '2026-12-21', '2026-12-23'],
    ]);
    expect(r.steps.map((s) => s.businessDays)).toEqual([2, 2, 3, 2, 1, 1, 3]);
    expect(r.steps.map((s) => s.typicalBusinessDays)).toEqual([3, 2, 4, 3, 2, 1, 3]);
    expect(r.startsInPast).toBeNull();
    expect(r.compressed).toBe(true);
    expect(r.warnings).toEqual([
      'Compressed: the 12 business days of work before signature now fit in the 9 business days from Dec 8 to Dec 18.',
    ]);
  });

  it('says "1 business day is left" on the signature day itself', () => {
    const r = scheduleTemplate({ ...late, today: '2026-12-18', compress: true });
    expect(r.warnings[0]).toContain('and only 1 business day is left before signature.');
  });

  it('starts a compressed plan on Monday when today is a Saturday', () => {
    const r = scheduleTemplate({ ...late, today: '2026-12-12', compress: true });
    expect(r.firstDate).toBe('2026-12-14');
    expect(r.startsInPast).toBeNull();
  });

  it('says when the plan cannot be compressed enough', () => {
    const r = scheduleTemplate({ ...late, today: '2026-12-16', compress: true });
    expect(r.compressed).toBe(false);
    expect(r.firstDate).toBe('2026-12-03');
    expect(r.startsInPast?.businessDays).toBe(9);
    expect(r.warnings).toEqual([
      'The plan cannot be compressed enough: its steps need at least 5 business days and only 3 business days are left before signature. Move signature to Dec 31.',
    ]);
  });

  it('counts from a weekend today: Friday is one business day ago', () => {
    const r = scheduleTemplate({ ...late, signatureDate: '2026-12-29', today: '2026-12-19' });
    expect(r.firstDate).toBe('2026-12-14');
    expect(r.startsInPast).toMatchObject({ businessDays: 5, calendarDays: 5 });
  });

  it('names the year when the dates are in another year than today', () => {
    const r = scheduleTemplate({ ...late, signatureDate: '2027-01-05', today: '2026-12-28' });
    expect(r.startsInPast?.message).toBe(
      'The first step would have to start 5 business days ago (Mon, Dec 21). Compress the plan or move signature to Jan 12, 2027.',
    );
  });
});

describe('scheduleTemplate: go-live', () => {
  it('keeps the requested go-live date when the template has no go-live step', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2026-12-18',
      goLiveDate: '2027-01-15',
      today: '2026-11-02',
    });
    expect(r.goLiveDate).toBe('2027-01-15');
    expect(r.steps[6].targetDate).toBe('2026-12-23');
  });

  it('warns when the steps after signature overrun go-live, or squeezes them', () => {
    const input = {
      template: smallTemplate,
      signatureDate: '2026-12-18',
      goLiveDate: '2026-12-21',
      today: '2026-11-02',
    };
    expect(scheduleTemplate(input).warnings).toEqual([
      'The steps after signature need 3 business days and end on Dec 23, after the go-live date (Dec 21). Move go-live to Dec 23 or later, or compress the plan.',
    ]);
    const squeezed = scheduleTemplate({ ...input, compress: true });
    expect(squeezed.steps[6]).toMatchObject({
      startDate: '2026-12-21',
      targetDate: '2026-12-21',
      businessDays: 1,
    });
    expect(squeezed.compressed).toBe(true);
  });

  it('refuses a go-live date before signature', () => {
    expect(() =>
      scheduleTemplate({
        template: 'enterprise',
        signatureDate: '2026-12-18',
        goLiveDate: '2026-12-01',
        today: '2026-11-02',
      }),
    ).toThrow(
      'The go-live date, Tue, Dec 1, 2026, is before the target signature date (Fri, Dec 18, 2026): choose a go-live date on or after signature.',
    );
  });
});

describe('scheduleTemplate: onboarding, worked forward', () => {
  const onboarding = { template: 'onboarding', signatureDate: '2026-12-14', today: '2026-12-01' };
  const expected = [
    ['Sales to customer success handover', '2026-12-14', '2026-12-14'],
    ['Kickoff and success plan agreed', '2026-12-15', '2026-12-16'],
    ['Accounts, SSO and access set up', '2026-12-17', '2026-12-23'],
    ['Integrations and data migration', '2026-12-24', '2027-01-04'],
    ['Admin and user training', '2027-01-05', '2027-01-07'],
    ['User acceptance testing', '2027-01-08', '2027-01-14'],
    ['Go-live readiness review', '2027-01-15', '2027-01-18'],
    ['Go-live', '2027-01-19', '2027-01-19'],
  ];

  it('starts on the signature date and ends on go-live', () => {
    const r = scheduleTemplate(onboarding);
    expect(targets(r)).toEqual(expected);
    expect(r.firstDate).toBe('2026-12-14');
    expect(r.signatureDate).toBe('2026-12-14');
    expect(r.goLiveDate).toBe('2027-01-19');
  });

  it('starts on Monday after a Saturday signature, keeping the real signature date', () => {
    const r = scheduleTemplate({ ...onboarding, signatureDate: '2026-12-12' });
    expect(targets(r)).toEqual(expected);
    expect(r.signatureDate).toBe('2026-12-12');
    expect(r.warnings).toEqual([
      'The signature date, Sat, Dec 12, is not a business day; the plan starts on Mon, Dec 14.',
    ]);
  });

  it('puts go-live on a later requested date and keeps the other steps', () => {
    const r = scheduleTemplate({ ...onboarding, goLiveDate: '2027-02-01' });
    expect(targets(r)).toEqual([...expected.slice(0, 7), ['Go-live', '2027-02-01', '2027-02-01']]);
    expect(r.goLiveDate).toBe('2027-02-01');
  });

  it('moves a weekend go-live date to the Friday before', () => {
    const r = scheduleTemplate({ ...onboarding, goLiveDate: '2027-01-31' });
    expect(r.goLiveDate).toBe('2027-01-29');
    expect(r.warnings).toEqual([
      'The go-live date, Sun, Jan 31, 2027, is not a business day; the plan uses Fri, Jan 29, 2027.',
    ]);
  });

  it('warns when go-live is too early, and compresses to it when asked', () => {
    const early = { ...onboarding, goLiveDate: '2027-01-12' };
    const warned = scheduleTemplate(early);
    expect(targets(warned)).toEqual(expected);
    expect(warned.goLiveDate).toBe('2027-01-19');
    expect(warned.warnings).toEqual([
      'The steps need 27 business days and end on Jan 19, 2027, after the go-live date (Jan 12, 2027). Move go-live to Jan 19, 2027 or later, or compress the plan.',
    ]);
    const squeezed = scheduleTemplate({ ...early, compress: true });
    expect(squeezed.goLiveDate).toBe('2027-01-12');
    expect(squeezed.firstDate).toBe('2026-12-14');
    expect(squeezed.steps.reduce((n, s) => n + s.businessDays, 0)).toBe(22);
    expect(squeezed.compressed).toBe(true);
  });

  it('flags a signature in the past and offers to start today', () => {
    const r = scheduleTemplate({ ...onboarding, signatureDate: '2026-11-02', today: '2026-11-20' });
    expect(r.startsInPast).toEqual({
      businessDays: 14,
      calendarDays: 18,
      earliestSignatureDate: '2026-11-20',
      message:
        'The first step would have to start 14 business days ago (Mon, Nov 2). Compress the plan or start it on Nov 20.',
    });
    expect(r.goLiveDate).toBe('2026-12-08');
  });

  it('compressing a late onboarding starts today and keeps the go-live date', () => {
    const r = scheduleTemplate({
      ...onboarding,
      signatureDate: '2026-11-02',
      today: '2026-11-20',
      compress: true,
    });
    expect(r.firstDate).toBe('2026-11-20');
    expect(r.goLiveDate).toBe('2026-12-08');
    expect(r.startsInPast).toBeNull();
    expect(r.warnings).toEqual([
      'The steps are compressed from 27 business days to 13 business days to reach go-live on Dec 8.',
    ]);
  });

  it('starting a late onboarding today needs no squeeze when the go-live date leaves room', () => {
    const r = scheduleTemplate({
      ...onboarding,
      signatureDate: '2026-11-02',
      goLiveDate: '2027-03-01',
      today: '2026-11-20',
      compress: true,
    });
    expect(r.firstDate).toBe('2026-11-20');
    expect(r.compressed).toBe(false);
    expect(r.goLiveDate).toBe('2027-03-01');
    expect(r.warnings).toEqual(['The plan starts on Nov 20 instead of Nov 2.']);
  });

  it('keeps the dates and says why when a late onboarding cannot be compressed', () => {
    const r = scheduleTemplate({
      ...onboarding,
      signatureDate: '2026-10-01',
      today: '2026-11-20',
      compress: true,
    });
    expect(r.firstDate).toBe('2026-10-01');
    expect(r.startsInPast).not.toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /^The steps cannot be compressed enough to reach go-live on Nov 6/,
    );
  });
});

describe('scheduleTemplate: input errors', () => {
  const ok = { template: 'velocity', signatureDate: '2026-12-18', today: '2026-11-02' };
  it.each([
    [{ signatureDate: '2026-02-30' }, 'Target signature date "2026-02-30" is not a valid date'],
    [{ signatureDate: '12/18/2026' }, 'Target signature date "12/18/2026" is not a valid date'],
    [{ goLiveDate: 'soon' }, 'Go-live date "soon" is not a valid date'],
    [{ today: '' }, 'Today "" is not a valid date'],
    [{ holidays: ['2026-12-25', 'Xmas'] }, 'Holiday "Xmas" is not a valid date'],
    [{ template: 'smb' }, 'Unknown template "smb". Choose one of: enterprise,'],
  ])('refuses %j', (bad, message) => {
    expect(() => scheduleTemplate({ ...ok, ...bad })).toThrow(message);
  });

  it('treats an empty go-live date as none', () => {
    expect(scheduleTemplate({ ...ok, goLiveDate: '' }).goLiveDate).toBeNull();
  });

  it('refuses a broken custom template', () => {
    const broken: Template = { ...smallTemplate, steps: smallTemplate.steps.slice(0, 2) };
    expect(() => scheduleTemplate({ ...ok, template: broken })).toThrow(
      /Invalid template: .*exactly one signature step/,
    );
  });
});

describe('scheduleTemplate: every template, any dates', () => {
  const key = fc.integer({ min: 0, max: 3 * 366 }).map((n) => shift('2026-01-01', n));
  const holidays = fc.array(key, { maxLength: 8 });
  function shift(from: string, days: number): string {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  it('keeps the scheduling rules', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEMPLATES),
        key,
        fc.integer({ min: -200, max: 120 }),
        holidays,
        fc.boolean(),
        (template, signatureDate, todayOffset, off, compress) => {
          const today = shift(signatureDate, todayOffset);
          const r = scheduleTemplate({ template, signatureDate, today, holidays: off, compress });
          checkRules(template, r, today, off, compress);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('puts go-live on the go-live date whenever the steps fit (or are compressed to fit)', () => {
    fc.assert(
      fc.property(
        key,
        fc.integer({ min: 0, max: 120 }),
        holidays,
        fc.boolean(),
        (signatureDate, days, off, compress) => {
          const goLiveDate = shift(signatureDate, days);
          const today = shift(signatureDate, -30);
          const r = scheduleTemplate({
            template: 'onboarding',
            signatureDate,
            goLiveDate,
            today,
            holidays: off,
            compress,
          });
          const goLive = r.steps[r.steps.length - 1];
          const missed = r.warnings.some((w) =>
            /after the go-live date|cannot be compressed/.test(w),
          );
          if (!missed) {
            expect(goLive.targetDate).toBe(businessDayOnOrBefore(goLiveDate, off));
          } else {
            expect(goLive.targetDate > businessDayOnOrBefore(goLiveDate, off)).toBe(true);
          }
          expect(r.goLiveDate).toBe(goLive.targetDate);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('starts exactly today when signature is moved to earliestSignatureDate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEMPLATES.filter((t) => !t.postSignature)),
        key,
        holidays,
        (template, today, off) => {
          const late = scheduleTemplate({ template, signatureDate: today, today, holidays: off });
          const suggested = late.startsInPast?.earliestSignatureDate as string;
          const r = scheduleTemplate({ template, signatureDate: suggested, today, holidays: off });
          expect(r.startsInPast).toBeNull();
          expect(r.firstDate).toBe(businessDayOnOrAfter(today, off));
        },
      ),
    );
  });
});

function checkRules(
  template: Template,
  r: ScheduleResult,
  today: string,
  off: string[],
  compress: boolean,
): void {
  expect(r.steps).toHaveLength(template.steps.length);
  let previousTarget: string | null = null;
  for (const s of r.steps) {
    expect(isBusinessDay(s.startDate, off)).toBe(true);
    expect(isBusinessDay(s.targetDate, off)).toBe(true);
    expect(businessDaysBetween(s.startDate, s.targetDate, off)).toBe(s.businessDays - 1);
    expect(s.businessDays).toBeLessThanOrEqual(s.typicalBusinessDays);
    if (s.parallelWithPrevious) {
      expect(s.targetDate).toBe(previousTarget);
    } else if (previousTarget !== null) {
      // No gap and no overlap: each step starts the business day after the previous ends.
      expect(s.startDate).toBe(addBusinessDays(previousTarget, 1, off));
    }
    previousTarget = s.targetDate;
  }
  expect(r.firstDate).toBe(r.steps[0].startDate);
  if (!template.postSignature) {
    const signature = r.steps.find((s) => s.milestone === 'signature');
    expect(signature?.targetDate).toBe(r.signatureDate);
    if (!r.compressed) {
      expect(businessDaysBetween(r.firstDate, r.signatureDate, off) + 1).toBe(
        typicalBusinessDays(template),
      );
    }
  }
  const startsBeforeToday = r.firstDate < today;
  expect(r.startsInPast !== null).toBe(startsBeforeToday);
  if (r.startsInPast) {
    expect(r.startsInPast.businessDays).toBeGreaterThan(0);
    expect(r.startsInPast.calendarDays).toBeGreaterThanOrEqual(r.startsInPast.businessDays);
  }
  // With no go-live date given, only a start in the past is compressed: it then starts today.
  if (r.compressed) expect(r.firstDate).toBe(businessDayOnOrAfter(today, off));
  if (compress && r.startsInPast) expect(r.warnings.join(' ')).toMatch(/cannot be compressed/);
  if (!compress) expect(r.compressed).toBe(false);
  if (!template.postSignature) {
    expect(r.signatureDate).toBe(businessDayOnOrBefore(r.signatureDate, off));
  }
  expect(getTemplate(template.id).steps.map((s) => s.step)).toEqual(r.steps.map((s) => s.step));
}

describe('scheduleTemplate: a signature date already gone by', () => {
  it('says so instead of offering to compress, and still names a date that fits', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2026-12-18',
      today: '2026-12-21',
    });
    expect(r.startsInPast?.earliestSignatureDate).toBe('2027-01-05');
    expect(r.startsInPast?.message).toBe(
      'The target signature date, Dec 18, is already past, so every step would be late. Move signature to Jan 5, 2027 or later.',
    );
  });

  it('keeps the compress suggestion when signature is today or later', () => {
    const r = scheduleTemplate({
      template: smallTemplate,
      signatureDate: '2026-12-18',
      today: '2026-12-18',
    });
    expect(r.startsInPast?.message).toMatch(/Compress the plan or move signature/);
  });
});

describe('scheduleTemplate: a weekend signature asked for on that weekend', () => {
  it('moves to the next business day rather than to a Friday already gone', () => {
    // Saturday 5 Dec 2026: Friday the 4th has passed, so Monday the 7th it is.
    const r = scheduleTemplate({
      template: 'velocity',
      signatureDate: '2026-12-05',
      today: '2026-12-05',
    });
    expect(r.signatureDate).toBe('2026-12-07');
    expect(r.warnings).toContain(
      'The target signature date, Sat, Dec 5, is not a business day; the plan uses Mon, Dec 7.',
    );
    // A week ahead, the Friday before is still the rule.
    expect(
      scheduleTemplate({ template: 'velocity', signatureDate: '2026-12-12', today: '2026-12-05' })
        .signatureDate,
    ).toBe('2026-12-11');
  });
});

describe('schedulePreviewOf', () => {
  it('names each step’s side in the word the new plan writes: the buyer’s side is Customer', () => {
    const result = scheduleTemplate({
      template: getTemplate('velocity'),
      signatureDate: '2027-01-29',
      today: '2026-12-07',
    });
    const sides = new Set(schedulePreviewOf(result, '2026-12-07').steps.map((s) => s.side));
    expect([...sides].sort()).toEqual(['Customer', 'Joint', 'Vendor']);
  });
});
