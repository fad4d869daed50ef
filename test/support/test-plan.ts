// Test support: a small plan in the state a weekly email is built from, and a digest content
// built by hand, for the digest suites.
import type { PlanStatusResult } from '../../src/shared/api';
import type { PlanHeader, Stakeholder, Step } from '../../src/core/plan';
import { summarizePlan } from '../../src/core/plan';
import type { DigestContent } from '../../src/core/weekly-email/content';

export const TODAY = '2026-12-07'; // a Monday
export const TIME_ZONE = 'America/Los_Angeles';
export const SHEET_URL = 'https://docs.google.com/spreadsheets/d/1AbCdEf/edit#gid=0';
export const OWNER = 'se@vendor.example';

export function step(row: number, fields: Partial<Step> = {}): Step {
  return {
    row,
    number: String(row - 10),
    phase: 'Evaluation',
    step: `Step ${row}`,
    side: 'Joint',
    owner: 'Jane Doe',
    ownerEmail: '',
    targetDate: '2026-12-20',
    status: 'Not started',
    doneOn: null,
    baselineDate: null,
    notes: '',
    ...fields,
  };
}

export const HEADER: PlanHeader = {
  customer: 'Globex',
  vendor: 'Acme',
  goal: 'Go live before Q1',
  signatureDate: '2026-12-18',
  goLiveDate: '2027-01-15',
  baselineSignatureDate: '2026-12-11',
  owner: 'Sam Seller',
};

export const STEPS: Step[] = [
  step(11, {
    step: 'Discovery call',
    status: 'Done',
    doneOn: '2026-11-20',
    targetDate: '2026-11-20',
  }),
  step(12, {
    step: 'Technical evaluation',
    status: 'Done',
    doneOn: '2026-12-03',
    targetDate: '2026-12-02',
    owner: 'Raj',
  }),
  step(13, {
    step: 'Security review',
    targetDate: '2026-12-10',
    owner: 'Jane Doe',
    ownerEmail: 'jane@globex.example',
  }),
  step(14, {
    step: 'Legal redlines',
    targetDate: '2026-12-01',
    owner: 'Lee',
    status: 'In progress',
  }),
  step(15, { step: 'Executive briefing', targetDate: '2026-12-04', owner: 'Jane Doe, Bob' }),
  step(16, { step: 'Procurement', targetDate: null, owner: '' }),
  step(17, { step: 'Commercials', targetDate: '2026-12-16', owner: '' }),
  step(18, { step: 'Final approval', targetDate: '2027-01-05', owner: 'CFO' }),
  step(19, { step: 'Old idea', status: 'Skipped', targetDate: '2026-11-01' }),
];

export const STAKEHOLDERS: Stakeholder[] = [
  { row: 2, name: 'Sam Seller', email: OWNER, side: 'Vendor', role: 'SE', weeklyEmail: true },
  {
    row: 3,
    name: 'Jane Doe',
    email: 'jane@globex.example',
    side: 'Prospect',
    role: 'Champion',
    weeklyEmail: true,
  },
  {
    row: 4,
    name: 'Outsider',
    email: 'x@other.example',
    side: 'Prospect',
    role: '',
    weeklyEmail: true,
  },
];

export function summaryOf(
  steps: readonly Step[],
  header: PlanHeader | null = HEADER,
): PlanStatusResult {
  return summarizePlan({
    steps,
    warnings: [],
    header,
    today: TODAY,
    sheetName: 'MAP',
    timeZone: TIME_ZONE,
  });
}

/** A content with one item in every section, every text field set to `text`. */
export function contentWith(text: string, overrides: Partial<DigestContent> = {}): DigestContent {
  const line = {
    row: 12,
    step: text,
    owner: text,
    side: 'Prospect' as const,
    targetDate: '2026-12-10',
    status: 'In progress' as const,
  };
  return {
    planTitle: text,
    recipient: { name: text, email: 'jane@globex.example' },
    today: TODAY,
    timeZone: TIME_ZONE,
    status: 'At risk',
    progress: { done: 3, total: 8, percent: 38 },
    yourItems: [{ ...line, daysLate: 2 }],
    late: [{ ...line, daysLate: 2 }],
    dueSoon: [line],
    dueSoonDays: 14,
    completed: [{ ...line, status: 'Done', doneOn: '2026-12-03' }],
    since: '2026-11-30',
    moved: [{ ...line, from: '2026-12-03', to: '2026-12-10', days: 7 }],
    missing: [{ ...line, owner: '', missing: ['owner'] }],
    next: line,
    signature: { date: '2026-12-18', baseline: '2026-12-11', driftDays: 7 },
    sheetUrl: SHEET_URL,
    ownerEmail: OWNER,
    ownerNotes: {
      waiting: [text],
      invalid: [{ email: text, reason: text }],
      planWarnings: [{ row: 14, message: text }],
      stakeholderWarnings: [{ row: 3, message: text }],
    },
    ...overrides,
  };
}
