import type { PlanStatusResult, RecipientJson, StepRef } from '../../shared/api';
import { calendarDaysBetween, type DateKey } from '../dates';
import type { PlanHeader, RowWarning, Stakeholder, Step } from '../plan';
import { addressKey } from './recipients';
import { classifyStep, type ClassifiableStep } from '../plan';
import { changesSince, type DigestSnapshot } from './snapshot';
import {
  optionalDateOrder,
  type DigestContent,
  type DigestLateLine,
  type DigestOwnerNotes,
  type DigestStepLine,
  indexOwners,
  type OwnerIndex,
  planTitle,
} from './content';
import { safeHttpUrl } from '../text';
export { planTitle } from './content';

// The part of the weekly email that is the same for every recipient, worked out once per run:
// step states, the plan-wide lists, the changes since the last email, and the indexes that
// find each recipient's own items. A plan of 5,000 steps mailed to 50 people used to repeat all
// of it 50 times; now each recipient costs only their own items (digestFor in build-digest).
//
// The plan-wide lists (late, missing an owner or date, next, status, progress, signature drift)
// come from the same summary the sidebar shows, so the email and the sidebar never disagree; the
// lists only the email has (the recipient's own items, the 14-day window, changes since the last
// email) are computed here with the same step classification.

/** The email's "due soon" window, wider than the sidebar's: it is read once a week. */
export const DIGEST_DUE_SOON_DAYS = 14;

export interface DigestPlanInput {
  summary: PlanStatusResult;
  steps: readonly (Step & ClassifiableStep)[];
  header: PlanHeader | null;
  stakeholders: readonly Stakeholder[];
  today: DateKey;
  timeZone: string;
  sheetUrl: string | null;
  /** The snapshot taken when the previous email was sent (makeDigestSnapshot). */
  lastDigest?: DigestSnapshot | null;
  ownerEmail: string;
  /** Every ticked stakeholder's state; listed in the owner's own copy only. */
  recipients?: readonly RecipientJson[];
  /** Step owners the reminders cannot reach (unapproved or unmailable): the owner's copy lists them. */
  heldReminders?: readonly { email: string; reason: string }[];
  /** Rows of the plan tab that could not be read; listed in the owner's own copy only. */
  planWarnings?: readonly RowWarning[];
  /** Rows of the Stakeholders tab that could not be read; owner's copy only. */
  stakeholderWarnings?: readonly RowWarning[];
}

/** What every recipient's content shares; not theirs: recipient, yourItems, ownerNotes. */
export type SharedDigestContent = Omit<DigestContent, 'recipient' | 'yourItems' | 'ownerNotes'>;

/**
 * One run's plan-wide digest. Every recipient's content refers to the same shared lists, so
 * contents built from it are to be read (rendered), not changed.
 */
export interface PreparedDigest {
  shared: SharedDigestContent;
  /** Open steps in "your items" order (most days late, then by date, then by row). */
  openItems: readonly DigestLateLine[];
  /** Finds a recipient's positions in openItems. */
  owners: OwnerIndex;
  /** The names the Stakeholders tab gives each address (by addressKey), in row order. */
  stakeholderNames: ReadonlyMap<string, readonly string[]>;
  /** Addresses (by addressKey) whose first Stakeholders row is on the customer's side. */
  buyers: ReadonlySet<string>;
  /** addressKey of the schedule owner, '' when there is none: their copy has ownerNotes. */
  ownerKey: string;
  ownerNotes: DigestOwnerNotes;
}

export function prepareDigest(input: DigestPlanInput): PreparedDigest {
  const { summary, steps, today } = input;
  const byRow = new Map(steps.map((s) => [s.row, s]));
  const line = (ref: StepRef): DigestStepLine => lineOf(byRow.get(ref.row) ?? refStep(ref));
  const byDate = optionalDateOrder();
  const states = steps.map((step) => ({
    step,
    state: classifyStep(step, today, DIGEST_DUE_SOON_DAYS),
  }));

  // Sorted once for everyone: a recipient's items are a subsequence of this order, and a
  // stable sort of a subsequence is that subsequence of the stable sort.
  const open = states
    .filter(({ state }) => !state.closed)
    .sort(
      (a, b) =>
        b.state.daysLate - a.state.daysLate ||
        byDate(a.step.targetDate, b.step.targetDate) ||
        a.step.row - b.step.row,
    );

  const dueSoon = states
    .filter(({ state }) => state.dueSoon)
    .map(({ step }) => step)
    .sort((a, b) => byDate(a.targetDate, b.targetDate) || a.row - b.row)
    .map(lineOf);

  const changes = changesSince(steps, input.lastDigest ?? null, today);
  const recipients = input.recipients ?? [];

  return {
    shared: {
      planTitle: planTitle(input.header, summary.sheetName),
      today,
      timeZone: input.timeZone,
      status: summary.status,
      progress: { ...summary.progress },
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
    },
    openItems: open.map(({ step, state }) => ({ ...lineOf(step), daysLate: state.daysLate })),
    owners: indexOwners(open.map(({ step }) => step)),
    stakeholderNames: namesByAddress(input.stakeholders),
    buyers: buyersOf(input.stakeholders),
    ownerKey: input.ownerEmail.trim() === '' ? '' : addressKey(input.ownerEmail),
    ownerNotes: {
      ...withHeldReminders(
        recipients.filter((r) => r.state === 'waiting for approval').map((r) => r.email),
        recipients
          .filter((r) => r.state === 'invalid')
          .map((r) => ({ email: r.email, reason: r.reason ?? 'invalid' })),
        input.heldReminders ?? [],
      ),
      planWarnings: rowWarnings(input.planWarnings),
      stakeholderWarnings: rowWarnings(input.stakeholderWarnings),
    },
  };
}

