// The two tables of a plan, located with the shared column definitions of model.ts.
import {
  STAKEHOLDER_COLUMNS,
  STEP_COLUMNS,
  type StakeholderColumnKey,
  type StepColumnKey,
} from '../model';
import { locateTable, type LocatedTable, type Origin, type TableNotFound } from './locate';

export type StepTable = LocatedTable<StepColumnKey>;
export type StakeholderTable = LocatedTable<StakeholderColumnKey>;

export function locateStepTable(
  values: readonly (readonly unknown[])[],
  origin?: Origin,
  scanRows?: number,
): StepTable | TableNotFound<StepColumnKey> {
  return locateTable(values, STEP_COLUMNS, { what: 'The plan', origin, scanRows });
}

export function locateStakeholderTable(
  values: readonly (readonly unknown[])[],
  origin?: Origin,
): StakeholderTable | TableNotFound<StakeholderColumnKey> {
  return locateTable(values, STAKEHOLDER_COLUMNS, { what: 'The Stakeholders tab', origin });
}
