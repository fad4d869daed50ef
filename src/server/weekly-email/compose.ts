// Every email the weekly email sends, with its envelope, built here and only here: each
// recipient's digest (from core's content and renderers: the server only supplies what it read
// and who it is from), the owner's test copy, and the plain notes to the owner about the
// weekly email itself. The plan-wide part of a digest is prepared once per run
// (digestComposer); each message then costs only what is the recipient's own.
import {
  digestFor,
  type DigestSnapshot,
  type PlainNote,
  planTitle,
  prepareDigest,
  type PreparedDigest,
  type RenderedEmail,
  renderDigest,
} from '../../core/weekly-email';
import { cleanHeader } from '../../core/text';
import type { DigestEmailJson, RecipientJson } from '../../shared/api';
import type { DigestPlan } from './run-context';

/** Who the add-on's own notes come from. */
export const ADDON_SENDER_NAME = 'Mutual Action Plan';

export const TEST_SUBJECT_PREFIX = '[Test] ';

/** The longest subject any message gets (the digest's own is shorter; notes name the file). */
const MAX_SUBJECT = 200;

/** Every message leaves through here: its header-bound text cleaned by the one function. */
function envelope(message: DigestEmailJson): DigestEmailJson {
  return {
    ...message,
    subject: cleanHeader(message.subject, MAX_SUBJECT),
    name: cleanHeader(message.name, MAX_SUBJECT),
  };
}

export interface ComposeInput {
  plan: DigestPlan;
  owner: string;
  /** Every ticked stakeholder's state: the owner's own copy lists who is waiting or invalid. */
  recipients: readonly RecipientJson[];
  lastDigest: DigestSnapshot | null;
  /** Step owners reminders cannot reach, for the owner's own copy (absent: reminders off). */
  heldReminders?: readonly { email: string; reason: string }[];
}

export type DigestComposer = (recipient: { name: string; email: string }) => DigestEmailJson;

/**
 * The sender's display name: the plan's title. Characters that have a meaning in an address
 * header are dropped so the name can never be read as, or next to, another address.
 */
export function senderName(plan: DigestPlan): string {
  const title = planTitle(plan.reading.header, plan.reading.sheetName);
  const name = cleanHeader(title, 60)
    .replace(/["<>,;:@\\()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? ADDON_SENDER_NAME : `${name} MAP`;
}

/**
 * Call the result for each recipient. The run's shared digest is prepared at the first call and
 * reused; a run with nobody left to mail prepares nothing.
 */
export function digestComposer(input: ComposeInput): DigestComposer {
  let shared: { prepared: PreparedDigest; name: string } | null = null;
  return (recipient) => {
    shared ??= { prepared: prepareFor(input), name: senderName(input.plan) };
    const rendered = renderDigest(digestFor(shared.prepared, recipient));
    return envelope({
      to: recipient.email,
      subject: rendered.subject,
      body: rendered.body,
      htmlBody: rendered.htmlBody,
      replyTo: input.owner,
      name: shared.name,
    });
  };
}

function prepareFor({
  plan,
  owner,
  recipients,
  lastDigest,
  heldReminders,
}: ComposeInput): PreparedDigest {
  return prepareDigest({
    summary: plan.reading.status,
    steps: plan.reading.steps,
    header: plan.reading.header,
    stakeholders: plan.stakeholders,
    today: plan.reading.today,
    timeZone: plan.reading.timeZone,
    sheetUrl: plan.sheetUrl,
    lastDigest,
    ownerEmail: owner,
    recipients,
    heldReminders,
    planWarnings: plan.reading.warnings,
    stakeholderWarnings: plan.stakeholderWarnings,
  });
}

/** The name to greet an address by: the first ticked row that gives it. */
export function recipientFor(
  email: string,
  recipients: readonly RecipientJson[],
): { name: string; email: string } {
  const key = email.toLowerCase();
  const row = recipients.find((r) => r.email.toLowerCase() === key);
  return { name: row?.name ?? '', email: row?.email ?? email };
}

/**
 * The owner's own copy, mailed to whoever asked for a test: the digest the owner would get
 * (with the waiting and invalid addresses), marked as a test in its subject.
 */
export function testCopy(input: ComposeInput, to: string): DigestEmailJson {
  const message = digestComposer(input)(recipientFor(input.owner, input.recipients));
  return envelope({ ...message, to, subject: TEST_SUBJECT_PREFIX + message.subject });
}

/** A step owner's reminder: sent from the schedule owner's account, replies go to them. */
export function reminderToOwnerOfStep(
  plan: DigestPlan,
  owner: string,
  to: string,
  reminder: RenderedEmail,
): DigestEmailJson {
  return envelope({ to, replyTo: owner, name: senderName(plan), ...reminder });
}

/** A note to the schedule owner about the weekly email itself, from and replying to them. */
export function noteToOwner(owner: string, note: PlainNote | RenderedEmail): DigestEmailJson {
  return envelope({
    to: owner,
    replyTo: owner,
    name: ADDON_SENDER_NAME,
    subject: note.subject,
    body: note.body,
    htmlBody: 'htmlBody' in note ? note.htmlBody : '',
  });
}
