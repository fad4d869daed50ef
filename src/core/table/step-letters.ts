// The column letters sheet formulas need, taken from where the step table actually is.
import type { StepColumnKey } from '../model';
import { columnLetter } from './letters';
import type { StepTable } from './plan-tables';

/** Letters of the columns the formulas read. Optional ones are absent when the plan lacks them. */
export interface StepLetters {
  step: string;
  owner: string;
  targetDate: string;
  status: string;
  baselineDate?: string;
}

function letterOf(table: StepTable, key: StepColumnKey): string | undefined {
  const column = table.column[key];
  return column === undefined ? undefined : columnLetter(column);
}

export function stepLetters(table: StepTable): StepLetters {
  const need = (key: 'step' | 'owner' | 'targetDate' | 'status'): string => {
    const letter = letterOf(table, key);
    // A located table always has its required columns; reaching this is a caller's bug.
    if (!letter) throw new Error(`The step table has no '${key}' column`);
    return letter;
  };
  const letters: StepLetters = {
    step: need('step'),
    owner: need('owner'),
    targetDate: need('targetDate'),
    status: need('status'),
  };
  const baseline = letterOf(table, 'baselineDate');
  if (baseline) letters.baselineDate = baseline;
  return letters;
}
