import { requireDateKey, type DateKey } from '../dates';
import type { PlanStatus, Side, StepStatus, Step, PlanHeader } from '../plan';
import { dealTitle } from '../plan';
import { addressKey } from './recipients';
import { cleanLine } from '../text';

// Ordering by an optional target date, dated before undated, exactly as compareDateKeys orders
// keys. compareDateKeys validates both keys on every call; sorting a plan of thousands of steps
// would validate the same few hundred days tens of thousands of times, so each distinct key is
// validated once per comparator and valid keys are then compared as the strings they are.

export type OptionalDateCompare = (a: DateKey | null, b: DateKey | null) => number;

export function optionalDateOrder(): OptionalDateCompare {
  const valid = new Set<DateKey>();
  const checked = (key: DateKey): DateKey => {
    if (!valid.has(key)) valid.add(requireDateKey(key));
    return key;
  };
  return (a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const x = checked(a);
    const y = checked(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

// What one recipient's weekly email says, before it is written as HTML or text. Strings are
// the sheet's values as read (NOT cleaned or escaped): each renderer cleans and escapes for its
// own output, so no value can be escaped twice or not at all depending on the path it took.

export interface DigestStepLine {
  row: number;
  step: string;
  owner: string;
  side: Side | '';
  targetDate: DateKey | null;
  /** What the Target date cell held when it is not a date (absent when blank or a date). */
  targetDateText?: string;
  status: StepStatus;
}

export interface DigestLateLine extends DigestStepLine {
  daysLate: number;
}

export interface DigestMovedLine extends DigestStepLine {
  from: DateKey;
  to: DateKey;
  /** to - from in calendar days: positive when the step moved later. */
  days: number;
}

export interface DigestMissingLine extends DigestStepLine {
  missing: ('owner' | 'date')[];
}

export interface DigestCompletedLine extends DigestStepLine {
  doneOn: DateKey | null;
}

/** A sheet row the add-on could not read, in the reader's words (not cleaned). */
export interface DigestRowWarning {
  row: number;
  message: string;
}

/**
 * Only in the schedule owner's own copy: the addresses that did not get this email and why, and
 * the rows of either tab the add-on could not read (which may have left a step out of this
 * email, or a person off its recipients) — the owner may never open the sidebar to see them.
 */
export interface DigestOwnerNotes {
  waiting: string[];
  invalid: { email: string; reason: string }[];
  /** Plan tab: header block and step rows. */
  planWarnings: DigestRowWarning[];
  /** Stakeholders tab rows. */
  stakeholderWarnings: DigestRowWarning[];
}

export interface DigestContent {
  /** "Customer × Vendor", as the plan tab's title names them. */
  planTitle: string;
  recipient: { name: string; email: string };
  today: DateKey;
  timeZone: string;
  status: PlanStatus;
  progress: { done: number; total: number; percent: number };
  /** The recipient's own open steps, by date; daysLate is 0 when not late. */
  yourItems: DigestLateLine[];
  late: DigestLateLine[];
  /** Open, not late, due within `dueSoonDays` from today. */
  dueSoon: DigestStepLine[];
  dueSoonDays: number;
  completed: DigestCompletedLine[];
  /** The day of the previous email, or null when there was none (a default window was used). */
  since: DateKey | null;
  moved: DigestMovedLine[];
  missing: DigestMissingLine[];
  next: DigestStepLine | null;
  signature: { date: DateKey | null; baseline: DateKey | null; driftDays: number | null };
  /** Already validated: an http(s) URL or null. */
  sheetUrl: string | null;
  /** Who sends the email (the schedule owner). */
  ownerEmail: string;
  ownerNotes: DigestOwnerNotes | null;
  /**
   * Who reads it: 'buyer' for a customer-side recipient (Side Prospect on the Stakeholders
   * tab), who is told facts ("2 steps behind schedule") rather than the seller's verdicts
   * (Stalled, At risk). Absent: the seller's words.
   */
  audience?: 'buyer' | 'seller';
}

// Whether a step is the recipient's: the Owner email cell names their address, or the Owner
// cell names them (by name or address). Cells often hold several owners ("Jane, Bob"), so
// each part is compared on its own; a bare substring match would hand "Jo" all of "Jon"'s items.

const OWNER_SEPARATORS = /[,;/&+|\n]|\band\b/i;

type Owned = Pick<Step, 'owner' | 'ownerEmail'>;

export function ownsStep(step: Owned, recipient: { name: string; email: string }): boolean {
  const email = addressKey(recipient.email);
  const name = normalName(recipient.name);
  if (email !== '' && ownerEmailKeys(step).some((e) => e === email)) return true;
  return ownerPartNames(step).some(
    (candidate) => candidate === name || (email !== '' && addressKey(candidate) === email),
  );
}

/**
 * The steps of a plan looked up by owner: every recipient of one run asks the same question of
 * the same steps, so the cells are split and cleaned once instead of once per recipient.
 */
export interface OwnerIndex {
  /**
   * The positions (ascending) of the steps ownsStep gives to `email` under any of `names`;
   * with no name only the address can match.
   */
  owned(names: readonly string[], email: string): number[];
}

export function indexOwners(steps: readonly Owned[]): OwnerIndex {
  const byEmailCell = new Map<string, number[]>();
  const byOwnerName = new Map<string, number[]>();
  const byOwnerAddress = new Map<string, number[]>();
  steps.forEach((step, i) => {
    for (const key of new Set(ownerEmailKeys(step))) add(byEmailCell, key, i);
    const parts = new Set(ownerPartNames(step));
    for (const part of parts) add(byOwnerName, part, i);
    for (const key of new Set([...parts].map(addressKey))) add(byOwnerAddress, key, i);
  });
  return {
    owned(names, email) {
      const key = addressKey(email);
      const found = new Set<number>();
      const take = (list: number[] | undefined) => list?.forEach((i) => found.add(i));
      // ownsStep ignores the address when there is none, and never matches an empty name.
      if (key !== '') {
        take(byEmailCell.get(key));
        take(byOwnerAddress.get(key));
      }
      for (const name of names) {
        const normal = normalName(name);
        if (normal !== '') take(byOwnerName.get(normal));
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function ownerEmailKeys(step: Owned): string[] {
  return step.ownerEmail.split(/[\s,;]+/).map(addressKey);
}

/** The Owner cell's parts, cleaned and lower-cased; empty parts dropped (they name nobody). */
function ownerPartNames(step: Owned): string[] {
  return step.owner
    .split(OWNER_SEPARATORS)
    .map(normalName)
    .filter((part) => part !== '');
}

function normalName(text: string): string {
  return cleanLine(text).toLowerCase();
}

// The plan's name as the email and its sender show it.

/** The deal as the plan tab's title names it ("Acme × Globex"), or else the tab's name. */
export function planTitle(header: PlanHeader | null, sheetName: string): string {
  return dealTitle(header?.customer ?? '', header?.vendor ?? '') || sheetName.trim();
}
