import {
  checkBudgets,
  flatInSteps,
  grownMethods,
  LIMITS,
  outsideEdits,
  perPerson,
  sidebarLoad,
  statusCpu,
  tableEdits,
  withinFloor,
} from './budgets';
import { FLOORS, floorOf } from './floors';
import type { Measurement } from './measure';
import type { OperationId } from './operations';
import type { Row } from './results';

function m(calls: Record<string, number>, scriptCpuMs = 1): Measurement {
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  return { calls, totalCalls, simulatedMs: totalCalls * 10, cpuMs: scriptCpuMs + 5, scriptCpuMs };
}

function row(
  operation: OperationId,
  steps: number,
  stakeholders: number,
  calls: Record<string, number>,
): Row {
  return { operation, steps, stakeholders, ours: m(calls) };
}

const SMALL = { 'Range.getValues': 1, 'Sheet.getDataRange': 1 };

describe('grownMethods', () => {
  it('names each method called more often, and only those', () => {
    expect(grownMethods({ a: 2, b: 1 }, { a: 2, b: 3, c: 1 })).toEqual([
      { method: 'b', from: 1, to: 3 },
      { method: 'c', from: 0, to: 1 },
    ]);
    expect(grownMethods({ a: 2 }, { a: 1 })).toEqual([]);
  });
});

describe('flatInSteps', () => {
  it('passes when every size makes the same calls', () => {
    const rows = [10, 1000, 5000].map((steps) => row('getPlanStatus', steps, 1, SMALL));
    const [check] = flatInSteps(rows);
    expect(check.ok).toBe(true);
  });

  it('fails and says which call grew, between which sizes', () => {
    const rows = [
      row('getPlanStatus', 10, 10, SMALL),
      row('getPlanStatus', 1000, 10, { ...SMALL, 'Range.getValue': 1000 }),
    ];
    const [check] = flatInSteps(rows);
    expect(check.ok).toBe(false);
    expect(check.actual).toContain('Range.getValue 0→1000 (10→1000 steps, 10 stakeholders)');
  });

  it('lets calls differ between stakeholder counts (mail grows with recipients)', () => {
    const rows = [1, 50].flatMap((people) =>
      [10, 1000].map((steps) =>
        row('weeklyDigestTick', steps, people, { ...SMALL, 'MailApp.sendEmail': people }),
      ),
    );
    expect(flatInSteps(rows)[0].ok).toBe(true);
  });

  it('ignores createPlan, whose size is the template', () => {
    const rows = [
      row('createPlan', 10, 1, SMALL),
      row('createPlan', 1000, 1, { 'Range.setValue': 99 }),
    ];
    expect(flatInSteps(rows)).toEqual([]);
  });
});

describe('outsideEdits', () => {
  it(`allows ${LIMITS.outsideEditCalls} calls and refuses one more`, () => {
    const five = { a: 2, b: 3 };
    expect(outsideEdits([row('onPlanEdit (other tab)', 10, 1, five)])[0].ok).toBe(true);
    const six = { a: 3, b: 3 };
    expect(outsideEdits([row('onPlanEdit (plan header)', 10, 1, six)])[0].ok).toBe(false);
  });

  it('does not hold edits inside the table to it', () => {
    expect(outsideEdits([row('onPlanEdit (table)', 10, 1, { a: 40 })])).toEqual([]);
  });
});

describe('tableEdits', () => {
  it(`allows ${LIMITS.tableEditCalls} calls for an edit in the table and refuses one more`, () => {
    const at = (n: number) => row('onPlanEdit (table)', 1000, 1, { 'Range.getValues': n });
    expect(tableEdits([at(LIMITS.tableEditCalls)])).toEqual([
      expect.objectContaining({ name: 'onPlanEdit (table): calls', ok: true }),
    ]);
    const [check] = tableEdits([at(3), at(LIMITS.tableEditCalls + 1)]);
    expect(check).toMatchObject({ ok: false, actual: String(LIMITS.tableEditCalls + 1) });
  });

  it('leaves edits outside the table to their own, tighter budget', () => {
    expect(tableEdits([row('onPlanEdit (other tab)', 10, 1, { a: 8 })])).toEqual([]);
  });
});

