import type { StepTable } from '../table/plan-tables';

/**
 * Where the step rules apply: every column of the table, from the first data row down. The
 * server runs it to the sheet's last row, so rows appended later are covered too.
 */
export interface RuleRange {
  firstRow: number;
  firstColumn: number;
  lastColumn: number;
}

export function stepRuleRange(table: StepTable): RuleRange {
  const columns = Object.values(table.column) as number[];
  return {
    firstRow: table.firstDataRow,
    firstColumn: Math.min(...columns),
    lastColumn: Math.max(...columns),
  };
}
