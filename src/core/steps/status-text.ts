// Reading the Status and Side cells people type or pick. The sheet formulas compare status
// with TRIM() and Sheets' case-insensitive "=", so for Done, Skipped and Blocked core accepts
// exactly that tolerance and no more: both must call the same rows done or late.
import { SIDES, STATUSES, type Side, type StepStatus } from '../model';

function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

// Spellings of open statuses that no formula tells apart from Not started, so accepting them
// cannot make the sheet and core disagree.
const OPEN_SPELLINGS: Record<string, StepStatus> = {
  'in-progress': 'In progress',
  inprogress: 'In progress',
  'in process': 'In progress',
  'not-started': 'Not started',
  'not yet started': 'Not started',
  'to do': 'Not started',
  todo: 'Not started',
};

/** The status a cell means, or null when it means none. A blank status is Not started. */
export function parseStatus(text: string): StepStatus | null {
  const key = squash(text);
  if (key === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === key) ?? OPEN_SPELLINGS[key] ?? null;
}

const SIDE_SPELLINGS: Record<string, Side> = {
  customer: 'Prospect',
  buyer: 'Prospect',
  client: 'Prospect',
  seller: 'Vendor',
  supplier: 'Vendor',
  both: 'Joint',
  shared: 'Joint',
};

/** The side a cell means, '' when blank, or null when it means none. */
export function parseSide(text: string): Side | '' | null {
  const key = squash(text);
  if (key === '') return '';
  return SIDES.find((s) => s.toLowerCase() === key) ?? SIDE_SPELLINGS[key] ?? null;
}
