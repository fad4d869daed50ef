// The dates a new plan is built from, through the built bundle: a signature date that has
// already gone by (in the SPREADSHEET's zone) is refused by createPlan and by the form's preview,
// a go-live before signature likewise, and the holidays a plan was worked back around are kept
// with it and shown by the preview.
import type { Emulator } from '../../../dev/emulator';
import type { SchedulePreview } from '../../../src/shared/api';
import { PLAN, create, world } from '../../support/world';

// Sunday 6 Dec 2026, 09:00 in New York.
const DEC_6 = '2026-12-06T09:00:00';

function preview(em: Emulator, options: object): SchedulePreview {
  return em.call('previewSchedule', options) as SchedulePreview;
}

function documentProperties(em: Emulator): Record<string, string> {
  return Object.fromEntries(em.properties.document(em.workbook.id).entries());
}

describe('a signature date already past', () => {
  it('is refused by createPlan with a clear message, and nothing is written', () => {
    const em = world({ now: DEC_6 }).em;
    const before = JSON.stringify(em.workbook.toJSON());
    expect(() => create(em, { template: 'mid-market', signatureDate: '2026-11-20' })).toThrow(
      "The target signature date, Fri, Nov 20, has already passed (today is Sun, Dec 6 in the spreadsheet's time zone, America/New_York): choose today or a later date.",
    );
    expect(JSON.stringify(em.workbook.toJSON())).toBe(before);
    expect(documentProperties(em)).toEqual({});
    expect(em.triggers()).toEqual([]);
  });

  it('is a field error in the preview, with no schedule and no offer to compress', () => {
    const em = world({ now: DEC_6 }).em;
    const shown = preview(em, { template: 'mid-market', signatureDate: '2026-11-20' });
    expect(shown.fieldErrors).toEqual([
      {
        field: 'signatureDate',
        message:
          "The target signature date, Fri, Nov 20, has already passed (today is Sun, Dec 6 in the spreadsheet's time zone, America/New_York): choose today or a later date.",
      },
    ]);
    expect(shown.steps).toEqual([]);
    expect(shown.startsInPast).toBeNull();
    expect(em.workbook.sheets).toHaveLength(1);
  });

  it('is judged by the spreadsheet’s day, not the script’s', () => {
    // 23:30 on Dec 6 in Los Angeles (the script) is already Dec 7 in Auckland (the sheet).
    const { em } = world({
      timeZone: 'Pacific/Auckland',
      scriptTimeZone: 'America/Los_Angeles',
      now: '2026-12-07T20:30:00',
    });
    const shown = preview(em, { template: 'velocity', signatureDate: '2026-12-06' });
    expect(shown.fieldErrors.map((e) => e.field)).toEqual(['signatureDate']);
    expect(shown.fieldErrors[0].message).toContain('today is Mon, Dec 7');
    // Today itself is not past: the plan is worked back and the form may offer to compress.
    const today = preview(em, { template: 'velocity', signatureDate: '2026-12-07' });
    expect(today.fieldErrors).toEqual([]);
    expect(today.startsInPast?.message).toMatch(
      /^The first step would have to start \d+ business days ago/,
    );
  });

  it('refuses a go-live before the signature, as a field error of the go-live date', () => {
    const em = world({ now: DEC_6 }).em;
    const options = {
      template: 'mid-market',
      signatureDate: '2027-02-26',
      goLiveDate: '2027-02-01',
    };
    const message =
      'The go-live date, Mon, Feb 1, 2027, is before the target signature date (Fri, Feb 26, 2027): choose a go-live date on or after signature.';
    expect(preview(em, options).fieldErrors).toEqual([{ field: 'goLiveDate', message }]);
    expect(() => create(em, options)).toThrow(message);
    expect(em.workbook.sheets).toHaveLength(1);
  });
});

describe('holidays', () => {
  const holidays = ['2026-12-25', '2026-12-24', '2026-12-25', ' 2027-01-01 '];

  it('are returned by the preview as the work-back used them: sorted, each once', () => {
    const em = world({ now: DEC_6 }).em;
    const without = preview(em, { template: 'velocity', signatureDate: '2027-01-08' });
    const shown = preview(em, { template: 'velocity', signatureDate: '2027-01-08', holidays });
    expect(shown.holidays).toEqual(['2026-12-24', '2026-12-25', '2027-01-01']);
    expect(without.holidays).toEqual([]);
    // Three working days fewer between the first step and signature.
    expect(shown.firstDate < without.firstDate).toBe(true);
    for (const step of shown.steps) expect(shown.holidays).not.toContain(step.targetDate);
  });

  it('are stored with the plan, in the document’s properties', () => {
    const em = world({ now: DEC_6 }).em;
    const made = create(em, { template: 'velocity', signatureDate: '2027-01-08', holidays });
    expect(made.holidays).toEqual(['2026-12-24', '2026-12-25', '2027-01-01']);
    expect(JSON.parse(documentProperties(em)['map.holidays'])).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2027-01-01',
    ]);
  });

  it('are each checked, every bad one named, in the preview and in createPlan', () => {
    const em = world({ now: DEC_6 }).em;
    const bad = { template: 'velocity', signatureDate: '2027-01-08', holidays: ['12/25', 7] };
    expect(preview(em, bad).fieldErrors).toEqual([
      { field: 'holidays', message: "Holiday '12/25' is not a date; use yyyy-MM-dd." },
      { field: 'holidays', message: "Holiday '7' is not a date; use yyyy-MM-dd." },
    ]);
    expect(() => em.call('createPlan', { ...PLAN, ...bad })).toThrow(
      "Holiday '12/25' is not a date; use yyyy-MM-dd. Holiday '7' is not a date; use yyyy-MM-dd.",
    );
  });
});