/** The owner's "not sent" lists, with the step owners reminders cannot reach added once each. */
function withHeldReminders(
  waiting: string[],
  invalid: { email: string; reason: string }[],
  held: readonly { email: string; reason: string }[],
): { waiting: string[]; invalid: { email: string; reason: string }[] } {
  const seen = new Set([...waiting, ...invalid.map((i) => i.email)].map(addressKey));
  for (const h of held) {
    if (seen.has(addressKey(h.email))) continue;
    seen.add(addressKey(h.email));
    if (h.reason === 'waiting for your approval') waiting.push(h.email);
    else invalid.push(h);
  }
  return { waiting, invalid };
}

/** Copied in sheet order: the two readers report rows in their own orders. */
function rowWarnings(warnings: readonly RowWarning[] = []): RowWarning[] {
  return warnings.map((w) => ({ row: w.row, message: w.message })).sort((a, b) => a.row - b.row);
}

function buyersOf(stakeholders: readonly Stakeholder[]): Set<string> {
  const seen = new Set<string>();
  const buyers = new Set<string>();
  for (const s of stakeholders) {
    const key = addressKey(s.email);
    if (seen.has(key)) continue;
    seen.add(key);
    if (s.side === 'Prospect') buyers.add(key);
  }
  return buyers;
}

function namesByAddress(stakeholders: readonly Stakeholder[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const s of stakeholders) {
    const key = addressKey(s.email);
    const list = names.get(key);
    if (list) list.push(s.name);
    else names.set(key, [s.name]);
  }
  return names;
}

function lineOf(
  step: Pick<Step, 'row' | 'step' | 'owner' | 'side' | 'targetDate' | 'status'> & {
    targetDateText?: string;
  },
): DigestStepLine {
  return {
    row: step.row,
    step: step.step,
    owner: step.owner,
    side: step.side,
    targetDate: step.targetDate,
    ...(step.targetDateText !== undefined ? { targetDateText: step.targetDateText } : {}),
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

// One recipient's digest content: the run's shared part (prepareDigest, once per run) plus what
// is theirs alone: their name, their own open items, and, in the schedule owner's copy, who was
// not sent the email.

export interface DigestRecipient {
  name: string;
  email: string;
}

export interface BuildDigestInput extends DigestPlanInput {
  recipient: DigestRecipient;
}

/** A single recipient's content; a run mailing several prepares once and calls digestFor. */
export function buildDigest(input: BuildDigestInput): DigestContent {
  return digestFor(prepareDigest(input), input.recipient);
}

export function digestFor(plan: PreparedDigest, recipient: DigestRecipient): DigestContent {
  const { shared } = plan;
  const key = addressKey(recipient.email);
  const names = recipientNames(recipient.name, plan.stakeholderNames.get(key) ?? []);
  const yourItems = plan.owners.owned(names, recipient.email).map((i) => plan.openItems[i]);
  return {
    planTitle: shared.planTitle,
    recipient: { name: names[0] ?? '', email: recipient.email },
    today: shared.today,
    timeZone: shared.timeZone,
    status: shared.status,
    progress: { ...shared.progress },
    yourItems,
    late: shared.late,
    dueSoon: shared.dueSoon,
    dueSoonDays: shared.dueSoonDays,
    completed: shared.completed,
    since: shared.since,
    moved: shared.moved,
    missing: shared.missing,
    next: shared.next,
    signature: shared.signature,
    sheetUrl: shared.sheetUrl,
    ownerEmail: shared.ownerEmail,
    ownerNotes: plan.ownerKey !== '' && key === plan.ownerKey ? plan.ownerNotes : null,
    // The schedule owner always reads the seller's words, whatever their row says.
    audience: key !== plan.ownerKey && plan.buyers.has(key) ? 'buyer' : 'seller',
  };
}

/** The recipient's name, then any other name a Stakeholders row gives the same address. */
function recipientNames(name: string, stakeholderNames: readonly string[]): string[] {
  return [...new Set([name, ...stakeholderNames].map((n) => n.trim()).filter((n) => n !== ''))];
}
