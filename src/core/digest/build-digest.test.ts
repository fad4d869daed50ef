import type { RecipientJson } from '../../shared/api';
import { buildDigest, planTitle, type BuildDigestInput } from './build-digest';
import { makeDigestSnapshot } from './snapshot';
import {
  HEADER,
  OWNER,
  SHEET_URL,
  STAKEHOLDERS,
  STEPS,
  TIME_ZONE,
  TODAY,
  step,
  summaryOf,
} from './test-plan';

function input(overrides: Partial<BuildDigestInput> = {}): BuildDigestInput {
  const steps = overrides.steps ?? STEPS;
  return {
    summary: summaryOf(steps),
    steps,
    header: HEADER,
    stakeholders: STAKEHOLDERS,
    recipient: { name: 'Jane Doe', email: 'jane@globex.example' },
    today: TODAY,
    timeZone: TIME_ZONE,
    sheetUrl: SHEET_URL,
    ownerEmail: OWNER,
    ...overrides,
  };
}

describe('buildDigest', () => {
  it('puts the recipient first: their open items, late ones first', () => {
    const content = buildDigest(input());
    expect(content.yourItems.map((i) => [i.step, i.daysLate])).toEqual([
      ['Executive briefing', 3],
      ['Security review', 0],
    ]);
  });

  it('finds items by the Owner email cell when the name differs', () => {
    const content = buildDigest(
      input({ recipient: { name: 'J. Doe', email: 'JANE@globex.example' } }),
    );
    expect(content.yourItems.map((i) => i.step)).toContain('Security review');
    // The Stakeholders tab calls that address Jane Doe, so her named items are hers too.
    expect(content.yourItems.map((i) => i.step)).toContain('Executive briefing');
  });

  it('gives someone with nothing assigned no items', () => {
    expect(
      buildDigest(input({ recipient: { name: 'Nobody', email: 'n@globex.example' } })).yourItems,
    ).toEqual([]);
  });

  it('carries the plan-wide facts of the summary', () => {
    const content = buildDigest(input());
    expect(content.planTitle).toBe('Acme x Globex');
    expect(content.status).toBe('At risk');
    expect(content.progress).toEqual({ done: 2, total: 8, percent: 25 });
    expect(content.late.map((l) => [l.step, l.owner, l.daysLate, l.status])).toEqual([
      ['Legal redlines', 'Lee', 6, 'In progress'],
      ['Executive briefing', 'Jane Doe, Bob', 3, 'Not started'],
    ]);
    expect(content.missing.map((m) => [m.step, m.missing])).toEqual([
      ['Procurement', ['owner', 'date']],
      ['Commercials', ['owner']],
    ]);
    expect(content.next?.step).toBe('Security review');
    expect(content.signature).toEqual({ date: '2026-12-18', baseline: '2026-12-11', driftDays: 7 });
    expect(content.sheetUrl).toBe(SHEET_URL);
  });

  it('lists what is due in the next 14 days, soonest first, without late steps', () => {
    const content = buildDigest(input());
    expect(content.dueSoonDays).toBe(14);
    expect(content.dueSoon.map((d) => [d.step, d.targetDate])).toEqual([
      ['Security review', '2026-12-10'],
      ['Commercials', '2026-12-16'],
    ]);
  });

  it('reports completions and moved dates against the previous email', () => {
    const lastWeek = STEPS.map((s) =>
      s.row === 12
        ? { ...s, status: 'In progress' as const, doneOn: null }
        : s.row === 13
          ? { ...s, targetDate: '2026-12-08' }
          : s,
    );
    const content = buildDigest(input({ lastDigest: makeDigestSnapshot(lastWeek, '2026-11-30') }));
    expect(content.since).toBe('2026-11-30');
    expect(content.completed.map((c) => [c.step, c.doneOn])).toEqual([
      ['Technical evaluation', '2026-12-03'],
    ]);
    expect(content.moved.map((m) => [m.step, m.from, m.to, m.days])).toEqual([
      ['Security review', '2026-12-08', '2026-12-10', 2],
    ]);
  });

  it('falls back to the last week without a previous email', () => {
    const content = buildDigest(input());
    expect(content.since).toBeNull();
    expect(content.completed.map((c) => c.step)).toEqual(['Technical evaluation']);
    expect(content.moved).toEqual([]);
  });

  it('lists waiting and invalid addresses only in the owner copy', () => {
    const recipients: RecipientJson[] = [
      { row: 2, name: 'Sam', email: OWNER, state: 'will receive' },
      {
        row: 4,
        name: 'Outsider',
        email: 'x@other.example',
        state: 'waiting for approval',
        reason: 'not approved',
      },
      { row: 5, name: 'Typo', email: 'typo@', state: 'invalid', reason: 'nothing after @' },
    ];
    const owner = buildDigest(
      input({ recipient: { name: 'Sam Seller', email: 'SE@vendor.example' }, recipients }),
    );
    expect(owner.ownerNotes).toEqual({
      waiting: ['x@other.example'],
      invalid: [{ email: 'typo@', reason: 'nothing after @' }],
    });
    expect(buildDigest(input({ recipients })).ownerNotes).toBeNull();
  });

  it('drops an unsafe link', () => {
    expect(buildDigest(input({ sheetUrl: 'javascript:alert(1)' })).sheetUrl).toBeNull();
  });

  it('handles an empty plan', () => {
    const content = buildDigest(input({ steps: [], header: null, summary: summaryOf([], null) }));
    expect(content.planTitle).toBe('MAP');
    expect(content.next).toBeNull();
    expect(content.status).toBe('On track');
    expect(content.yourItems).toEqual([]);
  });

  it('keeps a late step listed in the summary even if its row was not passed', () => {
    const steps = [step(20, { step: 'Only step', targetDate: '2026-12-01' })];
    const content = buildDigest(input({ steps: [], summary: summaryOf(steps) }));
    expect(content.late.map((l) => [l.step, l.daysLate])).toEqual([['Only step', 6]]);
  });
});

describe('planTitle', () => {
  it('joins vendor and customer, or uses what is known', () => {
    expect(planTitle(HEADER, 'MAP')).toBe('Acme x Globex');
    expect(planTitle({ ...HEADER, vendor: ' ' }, 'MAP')).toBe('Globex');
    expect(planTitle(null, ' Plan ')).toBe('Plan');
  });
});
