// Each recipient's message, from core's content and renderers: the server only supplies what it
// read (plan, stakeholders, the previous email's snapshot) and the envelope (reply-to, name).
// The plan-wide part is prepared once per run (digestComposer); each message then costs only
// what is the recipient's own.
import { digestFor, prepareDigest, type PreparedDigest } from '../../core/weekly-email';
import { planTitle } from '../../core/weekly-email';
import { cleanValue } from '../../core/text';
import { renderDigest } from '../../core/weekly-email';
import type { DigestSnapshot } from '../../core/weekly-email';
import type { DigestEmailJson, RecipientJson } from '../../shared/api';
import type { DigestPlan } from './run';

export interface ComposeInput {
  plan: DigestPlan;
  owner: string;
  /** Every ticked stakeholder's state: the owner's own copy lists who is waiting or invalid. */
  recipients: readonly RecipientJson[];
  lastDigest: DigestSnapshot | null;
}

export type DigestComposer = (recipient: { name: string; email: string }) => DigestEmailJson;

/**
 * The sender's display name: the plan's title. Characters that have a meaning in an address
 * header are dropped so the name can never be read as, or next to, another address.
 */
export function senderName(plan: DigestPlan): string {
  const title = planTitle(plan.reading.header, plan.reading.sheetName);
  const name = cleanValue(title, 60)
    .replace(/["<>,;:@\\()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? 'Mutual Action Plan' : `${name} MAP`;
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
    return {
      to: recipient.email,
      subject: rendered.subject,
      body: rendered.body,
      htmlBody: rendered.htmlBody,
      replyTo: input.owner,
      name: shared.name,
    };
  };
}

function prepareFor({ plan, owner, recipients, lastDigest }: ComposeInput): PreparedDigest {
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
    planWarnings: plan.reading.warnings,
    stakeholderWarnings: plan.stakeholderWarnings,
  });
}

/** One message on its own (the test send); runs mailing several use digestComposer. */
export function composeDigestEmail(
  input: ComposeInput,
  recipient: { name: string; email: string },
): DigestEmailJson {
  return digestComposer(input)(recipient);
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
