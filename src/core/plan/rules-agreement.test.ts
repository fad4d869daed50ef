// The sheet's conditional-format formulas and core's classifyStep must call the same rows late,
// due soon, done, blocked, uncommitted or unreadable. Both are evaluated on the same generated
// rows: the formulas by a real formula engine, copied down like Sheets applies a rule range.
import { addDays, type DateKey } from '../dates';
import type { StepColumnKey } from './model';
import { TIME_ZONES } from '../../../test/support/zones';
import { parseSteps, classifyStep } from './steps';
import { locateStepTable, stepLetters } from './table';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  divByZero,
  notAvailable,
  onDay,
  text,
  type PlanCell,
} from '../../../test/support/formula-sheet';
import { ruleForState, stepRules, RULE_ORDER, type RuleId } from './rules';

// Columns in an order nobody would choose, below a header block, to prove the letters are used.
const COLUMNS: StepColumnKey[] = ['status', 'notes', 'step', 'targetDate', 'owner', 'phase'];
const HEADINGS = ['Status', 'Notes', 'Step', 'Target date', 'Owner', 'Phase'];
const TOP: PlanCell[][] = [[text('Customer'), text('Acme')], [text('Vendor'), text('Us')], []];
const HEADER_ROW = TOP.length + 1;
const SCRATCH_COLUMN = 12;

interface Case {
  step: PlanCell;
  targetDate: PlanCell;
  status: PlanCell;
  owner: PlanCell;
}

function dateCells(today: DateKey): PlanCell[] {
  return [
    blank,
    text('  '),
    ...[-30, -8, -7, -6, -1, 0, 1, 7, 8, 30].map((d) => dateOn(addDays(today, d))),
    dateOn(addDays(today, -1), 0.75),
    dateOn(addDays(today, 7), 0.5),
    { kind: 'number', value: 12 },
    { kind: 'number', value: 2026 },
    { kind: 'date', serial: 1 + 365 * 150 },
    text('next week'),
    text(today),
    { kind: 'bool', value: true },
    // A formula typed into the date (=1/0, or a reference broken by a deleted row).
    divByZero,
  ];
}

const STATUS_CELLS: PlanCell[] = [
  blank,
  ...['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'].map(text),
  text('done'),
  text(' Skipped '),
  text('BLOCKED'),
  text('Finished'),
  notAvailable,
];

function cases(today: DateKey): Case[] {
  const all: Case[] = [];
  let n = 0;
  for (const targetDate of dateCells(today)) {
    for (const status of STATUS_CELLS) {
      for (const owner of [text('Ana'), blank, text('   '), notAvailable]) {
        all.push({ step: text(`Step ${++n}`), targetDate, status, owner });
      }
    }
    // Rows that are not steps: no name, or a name of spaces. No rule may paint them.
    all.push({ step: blank, targetDate, status: blank, owner: blank });
    all.push({ step: text('   '), targetDate, status: text('Blocked'), owner: text('Ana') });
    // A step name that is an error is still a row core reads as a step.
    all.push({ step: divByZero, targetDate, status: blank, owner: text('Ana') });
  }
  return all;
}

function rowOf(c: Case): PlanCell[] {
  return COLUMNS.map((key) =>
    key === 'step' || key === 'targetDate' || key === 'status' || key === 'owner' ? c[key] : blank,
  );
}

describe.each(['2026-03-01', '2028-02-29', '2026-12-31'])('on %s', (today) => {
  const plan = cases(today);
  const grid: PlanCell[][] = [...TOP, HEADINGS.map(text), ...plan.map(rowOf)];
  const firstDataRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + plan.length;

  // Engine results per rule, per row.
  let engine: Map<RuleId, boolean[]>;
  beforeAll(() => {
    engine = evaluateRules();
  });

  const evaluateRules = (): Map<RuleId, boolean[]> =>
    onDay(today, () => {
      const sheet = new FormulaSheet(grid.map((r) => r.map(asEngineInput)));
      const letters = (() => {
        const t = locateStepTable(grid.map((r) => r.map((c) => asSheetsValue(c, 'UTC'))));
        if (!t.ok) throw new Error(t.message);
        return stepLetters(t);
      })();
      const results = new Map<RuleId, boolean[]>();
      for (const rule of stepRules(letters, firstDataRow)) {
        const values = sheet.fillDown(rule.formula, SCRATCH_COLUMN, firstDataRow, lastRow);
        for (const v of values) {
          if (typeof v !== 'boolean') throw new Error(`${rule.id} gave ${JSON.stringify(v)}`);
        }
        results.set(rule.id, values as boolean[]);
      }
      sheet.destroy();
      return results;
    });

  it.each(TIME_ZONES)('each rule matches classifyStep, spreadsheet in %s', (zone) => {
    const values = grid.map((r) => r.map((c) => asSheetsValue(c, zone)));
    const table = locateStepTable(values);
    if (!table.ok) throw new Error(table.message);
    const { steps } = parseSteps(values, table, { timeZone: zone });
    const byRow = new Map(steps.map((s) => [s.row, s]));

    const mismatches: string[] = [];
    plan.forEach((c, i) => {
      const row = firstDataRow + i;
      const step = byRow.get(row);
      const state = step ? classifyStep(step, today) : null;
      const firstMatch = RULE_ORDER.find((id) => engine.get(id)![i]) ?? null;
      for (const id of RULE_ORDER) {
        const expected = state ? state[id] : false;
        if (engine.get(id)![i] !== expected) {
          mismatches.push(
            `row ${row} ${JSON.stringify(c)}: ${id} sheet=${!expected} core=${expected}`,
          );
        }
      }
      const expectedShown = state ? ruleForState(state) : null;
      if (firstMatch !== expectedShown) {
        mismatches.push(`row ${row}: sheet shows ${firstMatch}, core ${expectedShown}`);
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('covers every state somewhere, so agreement is not vacuous', () => {
    for (const id of RULE_ORDER) {
      expect(engine.get(id)!.some(Boolean)).toBe(true);
    }
  });
});