describe('sidebarLoad', () => {
  it('passes one getSidebarState call only', () => {
    expect(sidebarLoad({ roundTrips: 1, calls: ['getSidebarState'] }).ok).toBe(true);
    expect(sidebarLoad({ roundTrips: 2, calls: ['getSidebarState', 'getPlanStatus'] }).ok).toBe(
      false,
    );
    expect(sidebarLoad({ roundTrips: 1, calls: ['getPlanStatus'] }).ok).toBe(false);
  });

  it('fails when nothing was measured', () => {
    expect(sidebarLoad(null)).toMatchObject({ ok: false, actual: 'not measured' });
  });
});

describe('statusCpu', () => {
  it('judges the worst probe against the limit', () => {
    const probe = (ms: number) => ({ steps: 5000, stakeholders: 1, measurement: m(SMALL, ms) });
    expect(statusCpu([probe(50), probe(LIMITS.statusCpuMs)]).ok).toBe(true);
    const check = statusCpu([probe(50), probe(LIMITS.statusCpuMs + 1)]);
    expect(check.ok).toBe(false);
    expect(check.actual).toContain(`${LIMITS.statusCpuMs + 1} ms`);
    expect(statusCpu([]).ok).toBe(false);
  });
});

describe('checkBudgets', () => {
  it('fails an oversized bundle and passes a small one', () => {
    const base = {
      rows: [],
      sidebar: { roundTrips: 1, calls: ['getSidebarState'] },
      cpuProbes: [],
    };
    const sizes = (code: number, html: number) =>
      checkBudgets({ ...base, bundles: { codeJsBytes: code, sidebarHtmlBytes: html } })
        .filter((b) => b.name.includes('size'))
        .map((b) => b.ok);
    expect(sizes(100_000, 40_000)).toEqual([true, true]);
    expect(sizes(LIMITS.codeJsBytes, LIMITS.sidebarHtmlBytes)).toEqual([false, false]);
  });

  it('holds an edit inside the table to its budget', () => {
    const table = (n: number) =>
      checkBudgets({
        rows: [row('onPlanEdit (table)', 10, 1, { 'Range.getValues': n })],
        sidebar: { roundTrips: 1, calls: ['getSidebarState'] },
        cpuProbes: [],
        bundles: { codeJsBytes: 1, sidebarHtmlBytes: 1 },
      }).find((b) => b.name === 'onPlanEdit (table): calls')?.ok;
    expect(table(LIMITS.tableEditCalls)).toBe(true);
    expect(table(LIMITS.tableEditCalls + 1)).toBe(false);
  });
});

describe('withinFloor', () => {
  const floor = (op: OperationId) => floorOf(FLOORS.find((f) => f.operation === op)!);

  it('passes at twice the floor in round trips, whatever the local calls', () => {
    const rows = [
      row('refreshFormatting', 10, 1, {
        'Range.setValues': 2 * floor('refreshFormatting'),
        'ConditionalFormatRuleBuilder.build': 500,
        'Sheet.getRange': 500,
      }),
      row('createPlan', 10, 1, { 'Range.setValues': floor('createPlan') }),
    ];
    expect(withinFloor(rows).map((c) => [c.name, c.ok])).toEqual([
      ['createPlan: round trips', true],
      ['refreshFormatting: round trips', true],
    ]);
  });

  it('fails one round trip past it, and says the limit and the floor', () => {
    const rows = [
      row('refreshFormatting', 10, 1, { 'Range.setValues': 2 * floor('refreshFormatting') + 1 }),
    ];
    const [check] = withinFloor(rows);
    expect(check.ok).toBe(false);
    expect(check.limit).toBe(
      `≤ ${2 * floor('refreshFormatting')} (2 × floor ${floor('refreshFormatting')})`,
    );
  });
});

describe('perPerson (reminders)', () => {
  const op = 'weeklyDigestTick (reminders)' as const;
  const tick = (steps: number, emails: number, writes: number, reads = 3) =>
    row(op, steps, 5, {
      'MailApp.sendEmail': emails,
      'Properties.setProperty': writes,
      'Range.getValues': reads,
    });

  it('lets emails and their ledger writes grow with the people reminded, nothing else', () => {
    const rows = [tick(10, 1, 4), tick(1000, 5, 12)];
    expect(flatInSteps(rows).every((c) => c.ok)).toBe(true);
    expect(perPerson(rows).every((c) => c.ok)).toBe(true);
    expect(flatInSteps([tick(10, 1, 4), tick(1000, 1, 4, 4)])[0].ok).toBe(false);
  });

  it('refuses more emails than people, or more than two ledger writes each', () => {
    expect(perPerson([tick(10, 6, 10)])[0].ok).toBe(false);
    expect(perPerson([tick(10, 2, 7)])[0].ok).toBe(false);
  });
});
