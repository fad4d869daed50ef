// Rows past the step table's end are no steps: core leaves them out, and the sheet's own live
// formatting must too. The rules and the header formulas, bounded by liveRowsEnd, are evaluated
// by a real formula engine on a table followed by a gap, then ten blank rows, then junk rows
// that would be painted and counted if the ranges ran to the sheet's last row.
import { addDays, type DateKey } from '../dates';
import {
  FormulaSheet,
  asEngineInput,
  asSheetsValue,
  blank,
  dateOn,
  onDay,
  text,
  type PlanCell,
} from '../../../test/support/formula-sheet';
import { classifyStep, liveRowsEnd, parseSteps, tableEndIn, TABLE_END_BLANK_ROWS } from './steps';
import { locateStepTable, stepLetters, type StepTable } from './table';
import { ruleForState, stepRules, RULE_ORDER, type RuleId } from './rules';
import { headerFormulas, readHeader } from './header';
import { progressText, summarizePlan } from './status';

const TODAY: DateKey = '2026-11-02';
const ZONE = 'America/New_York';
const SCRATCH_COLUMN = 9;
const PROGRESS_AT = { row: 2, column: 2 };
const STATUS_AT = { row: 3, column: 2 };

const step = (name: string, owner: string, days: number | null, status = ''): PlanCell[] => [
  blank,
  text(name),
  owner ? text(owner) : blank,
  days === null ? blank : dateOn(addDays(TODAY, days)),
  status ? text(status) : blank,
];
const blankRows = (n: number): PlanCell[][] => Array.from({ length: n }, () => []);

const TABLE: PlanCell[][] = [
  step('Discovery', 'Ana', -20, 'Done'),
  step('Demo', 'Ana', 2),
  step('Security review', '', 9),
  ...blankRows(3),
  // After a short gap: still the table.
  step('Legal', 'Bo', -2),
];
const JUNK: PlanCell[][] = [
  step('My own reminder', 'Me', -30),
  step('Another note', '', -9, 'Blocked'),
  step('Old list item', 'Me', 1, 'Done'),
];

const GRID: PlanCell[][] = [
  [text('Customer'), text('Acme')],
  [text('Progress'), blank],
  [text('Plan status'), blank],
  [],
  ['#', 'Step', 'Owner', 'Target date', 'Status'].map(text),
  ...TABLE,
  ...blankRows(TABLE_END_BLANK_ROWS),
  ...JUNK,
];

type Shown = RuleId | null;

function located(values: unknown[][]): StepTable {
  const table = locateStepTable(values);
  if (!table.ok) throw new Error(table.message);
  return table;
}

describe('rows past the table end, sheet and core', () => {
  const values = GRID.map((r) => r.map((c) => asSheetsValue(c, ZONE)));
  const table = located(values);
  const lastRow = GRID.length;
  const end = tableEndIn(values, table);
  const liveEnd = liveRowsEnd(end);
  const junkRows = JUNK.map((_, i) => lastRow - JUNK.length + 1 + i);

  /** What the engine paints on every row, with the rules applied down to `reach`. */
  function sheetLooks(reach: number): Shown[] {
    return onDay(TODAY, () => {
      const sheet = new FormulaSheet(GRID.map((r) => r.map(asEngineInput)));
      const hits = new Map<RuleId, boolean[]>();
      for (const rule of stepRules(stepLetters(table), table.firstDataRow)) {
        const got = sheet.fillDown(rule.formula, SCRATCH_COLUMN, table.firstDataRow, reach);
        hits.set(rule.id, got as boolean[]);
      }
      sheet.destroy();
      return Array.from({ length: lastRow - table.firstDataRow + 1 }, (_, i) =>
        table.firstDataRow + i > reach ? null : (RULE_ORDER.find((id) => hits.get(id)![i]) ?? null),
      );
    });
  }

  function coreLooks(): Shown[] {
    const { steps } = parseSteps(values, table, { timeZone: ZONE });
    const byRow = new Map(steps.map((s) => [s.row, s]));
    return Array.from({ length: lastRow - table.firstDataRow + 1 }, (_, i) => {
      const s = byRow.get(table.firstDataRow + i);
      return s ? ruleForState(classifyStep(s, TODAY)) : null;
    });
  }

  function header(reach: number): { progress: unknown; status: unknown } {
    return onDay(TODAY, () => {
      const formulas = headerFormulas(stepLetters(table), table.firstDataRow, reach);
      const sheet = new FormulaSheet(GRID.map((r) => r.map(asEngineInput)));
      sheet.set(PROGRESS_AT.row, PROGRESS_AT.column, formulas.progress);
      sheet.set(STATUS_AT.row, STATUS_AT.column, formulas.status);
      const shown = {
        progress: sheet.value(PROGRESS_AT.row, PROGRESS_AT.column),
        status: sheet.value(STATUS_AT.row, STATUS_AT.column),
      };
      sheet.destroy();
      return shown;
    });
  }

  it('ends the table at the last step before ten blank rows, and the junk lies past its reach', () => {
    expect(end).toBe(table.firstDataRow + TABLE.length - 1);
    expect(junkRows[0]).toBe(liveEnd + 1);
  });

  it('paints exactly the rows core reads as steps, each in core’s state', () => {
    const painted = sheetLooks(liveEnd);
    expect(painted).toEqual(coreLooks());
    expect(painted.filter((p) => p !== null).length).toBe(4);
  });

  it('counts in the header exactly what core summarizes', () => {
    const { steps, warnings } = parseSteps(values, table, { timeZone: ZONE });
    const summary = summarizePlan({
      steps,
      warnings,
      header: readHeader(values, ZONE, { beforeRow: table.headerRow }).header,
      today: TODAY,
      sheetName: 'MAP',
      timeZone: ZONE,
    });
    expect(header(liveEnd)).toEqual({
      progress: progressText(summary.progress),
      status: summary.status,
    });
    expect(summary.progress).toMatchObject({ done: 1, total: 4 });
  });

  it('would disagree with core if the ranges ran to the sheet’s last row', () => {
    // The junk is late, blocked and done: painted and counted when the ranges reach it.
    const painted = sheetLooks(lastRow);
    expect(junkRows.map((r) => painted[r - table.firstDataRow])).toEqual(['late', 'late', 'done']);
    expect(header(lastRow)).toEqual({ progress: '2 of 7 done (29%)', status: 'Stalled' });
    expect(header(liveEnd).status).toBe('At risk');
  });
});
