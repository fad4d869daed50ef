// One recipient's digest content from the plan as the server read it. The plan-wide lists
// (late, missing an owner or date, next, status, progress, signature drift) come from the same
// summary the sidebar shows, so the email and the sidebar never disagree; the lists only the
// email has (the recipient's own items, the 14-day window, changes since the last email) are
// computed here with the same step classification.
import type { PlanStatusResult, RecipientJson, StepRef } from '../../shared/api';
import { calendarDaysBetween, compareDateKeys } from '../dates';
import type { DateKey, PlanHeader, Stakeholder, Step } from '../model';
import { addressKey } from '../recipients/email-address';
import { classifyStep, type ClassifiableStep } from '../steps/state';
import { changesSince } from './changes-since';
import type { DigestContent, DigestLateLine, DigestStepLine } from './digest-content';
import { ownsStep } from './owner-match';
import { safeHttpUrl } from './safe-url';
import type { DigestSnapshot } from './snapshot';

/** The email's "due soon" window, wider than the sidebar's: it is read once a week. */
export const DIGEST_DUE_SOON_DAYS = 14;

export interface BuildDigestInput {
  summary: PlanStatusResult;
  steps: readonly (Step & ClassifiableStep)[];
  header: PlanHeader | null;
  stakeholders: readonly Stakeholder[];
  recipient: { name: string; email: string };
  today: DateKey;
  timeZone: string;
  sheetUrl: string | null;
  /** The snapshot taken when the previous email was sent (makeDigestSnapshot). */
  lastDigest?: DigestSnapshot | null;
  ownerEmail: string;
  /** Every ticked stakeholder's state; listed in the owner's own copy only. */
  recipients?: readonly RecipientJson[];
}

export function buildDigest(input: BuildDigestInput): DigestContent {
  const { summary, steps, today } = input;
  const byRow = new Map(steps.map((s) => [s.row, s]));
  const line = (ref: StepRef): DigestStepLine => lineOf(byRow.get(ref.row) ?? refStep(ref));
  const states = steps.map((step) => ({
    step,
    state: classifyStep(step, today, DIGEST_DUE_SOON_DAYS),
  }));

  const names = recipientNames(input.recipient, input.stakeholders);
  // With no name known, the Owner email cell (or an address in the Owner cell) still matches.
  const identities = names.length > 0 ? names : [''];
  const yourItems: DigestLateLine[] = states
    .filter(
      ({ step, state }) =>
        !state.closed &&
        identities.some((name) => ownsStep(step, { name, email: input.recipient.email })),
    )
    .sort(
      (a, b) =>
        b.state.daysLate - a.state.daysLate ||
        compareOptionalDates(a.step.targetDate, b.step.targetDate) ||
        a.step.row - b.step.row,
    )
    .map(({ step, state }) => ({ ...lineOf(step), daysLate: state.daysLate }));

  const dueSoon = states
    .filter(({ state }) => state.dueSoon)
    .map(({ step }) => step)
    .sort((a, b) => compareOptionalDates(a.targetDate, b.targetDate) || a.row - b.row)
    .map(lineOf);

  const changes = changesSince(steps, input.lastDigest ?? null, today);
  const isOwnerCopy =
    input.ownerEmail.trim() !== '' &&
    addressKey(input.recipient.email) === addressKey(input.ownerEmail);
  const recipients = input.recipients ?? [];

  return {
    planTitle: planTitle(input.header, summary.sheetName),
    recipient: { name: names[0] ?? '', email: input.recipient.email },
    today,
    timeZone: input.timeZone,
    status: summary.status,
    progress: { ...summary.progress },
    yourItems,
    late: summary.late.map((ref) => ({ ...line(ref), daysLate: ref.daysLate })),
    dueSoon,
    dueSoonDays: DIGEST_DUE_SOON_DAYS,
    completed: changes.completed.map((s) => ({ ...lineOf(s), doneOn: s.doneOn })),
    since: changes.since,
    moved: changes.moved.map(({ step, from, to }) => ({
      ...lineOf(step),
      from,
      to,
      days: calendarDaysBetween(from, to),
    })),
    missing: summary.uncommitted.map((ref) => ({ ...line(ref), missing: [...ref.missing] })),
    next: summary.next.length > 0 ? line(summary.next[0]) : null,
    signature: {
      date: summary.signatureDate,
      baseline: input.header?.baselineSignatureDate ?? null,
      driftDays: summary.signatureDriftDays,
    },
    sheetUrl: safeHttpUrl(input.sheetUrl),
    ownerEmail: input.ownerEmail,
    ownerNotes: isOwnerCopy
      ? {
          waiting: recipients.filter((r) => r.state === 'waiting for approval').map((r) => r.email),
          invalid: recipients
            .filter((r) => r.state === 'invalid')
            .map((r) => ({ email: r.email, reason: r.reason ?? 'invalid' })),
        }
      : null,
  };
}

/** "Vendor x Customer", or whichever of the two is known, or the tab's name. */
export function planTitle(header: PlanHeader | null, sheetName: string): string {
  const parts = [header?.vendor ?? '', header?.customer ?? ''].map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' x ') : sheetName.trim();
}

/** The recipient's name, then any other name a Stakeholders row gives the same address. */
function recipientNames(
  recipient: { name: string; email: string },
  stakeholders: readonly Stakeholder[],
): string[] {
  const key = addressKey(recipient.email);
  const names = [
    recipient.name,
    ...stakeholders.filter((s) => addressKey(s.email) === key).map((s) => s.name),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

function lineOf(
  step: Pick<Step, 'row' | 'step' | 'owner' | 'side' | 'targetDate' | 'status'>,
): DigestStepLine {
  return {
    row: step.row,
    step: step.step,
    owner: step.owner,
    side: step.side,
    targetDate: step.targetDate,
    status: step.status,
  };
}

/** A summary entry whose row is not among the steps given (should not happen): keep its facts. */
function refStep(
  ref: StepRef,
): Pick<Step, 'row' | 'step' | 'owner' | 'side' | 'targetDate' | 'status'> {
  return {
    row: ref.row,
    step: ref.step,
    owner: ref.owner,
    side: '',
    targetDate: ref.targetDate,
    status: 'Not started',
  };
}

/** Dated before undated. */
function compareOptionalDates(a: DateKey | null, b: DateKey | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareDateKeys(a, b);
}
