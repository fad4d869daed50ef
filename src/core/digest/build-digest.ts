// One recipient's digest content: the run's shared part (prepareDigest, once per run) plus what
// is theirs alone: their name, their own open items, and, in the schedule owner's copy, who was
// not sent the email.
import { addressKey } from '../recipients/email-address';
import type { DigestContent } from './digest-content';
import { prepareDigest, type DigestPlanInput, type PreparedDigest } from './prepared-digest';

export { DIGEST_DUE_SOON_DAYS, prepareDigest } from './prepared-digest';
export type { DigestPlanInput, PreparedDigest } from './prepared-digest';
export { planTitle } from './plan-title';

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
  };
}

/** The recipient's name, then any other name a Stakeholders row gives the same address. */
function recipientNames(name: string, stakeholderNames: readonly string[]): string[] {
  return [...new Set([name, ...stakeholderNames].map((n) => n.trim()).filter((n) => n !== ''))];
}
