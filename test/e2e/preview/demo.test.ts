import type { PlanStatusResult } from '../../../src/shared/api';
import { dateKeyIn, toWallClock } from '../../../dev/emulator/timezone';
import { parseInstant } from '../../../dev/emulator/clock';
import { buildTestAddOn, type TestAddOn } from '../../support/built-addon';
import { loadDemo } from '../../../dev/preview/demo';
import { OWNER, PREVIEW_TIME_ZONE, type PreviewSession } from '../../../dev/preview/session';
import { findTable } from '../../../dev/preview/table-reader';

jest.setTimeout(120_000);

let addOn: TestAddOn;

beforeAll(async () => {
  addOn = await buildTestAddOn();
});
afterAll(() => addOn?.remove());

/** A wall-clock time in the preview's zone, as an instant. */
const wall = (text: string): number => parseInstant(text, PREVIEW_TIME_ZONE);

function status(session: PreviewSession): PlanStatusResult {
  const result = session.run('getPlanStatus', []);
  expect(result.ok).toBe(true);
  return result.value as PlanStatusResult;
}

// A Monday before the weekly email's hour, so this week's is not out yet: the story is told back
// from last week's. Loading the demo plays weeks of hourly runs, so it is played once; where
// other ends of a week put the last email is checked in dev/preview/demo.test.ts.
describe('the demo deal ending on a Monday at 8:15', () => {
  let session: PreviewSession;
  const now = wall('2026-11-30T08:15');

  beforeAll(() => {
    session = addOn.session('demo');
    loadDemo(session, () => {}, now);
  });

  it('ends now, with the seller looking at the plan and its sidebar', () => {
    const view = session.view();
    expect(view.now).toBe(new Date(now).toISOString());
    expect(view.user).toBe(OWNER);
    expect(view.activeSheet).toMatch(/Acme Corp/);
    expect(view.tabs.map((t) => t.name)).not.toContain('Sheet1');
    expect(view.sidebar).not.toBeNull();
    // Every run of the add-on on the way succeeded.
    expect(session.emulator.executions().filter((e) => !e.ok)).toEqual([]);
  });

  it('is in the middle of a deal: done, late by days, due soon, blocked, uncommitted', () => {
    const plan = status(session);
    expect(plan.progress.done).toBeGreaterThanOrEqual(3);
    expect(plan.progress.done).toBeLessThan(plan.progress.total / 2);
    expect(plan.late).toHaveLength(1);
    expect(plan.late[0].daysLate).toBeGreaterThanOrEqual(1);
    expect(plan.late[0].daysLate).toBeLessThan(7);
    expect(plan.status).toBe('At risk');
    expect(plan.dueSoon.length).toBeGreaterThanOrEqual(1);
    expect(plan.uncommitted.length).toBeGreaterThanOrEqual(1);
    expect(plan.uncommitted.every((s) => s.missing.includes('owner'))).toBe(true);
    const steps = findTable(session.emulator.workbook, ['Step', 'Status', 'Target date']).rows;
    expect(steps.filter((s) => s.text('Status') === 'Blocked')).toHaveLength(1);
  });

  it('has a slipped date, tracked by the add-on', () => {
    expect(status(session).totalSlipDays).toBeGreaterThan(0);
    const history = findTable(session.emulator.workbook, ['When', 'Step', 'Old date', 'New date']);
    expect(history.rows.filter((r) => r.text('Step'))).toHaveLength(1);
  });

  it('flagged a late step in a weekly email, which its owner then finished', () => {
    const steps = findTable(session.emulator.workbook, ['Step', 'Status', 'Target date']).rows;
    const done = new Set(
      steps.filter((s) => s.text('Status') === 'Done').map((s) => s.text('Step')),
    );
    const flagged = session
      .view()
      .outbox.flatMap(
        (mail) => /BEHIND SCHEDULE \(\d+\)\n- (?:LATE )?(.+)/.exec(mail.body)?.[1] ?? [],
      );
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.some((step) => done.has(step))).toBe(true);
  });

  it('has three weeks of weekly emails, each sent on a Monday at 9:00 to the same people', () => {
    const outbox = session.view().outbox;
    const byDay = new Map<string, string[]>();
    for (const mail of outbox) {
      const at = Date.parse(mail.sentAt);
      const w = toWallClock(at, PREVIEW_TIME_ZONE);
      expect(new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()).toBe(1);
      expect(w.hour).toBe(9);
      const day = dateKeyIn(at, PREVIEW_TIME_ZONE);
      byDay.set(day, [...(byDay.get(day) ?? []), ...mail.to].sort());
    }
    expect(byDay.size).toBe(3);
    const lists = [...byDay.values()];
    expect(lists[0].length).toBeGreaterThanOrEqual(4);
    expect(lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]))).toBe(true);
    // The last one went out on the last Monday 9:00 the clock passed: on Monday 30 November at
    // 8:15 that is still the 23rd.
    expect([...byDay.keys()].sort()).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });
});
