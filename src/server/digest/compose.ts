// One recipient's message, from core's content and renderers: the server only supplies what it
// read (plan, stakeholders, the previous email's snapshot) and the envelope (reply-to, name).
import { buildDigest, planTitle } from '../../core/digest/build-digest';
import { cleanValue } from '../../core/digest/clean-text';
import { renderDigest } from '../../core/digest/render-digest';
import type { DigestSnapshot } from '../../core/digest/snapshot';
import type { DigestEmailJson, RecipientJson } from '../../shared/api';
import type { DigestPlan } from './plan-input';

export interface ComposeInput {
  plan: DigestPlan;
  owner: string;
  /** Every ticked stakeholder's state: the owner's own copy lists who is waiting or invalid. */
  recipients: readonly RecipientJson[];
  lastDigest: DigestSnapshot | null;
}

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

export function composeDigestEmail(
  input: ComposeInput,
  recipient: { name: string; email: string },
): DigestEmailJson {
  const { plan } = input;
  const content = buildDigest({
    summary: plan.reading.status,
    steps: plan.reading.steps,
    header: plan.reading.header,
    stakeholders: plan.stakeholders,
    recipient,
    today: plan.reading.today,
    timeZone: plan.reading.timeZone,
    sheetUrl: plan.sheetUrl,
    lastDigest: input.lastDigest,
    ownerEmail: input.owner,
    recipients: input.recipients,
  });
  const rendered = renderDigest(content);
  return {
    to: recipient.email,
    subject: rendered.subject,
    body: rendered.body,
    htmlBody: rendered.htmlBody,
    replyTo: input.owner,
    name: senderName(plan),
  };
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
