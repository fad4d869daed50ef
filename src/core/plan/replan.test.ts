import fc from 'fast-check';
import { addBusinessDays, businessDaysBetween, compareDateKeys } from '../dates';
import { isBusinessDay } from '../dates/days';
import { step, TODAY } from '../../../test/support/test-plan';
import type { ParsedStep } from './model';
import { replanSteps, shareDays, type ReplanInput, type Replan } from './replan';
import { stepMarkersOf } from './step-markers';

// TODAY is Monday 2026-12-07. A small plan: two steps before signature, the Signature step,
// one after it, one Done and one Skipped step that never move.
const PLAN: ParsedStep[] = [
  step(7, {
    step: 'Discovery call',
    targetDate: '2026-12-01',
    status: 'Done',
    doneOn: '2026-12-02',
  }),
  step(8, { step: 'Security review', targetDate: '2026-12-11' }),
  step(9, { step: 'Legal review', targetDate: '2026-12-16', status: 'Skipped' }),
  step(10, { step: 'Order form approved', targetDate: '2026-12-18', status: 'In progress' }),
  step(11, { step: 'Signature', targetDate: '2026-12-22' }),
  step(12, { step: 'Kick-off', targetDate: '2026-12-29' }),
];
const MARKERS = stepMarkersOf([
  { step: 'Discovery call', ownerRole: 'SE', seInvolved: true },
  { step: 'Security review', ownerRole: 'Security', seInvolved: true },
  { step: 'Legal review', ownerRole: 'Legal', seInvolved: false },
  { step: 'Order form approved', ownerRole: 'Economic buyer', seInvolved: false },
  { step: 'Signature', ownerRole: 'AE', seInvolved: false, milestone: 'signature' },
  { step: 'Kick-off', ownerRole: 'SE', seInvolved: true },
]);

function input(over: Partial<ReplanInput>): ReplanInput {
  return {
    steps: PLAN,
    markers: MARKERS,
    signatureDate: '2026-12-22',
    newSignatureDate: '2027-01-05',
    mode: 'shift',
    today: TODAY,
    ...over,
  };
}

function replanOf(over: Partial<ReplanInput>): Replan {
  const outcome = replanSteps(input(over));
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.replan;
}

const movedTo = (r: Replan) => Object.fromEntries(r.moves.map((m) => [m.step, m.to]));

describe('replanSteps: shift', () => {
  it('moves every open step by the business days the signature moved, and nothing closed', () => {
    const r = replanOf({ newSignatureDate: '2027-01-05' }); // 10 business days later
    expect(businessDaysBetween('2026-12-22', '2027-01-05')).toBe(10);
    expect(movedTo(r)).toEqual({
      'Security review': addBusinessDays('2026-12-11', 10),
      'Order form approved': addBusinessDays('2026-12-18', 10),
      Signature: '2027-01-05',
      'Kick-off': addBusinessDays('2026-12-29', 10),
    });
    expect(r.signature).toEqual({ from: '2026-12-22', to: '2027-01-05' });
    expect(r.moves.map((m) => m.from)).toEqual([
      '2026-12-11',
      '2026-12-18',
      '2026-12-22',
      '2026-12-29',
    ]);
    expect(r.compressed).toBe(false);
    expect(r.notes).toEqual([]);
    // The preview's whole plan: every dated step, Done and Skipped ones unchanged.
    expect(r.steps.map((m) => [m.step, m.from === m.to])).toEqual([
      ['Discovery call', true],
      ['Security review', false],
      ['Legal review', true],
      ['Order form approved', false],
      ['Signature', false],
      ['Kick-off', false],
    ]);
  });

  it('skips the plan holidays when counting and landing', () => {
    const holidays = ['2026-12-24', '2026-12-25', '2027-01-01'];
    const r = replanOf({ newSignatureDate: '2027-01-05', holidays });
    const by = businessDaysBetween('2026-12-22', '2027-01-05', holidays);
    expect(by).toBe(7);
    expect(movedTo(r)['Security review']).toBe(addBusinessDays('2026-12-11', by, holidays));
    for (const m of r.moves) expect(isBusinessDay(m.to, holidays)).toBe(true);
  });

  it('says which steps an earlier signature would put before today', () => {
    const r = replanOf({ newSignatureDate: '2026-12-15' }); // 5 business days earlier
    expect(movedTo(r)['Security review']).toBe('2026-12-04');
    expect(r.notes[0]).toMatch(
      /^1 step would be dated before today \(first: 'Security review', Fri, Dec 4\)/,
    );
  });
});

