import type { DateKey } from '../dates';
export { type DateKey } from '../dates/days';

// The plan model every other core module speaks. Dates inside core are date-only keys
// ('yyyy-MM-dd' strings, see core/dates): a key means the same day in every time zone.

export const SIDES = ['Vendor', 'Prospect', 'Joint'] as const;
export type Side = (typeof SIDES)[number];

export const STATUSES = ['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'] as const;
export type StepStatus = (typeof STATUSES)[number];

/**
 * The step table's columns, in the order createPlan writes them. `key` is how code names a
 * column; `header` is the label in the sheet, which is how the plan is found again after a
 * prospect reorders or adds columns. `aliases` are other labels a user may have typed.
 */
export const STEP_COLUMNS = [
  { key: 'number', header: '#', required: false, aliases: ['No', 'No.', 'Step #'] },
  { key: 'phase', header: 'Phase', required: false, aliases: ['Stage'] },
  { key: 'step', header: 'Step', required: true, aliases: ['Task', 'Action', 'Milestone'] },
  { key: 'side', header: 'Side', required: false, aliases: ['Team', 'Party'] },
  { key: 'owner', header: 'Owner', required: true, aliases: ['Responsible', 'Assignee'] },
  { key: 'ownerEmail', header: 'Owner email', required: false, aliases: ['Email', 'Owner e-mail'] },
  {
    key: 'targetDate',
    header: 'Target date',
    required: true,
    aliases: ['Due date', 'Due', 'Date', 'Target'],
  },
  { key: 'status', header: 'Status', required: true, aliases: ['State'] },
  {
    key: 'doneOn',
    header: 'Done on',
    required: false,
    aliases: ['Completed', 'Completed on', 'Done date'],
  },
  {
    key: 'baselineDate',
    header: 'Baseline date',
    required: false,
    aliases: ['Original date', 'Baseline'],
  },
  { key: 'slipDays', header: 'Slip (days)', required: false, aliases: ['Slip'] },
  { key: 'notes', header: 'Notes', required: false, aliases: ['Comments', 'Comment'] },
] as const;
export type StepColumnKey = (typeof STEP_COLUMNS)[number]['key'];

/** One readable row of the step table. `row` is the 1-based sheet row it was read from. */
export interface Step {
  row: number;
  number: string;
  phase: string;
  step: string;
  side: Side | '';
  owner: string;
  ownerEmail: string;
  targetDate: DateKey | null;
  status: StepStatus;
  doneOn: DateKey | null;
  baselineDate: DateKey | null;
  notes: string;
}

/** Something the add-on could not read, said so a user can fix it. */
export interface RowWarning {
  row: number;
  message: string;
}

export interface PlanHeader {
  customer: string;
  vendor: string;
  goal: string;
  signatureDate: DateKey | null;
  goLiveDate: DateKey | null;
  baselineSignatureDate: DateKey | null;
  owner: string;
}

export interface Stakeholder {
  row: number;
  name: string;
  email: string;
  side: Side | '';
  role: string;
  weeklyEmail: boolean;
}

export const STAKEHOLDER_COLUMNS = [
  { key: 'name', header: 'Name', required: true, aliases: ['Full name'] },
  { key: 'email', header: 'Email', required: true, aliases: ['E-mail', 'Email address'] },
  { key: 'side', header: 'Side', required: false, aliases: ['Team'] },
  { key: 'role', header: 'Role', required: false, aliases: ['Title'] },
  {
    key: 'weeklyEmail',
    header: 'Weekly email',
    required: true,
    aliases: ['Weekly update', 'Digest'],
  },
] as const;
export type StakeholderColumnKey = (typeof STAKEHOLDER_COLUMNS)[number]['key'];

export const PLAN_STATUSES = ['On track', 'At risk', 'Stalled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Days late from which a plan counts as stalled rather than at risk. */
export const STALLED_AFTER_DAYS_LATE = 7;
/** Default window, in calendar days from today, in which an open step is "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * A step as read from the sheet, with what could not be read kept beside it so nothing is
 * silently taken as fine. (Proposed for model.ts's Step; kept here until then.)
 */
export interface ParsedStep extends Step {
  /** The Target date cell held something that is not a date: the date is unreadable. */
  targetDateText?: string;
  /** The Status cell held text that is no status; the step is read as Not started. */
  statusText?: string;
}
