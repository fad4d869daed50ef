import type { DateKey } from '../dates';
export { type DateKey } from '../dates/days';

// The plan model every other core module speaks. Dates inside core are date-only keys
// ('yyyy-MM-dd' strings, see core/dates): a key means the same day in every time zone.

export const SIDES = ['Vendor', 'Prospect', 'Joint'] as const;
export type Side = (typeof SIDES)[number];

/**
 * The word the tabs use for the buyer's side. A new plan says "Customer", the word the buyer
 * reads as theirs; a plan written with "Prospect" keeps it. Both read as the same side
 * everywhere a side is read (parseSide), so the model keeps one value, 'Prospect'.
 */
export type BuyerWord = 'Customer' | 'Prospect';
export const NEW_PLAN_BUYER_WORD: BuyerWord = 'Customer';

/** A side as the tabs write it. */
export function sideWord(side: Side, buyer: BuyerWord = NEW_PLAN_BUYER_WORD): string {
  return side === 'Prospect' ? buyer : side;
}

/** The Side dropdown's choices. */
export function sideChoices(buyer: BuyerWord = NEW_PLAN_BUYER_WORD): string[] {
  return SIDES.map((side) => sideWord(side, buyer));
}

/**
 * The Side dropdown's help. The dropdown warns rather than rejects: the other word for the
 * buyer ("Prospect" on a new plan) and the usual synonyms read as the same side, and anything
 * else is reported with its row, so nothing typed is refused or lost.
 */
export function sideHelp(buyer: BuyerWord = NEW_PLAN_BUYER_WORD): string {
  const [vendor, customer, joint] = sideChoices(buyer);
  const other = buyer === 'Customer' ? 'Prospect' : 'Customer';
  return `Choose ${vendor}, ${customer} or ${joint} (${other} means ${customer}).`;
}

/** The word a tab already uses: "Prospect" when any of its side cells says so. */
export function buyerWordIn(sideTexts: Iterable<unknown>): BuyerWord {
  for (const text of sideTexts) {
    if (typeof text === 'string' && text.trim().toLowerCase() === 'prospect') return 'Prospect';
  }
  return NEW_PLAN_BUYER_WORD;
}

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
