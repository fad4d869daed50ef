import type { RecipientJson } from '../../shared/api';
import fc from 'fast-check';
import { compareDateKeys, type DateKey } from '../dates';
import type { Step } from '../plan';
import { classifyStep } from '../plan';
import {
  buildDigest,
  digestFor,
  prepareDigest,
  type BuildDigestInput,
  type DigestPlanInput,
} from './prepare';
import { ownsStep } from './content';
import { OWNER_ADDRESS, randomPlan, type RandomPlan } from '../../../test/support/arbitraries';
import { renderDigest } from './render';
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
} from '../../../test/support/test-plan';

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
    expect(content.planTitle).toBe('Globex × Acme');
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
      planWarnings: [],
      stakeholderWarnings: [],
    });
    expect(buildDigest(input({ recipients })).ownerNotes).toBeNull();
  });

  it('gives unreadable rows of both tabs, in row order, to the owner copy only', () => {
    const planWarnings = [
      { row: 30, message: "Target date 'next week' is not a date" },
      { row: 5, message: 'Rows 12 and 13 sit above the heading row' },
    ];
    const stakeholderWarnings = [{ row: 6, message: "Weekly email 'maybe' is not ticked" }];
    const prepared = prepareDigest(input({ planWarnings, stakeholderWarnings }));
    const owner = digestFor(prepared, { name: '', email: OWNER.toUpperCase() });
    expect(owner.ownerNotes?.planWarnings.map((w) => w.row)).toEqual([5, 30]);
    expect(owner.ownerNotes?.stakeholderWarnings).toEqual(stakeholderWarnings);
    expect(
      digestFor(prepared, { name: 'Jane Doe', email: 'jane@globex.example' }).ownerNotes,
    ).toBeNull();
    const body = renderDigest(owner).body;
    expect(body).toContain("Target date 'next week' is not a date");
    const other = renderDigest(digestFor(prepared, { name: '', email: 'jane@globex.example' }));
    expect(other.body).not.toContain('could not read');
    expect(other.htmlBody).not.toContain('could not read');
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

function planInput(plan: RandomPlan): DigestPlanInput {
  return {
    summary: summaryOf(plan.steps),
    steps: plan.steps,
    header: HEADER,
    stakeholders: plan.stakeholders,
    today: TODAY,
    timeZone: TIME_ZONE,
    sheetUrl: SHEET_URL,
    lastDigest: plan.lastDigest,
    ownerEmail: OWNER_ADDRESS,
    recipients: plan.recipients,
  };
}

/** "Your items" as the email defines them, written the slow, obvious way. */
function expectedItems(plan: RandomPlan, recipient: { name: string; email: string }): number[] {
  const key = recipient.email.trim().toLowerCase();
  const names = [
    recipient.name,
    ...plan.stakeholders.filter((s) => s.email.trim().toLowerCase() === key).map((s) => s.name),
  ]
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const identities = names.length > 0 ? names : [''];
  const late = (s: Step) => classifyStep(s, TODAY, 14).daysLate;
  const date = (a: DateKey | null, b: DateKey | null) =>
    a === null || b === null ? (a === b ? 0 : a === null ? 1 : -1) : compareDateKeys(a, b);
  return plan.steps
    .filter((s) => s.status !== 'Done' && s.status !== 'Skipped')
    .filter((s) => identities.some((name) => ownsStep(s, { name, email: recipient.email })))
    .sort((a, b) => late(b) - late(a) || date(a.targetDate, b.targetDate) || a.row - b.row)
    .map((s) => s.row);
}

describe('digestFor', () => {
  it('gives each recipient exactly the open steps they own, most late first, then by date', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const prepared = prepareDigest(planInput(plan));
        for (const recipient of plan.addresses) {
          const items = digestFor(prepared, recipient).yourItems;
          expect(items.map((i) => i.row)).toEqual(expectedItems(plan, recipient));
          for (const item of items) {
            const source = plan.steps.find((s) => s.row === item.row) as Step;
            expect(item.daysLate).toBe(classifyStep(source, TODAY, 14).daysLate);
            expect(item.owner).toBe(source.owner);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('serves every recipient of a run as if the digest were built for them alone', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const input = planInput(plan);
        const prepared = prepareDigest(input);
        // Each message rendered in turn, as a run does: nothing one recipient's content holds
        // may change what the next one gets.
        const shared = plan.addresses.map((r) => renderDigest(digestFor(prepared, r)));
        const alone = plan.addresses.map((recipient) =>
          renderDigest(buildDigest({ ...input, recipient })),
        );
        expect(shared).toEqual(alone);
      }),
      { numRuns: 100 },
    );
  });

  it("gives only the schedule owner's copy the waiting and invalid addresses", () => {
    const prepared = prepareDigest({ ...input(), ownerEmail: ' SE@vendor.example ' });
    const recipients = [
      { name: 'Sam Seller', email: OWNER },
      { name: 'Jane Doe', email: 'jane@globex.example' },
    ];
    expect(recipients.map((r) => digestFor(prepared, r).ownerNotes !== null)).toEqual([
      true,
      false,
    ]);
    const nobody = prepareDigest({ ...input(), ownerEmail: ' ' });
    expect(digestFor(nobody, { name: '', email: '' }).ownerNotes).toBeNull();
  });
});

describe('who reads it', () => {
  it('writes for a buyer to a customer-side stakeholder, for a seller to everyone else', () => {
    const buyer = buildDigest(input());
    expect(buyer.audience).toBe('buyer');
    expect(buildDigest(input({ recipient: { name: 'Sam Seller', email: OWNER } })).audience).toBe(
      'seller',
    );
    expect(
      buildDigest(input({ recipient: { name: 'Nobody', email: 'x@elsewhere.example' } })).audience,
    ).toBe('seller');
  });

  it('never shows a buyer the seller’s verdict badge', () => {
    const summary = { ...summaryOf(STEPS), status: 'Stalled' as const };
    const email = renderDigest(buildDigest(input({ summary })));
    expect(email.htmlBody).not.toMatch(/STALLED|AT RISK/);
    expect(email.body).not.toMatch(/STALLED|AT RISK/);
    expect(email.body).toMatch(/Status: \d+ steps? behind schedule/);
    const own = renderDigest(
      buildDigest(input({ summary, recipient: { name: 'Sam Seller', email: OWNER } })),
    );
    expect(own.body).toContain('Status: STALLED');
  });
});
