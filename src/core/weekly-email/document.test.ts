import { MAX_SUBJECT_LENGTH, digestSubject, layoutDigest } from './document';
import { unreadableDateWords } from '../plan';
import type { DigestContent } from './content';
import { contentWith } from '../../../test/support/test-plan';

function subjectOf(overrides: Parameters<typeof contentWith>[1]) {
  return digestSubject(contentWith('Acme × Globex', { ...overrides }));
}

const NEXT = {
  row: 13,
  step: 'Security review',
  owner: 'Jane',
  side: 'Prospect' as const,
  targetDate: '2026-12-10',
  status: 'Not started' as const,
};
const LATE = { ...NEXT, step: 'Legal', daysLate: 3 };

describe('digestSubject', () => {
  it('leads with how far behind the plan is, then what is next', () => {
    expect(subjectOf({ status: 'At risk', late: [LATE, LATE], next: NEXT })).toBe(
      'Acme × Globex MAP: 2 steps behind; next: Security review, Dec 10',
    );
    expect(subjectOf({ status: 'At risk', late: [LATE], next: NEXT })).toBe(
      'Acme × Globex MAP: 1 step behind; next: Security review, Dec 10',
    );
  });

  it('has variants for on track, stalled and at risk without late steps', () => {
    expect(subjectOf({ status: 'On track', late: [], next: NEXT })).toBe(
      'Acme × Globex MAP: on track; next: Security review, Dec 10',
    );
    expect(subjectOf({ status: 'Stalled', late: [LATE, LATE, LATE], next: NEXT })).toBe(
      'Acme × Globex MAP: stalled, 3 steps behind; next: Security review, Dec 10',
    );
    expect(subjectOf({ status: 'At risk', late: [], next: NEXT })).toMatch(
      /^Acme × Globex MAP: at risk, 1 step without owner or date; next: /,
    );
  });

  it('says when nothing is next, when the next step has no date, and when all is done', () => {
    expect(subjectOf({ status: 'On track', late: [], next: null })).toBe(
      'Acme × Globex MAP: on track; next: nothing scheduled',
    );
    expect(subjectOf({ status: 'On track', late: [], next: { ...NEXT, targetDate: null } })).toBe(
      'Acme × Globex MAP: on track; next: Security review',
    );
    expect(
      subjectOf({ status: 'On track', late: [], progress: { done: 9, total: 9, percent: 100 } }),
    ).toBe('Acme × Globex MAP: all 9 steps done');
  });

  it('adds the year only when the next date is in another year', () => {
    expect(
      subjectOf({ late: [], status: 'On track', next: { ...NEXT, targetDate: '2027-01-05' } }),
    ).toBe('Acme × Globex MAP: on track; next: Security review, Jan 5, 2027');
  });

  it('shortens the step name first, keeping the date', () => {
    const subject = subjectOf({
      late: [],
      status: 'On track',
      next: { ...NEXT, step: 'Very long step '.repeat(20) },
    });
    expect(Array.from(subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(/\u2026, Dec 10$/);
  });

  it('falls back when the plan has no name', () => {
    expect(digestSubject(contentWith('', { late: [], status: 'On track', next: null }))).toBe(
      'Mutual Action Plan MAP: on track; next: nothing scheduled',
    );
  });

  it('never carries a line break from the sheet', () => {
    const subject = digestSubject(contentWith('Acme\r\nBcc: x@evil.example'));
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.startsWith('Acme Bcc: x@evil.example MAP:')).toBe(true);
  });
});

describe('an empty plan', () => {
  it('says in the subject that the plan has no steps', () => {
    const empty = { done: 0, total: 0, percent: 0 };
    expect(subjectOf({ status: 'On track', late: [], next: null, progress: empty })).toBe(
      'Acme × Globex MAP: the plan has no steps',
    );
  });
});

describe('the signature line', () => {
  const lineOf = (signature: DigestContent['signature']) =>
    layoutDigest(contentWith('Acme', { signature, today: '2026-12-07' })).signatureLine;

  it('says where the target signature moved from', () => {
    expect(lineOf({ date: '2027-02-26', baseline: '2027-01-08', driftDays: 49 })).toBe(
      'Target signature: Fri, Feb 26, 2027 (moved from Fri, Jan 8)',
    );
    expect(lineOf({ date: '2027-01-08', baseline: '2026-12-18', driftDays: 21 })).toBe(
      'Target signature: Fri, Jan 8, 2027 (moved from Fri, Dec 18, 2026)',
    );
  });

  it('says "as originally planned" only when it did not move', () => {
    expect(lineOf({ date: '2027-01-08', baseline: '2027-01-08', driftDays: 0 })).toBe(
      'Target signature: Fri, Jan 8, 2027 (as originally planned)',
    );
    // A drift the summary missed must not read as "as planned" while the dates differ.
    expect(lineOf({ date: '2027-02-26', baseline: '2027-01-08', driftDays: 0 })).toBe(
      'Target signature: Fri, Feb 26, 2027 (moved from Fri, Jan 8)',
    );
    expect(lineOf({ date: '2027-01-08', baseline: null, driftDays: null })).toBe(
      'Target signature: Fri, Jan 8, 2027',
    );
  });
});

describe('words for a buyer', () => {
  const LATE2 = [LATE, { ...LATE, row: 14 }];

  it('tells customer-side recipients how many steps are behind, never "stalled" or "at risk"', () => {
    const buyer = layoutDigest(
      contentWith('Acme × Globex', { status: 'Stalled', late: LATE2, audience: 'buyer' }),
    );
    expect(buyer.statusLabel).toBe('2 steps behind schedule');
    expect(buyer.subject).toBe(
      'Acme × Globex MAP: 2 steps behind schedule; next: Acme × Globex, Dec 10',
    );
    expect(buyer.plainBadge).toBe(true);
    const atRisk = layoutDigest(
      contentWith('Acme', { status: 'At risk', late: [], audience: 'buyer' }),
    );
    expect(atRisk.statusLabel).toBe('1 step without an owner or date');
    expect(atRisk.subject).not.toMatch(/risk|stalled/i);
  });

  it('keeps the seller’s words in the seller’s copy', () => {
    const seller = layoutDigest(contentWith('Acme', { status: 'Stalled', late: LATE2 }));
    expect(seller.statusLabel).toBe('STALLED');
    expect(seller.subject).toMatch(/stalled, 2 steps behind/);
    expect(seller.plainBadge).toBe(false);
  });
});

describe('an unreadable target date', () => {
  it('is worded as the status and the sidebar word it; a blank one is no date', () => {
    const base = contentWith('Security review');
    const [line] = base.missing;
    const doc = layoutDigest({
      ...base,
      missing: [
        { ...line, row: 14, targetDate: null, targetDateText: 'next week', missing: ['date'] },
        { ...line, row: 15, targetDate: null, missing: ['date'] },
      ],
    });
    const missing = doc.sections.find((s) => s.id === 'missing')!;
    expect(missing.items.map((i) => i.details[1])).toEqual([
      unreadableDateWords('next week'),
      'no date',
    ]);
    expect(unreadableDateWords('next week')).toBe("'next week' is not a date");
  });
});