describe('replanSteps: fit', () => {
  it('keeps the spacing when the steps fit, and the steps after signature follow it', () => {
    const r = replanOf({ mode: 'fit', newSignatureDate: '2027-01-05' });
    expect(movedTo(r)).toEqual({
      'Security review': addBusinessDays(
        '2027-01-05',
        -businessDaysBetween('2026-12-11', '2026-12-22'),
      ),
      'Order form approved': addBusinessDays('2027-01-05', -2),
      Signature: '2027-01-05',
      'Kick-off': addBusinessDays('2027-01-05', 5),
    });
    expect(r.compressed).toBe(false);
  });

  it('draws the steps before signature closer when they would start before today', () => {
    const r = replanOf({
      mode: 'fit',
      newSignatureDate: '2026-12-10',
      signatureDate: '2026-12-22',
    });
    const to = movedTo(r);
    expect(r.compressed).toBe(true);
    expect(to['Security review']).toBe(TODAY);
    expect(compareDateKeys(to['Order form approved'], TODAY)).toBeGreaterThanOrEqual(0);
    expect(compareDateKeys(to['Order form approved'], '2026-12-10')).toBeLessThanOrEqual(0);
    expect(to.Signature).toBe('2026-12-10');
    expect(r.notes[0]).toMatch(/drawn closer together/);
  });

  it('works without markers from the Signature step row, and without a header date', () => {
    const r = replanOf({ mode: 'fit', markers: null, signatureDate: null });
    expect(movedTo(r).Signature).toBe('2027-01-05');
    expect(r.signature.from).toBe('2026-12-22');
  });

  it('puts a pre-signature step dated after the signature back before it', () => {
    const steps = PLAN.map((s) =>
      s.step === 'Order form approved' ? { ...s, targetDate: '2027-01-08' } : s,
    );
    const r = replanOf({ mode: 'fit', steps, newSignatureDate: '2027-01-05' });
    expect(compareDateKeys(movedTo(r)['Order form approved'], '2027-01-05')).toBeLessThanOrEqual(0);
  });
});

describe('replanSteps: notes and refusals', () => {
  it('leaves undated open steps and says so', () => {
    const steps = [...PLAN, step(13, { step: 'Training', targetDate: null })];
    const r = replanOf({ steps });
    expect(r.moves.some((m) => m.step === 'Training')).toBe(false);
    expect(r.notes).toContain("1 open step without a date (first: 'Training') stays as it is.");
  });

  it.each<[string, Partial<ReplanInput>, RegExp]>([
    ['a past date', { newSignatureDate: '2026-12-04' }, /is before today \(Mon, Dec 7\)/],
    [
      'a date before the last Done step',
      {
        newSignatureDate: TODAY,
        steps: [
          ...PLAN.slice(1),
          step(13, { step: 'Pricing agreed', status: 'Done', doneOn: '2026-12-09' }),
        ],
      },
      /before 'Pricing agreed' was done \(Wed, Dec 9\)/,
    ],
    [
      'a signed deal',
      { steps: PLAN.map((s) => (s.step === 'Signature' ? { ...s, status: 'Done' as const } : s)) },
      /already Done/,
    ],
    [
      'no open dated step',
      {
        steps: PLAN.map((s) => ({
          ...s,
          status: 'Done' as const,
          step: s.step === 'Signature' ? 'Sign' : s.step,
        })),
        newSignatureDate: '2026-12-30',
      },
      /nothing to re-plan/,
    ],
    [
      'shift with no signature',
      { signatureDate: null, steps: PLAN.filter((s) => s.step !== 'Signature') },
      /choose "fit"/,
    ],
    [
      'shift to the same date',
      { newSignatureDate: '2026-12-22' },
      /already Tue, Dec 22: nothing moves/,
    ],
    ['a date out of range', { newSignatureDate: '2206-01-05' }, /out of range/],
  ])('refuses %s in words', (_, over, words) => {
    const outcome = replanSteps(input(over));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatch(words);
  });
});

describe('shareDays', () => {
  it('fits the total, never grows a gap, and returns the gaps when they fit', () => {
    expect(shareDays([2, 3], 10)).toEqual([2, 3]);
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 12 }), fc.nat(60), (gaps, available) => {
        const out = shareDays(gaps, available);
        const total = gaps.reduce((a, b) => a + b, 0);
        expect(out.reduce((a, b) => a + b, 0)).toBe(Math.min(total, available));
        out.forEach((g, i) => expect(g).toBeLessThanOrEqual(gaps[i]));
      }),
    );
  });
});

describe('replanSteps over random plans', () => {
  const day = fc.integer({ min: -10, max: 60 }).map((n) => addBusinessDays(TODAY, n));
  const plan = fc.array(
    fc.tuple(day, fc.constantFrom('Not started', 'In progress', 'Blocked', 'Skipped')),
    {
      minLength: 1,
      maxLength: 10,
    },
  );

  it('fit: signature on the new date, steps before it in row order between today and it', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 40 }), (rows, ahead) => {
        const sorted = [...rows].sort((a, b) => compareDateKeys(a[0], b[0]));
        const steps = [
          ...sorted.map(([d, status], i) =>
            step(7 + i, {
              step: `Step ${i}`,
              targetDate: d,
              status: status as ParsedStep['status'],
            }),
          ),
          step(7 + sorted.length, { step: 'Signature', targetDate: addBusinessDays(TODAY, 61) }),
        ];
        const to = addBusinessDays(TODAY, ahead);
        const r = replanOf({
          mode: 'fit',
          steps,
          markers: null,
          signatureDate: null,
          newSignatureDate: to,
        });
        const date = (s: ParsedStep) => r.moves.find((m) => m.row === s.row)?.to ?? s.targetDate;
        const open = steps.filter((s) => s.status !== 'Skipped' && s.step !== 'Signature');
        open.forEach((s, i) => {
          expect(compareDateKeys(date(s) as string, TODAY)).toBeGreaterThanOrEqual(0);
          expect(compareDateKeys(date(s) as string, to)).toBeLessThanOrEqual(0);
          if (i > 0)
            expect(
              compareDateKeys(date(open[i - 1]) as string, date(s) as string),
            ).toBeLessThanOrEqual(0);
        });
        expect(date(steps[steps.length - 1])).toBe(to);
        for (const s of steps.filter((x) => x.status === 'Skipped')) {
          expect(r.moves.some((m) => m.row === s.row)).toBe(false);
        }
      }),
    );
  });
});
