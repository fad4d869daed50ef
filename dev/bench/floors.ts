// The floor of each operation: the fewest round trips (round-trips.ts) it could make with the
// Apps Script API, each one named. A property written with one value per call (a column width)
// costs one call per run of equal values; one written cell by cell in a 2-D array
// (setNumberFormats, setDataValidations, setWraps) costs one call per block. createPlan and
// refreshFormatting are held to twice their floor (budgets.ts).
import type { OperationId } from './operations';

export interface Floor {
  operation: OperationId;
  /** What the operation cannot do without, and how many round trips each takes. */
  needs: readonly (readonly [what: string, trips: number])[];
}

export function floorOf(floor: Floor): number {
  return floor.needs.reduce((sum, [, trips]) => sum + trips, 0);
}

const LOCK = ['take and release the document lock', 2] as const;
const FIND_PLAN = ['read the plan record, open the plan tab by its id', 2] as const;
const FIND_PLAN_TAB = ['open the plan tab by its id', 1] as const;
const READ_TAB = ['the tab’s extent and values, its name', 3] as const;
const ZONE = ['the spreadsheet’s time zone', 1] as const;
const PUBLISH = ['read the owner’s deals (user properties)', 1] as const;
/** The colour key: texts, their '@' format, fills, and one text-style write (setTextStyles). */
const LEGEND = ['colour key: values, text format, fills, text styles', 4] as const;

/** What the weekly email reads before it can say anything: both stores, the plan, the people. */
const WEEKLY_EMAIL_READS: Floor['needs'] = [
  ['read the document’s properties (plan record, schedule), the owner’s', 2],
  FIND_PLAN_TAB,
  READ_TAB,
  ['the Stakeholders tab by its id, its extent and values', 3],
  ZONE,
];

export const FLOORS: readonly Floor[] = [
  {
    operation: 'createPlan',
    needs: [
      ZONE,
      LOCK,
      ['is there a plan: the record, the tabs, the one tab’s extent and values', 4],
      ['count the owner’s triggers', 1],
      ['insert three tabs', 3],
      ['MAP: row count, values, bold labels, header date formats, frozen rows', 5],
      ['MAP: heading fill and wrap', 2],
      ['MAP: column widths (9 runs of one width)', 9],
      ['MAP: wraps, validations', 2],
      ['MAP: number formats (3 runs: #, Target date, Done on–Slip)', 3],
      ['MAP: conditional-format rules (a new tab has none to read)', 1],
      LEGEND,
      ['Stakeholders: row count, values, frozen rows, heading bold, fill, wrap', 6],
      ['Stakeholders: column widths (5), validations', 6],
      ['Slip history: row count, values, frozen rows, heading bold, fill, wrap', 6],
      ['Slip history: column widths (4), number formats (2 runs)', 6],
      ['store the plan record; look for and create the edit trigger', 3],
      ['show the MAP tab', 1],
      [PUBLISH[0], 1],
      ['write the owner’s deals', 1],
    ],
  },
  {
    operation: 'refreshFormatting',
    needs: [
      LOCK,
      FIND_PLAN,
      READ_TAB,
      ZONE,
      ['the tab’s row count', 1],
      ['read and write the rules', 2],
      ['write validations, number formats, wraps (one block each)', 3],
      ['write the header formulas, the slip formulas', 2],
      LEGEND,
      PUBLISH,
    ],
  },
  {
    operation: 'getPlanStatus',
    needs: [FIND_PLAN, READ_TAB, ZONE, PUBLISH],
  },
  { operation: 'previewWeeklyDigest', needs: WEEKLY_EMAIL_READS },
  { operation: 'sidebarLoad', needs: [...WEEKLY_EMAIL_READS, ['the mail quota left', 1]] },
  { operation: 'onPlanEdit (other tab)', needs: [['read the plan record', 1]] },
  { operation: 'onPlanEdit (plan header)', needs: [['read the plan record', 1]] },
  {
    operation: 'onPlanEdit (table)',
    needs: [
      ['read the plan record', 1],
      ['read the headings and the edited row', 1],
      ZONE,
      ['write Done on', 1],
    ],
  },
];

/** The operations whose round trips budgets.ts holds to twice the floor. */
export const FLOOR_BUDGETED: ReadonlySet<OperationId> = new Set([
  'createPlan',
  'refreshFormatting',
]);
