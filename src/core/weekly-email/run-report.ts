import type { SendReportJson } from '../../shared/api';
import { plural } from '../text';
import type { DeliveryPlan } from './delivery';

// What a delivery run says about itself: to the person who pressed "send now" (the report), to
// the sidebar's log (the "skipped" note), and whether it is worth a log entry at all.

export type DeliveryTrigger = 'schedule' | 'manual';

export interface RunFacts {
  period: string;
  plan: Pick<DeliveryPlan, 'alreadySent' | 'uncertain' | 'givenUp' | 'overCapacity' | 'quotaShort'>;
  sent: string[];
  failed: { email: string; error: string }[];
  waiting: string[];
  invalid: number;
}

/** The parts of a run that did not end in a sent email, one short clause each. */
export function skippedParts(facts: RunFacts): string[] {
  const { plan } = facts;
  const parts: string[] = [];
  if (plan.quotaShort) {
    parts.push(
      `daily quota too low (${plan.quotaShort.remaining} left, ${plan.quotaShort.needed} needed): nobody sent, retried hourly`,
    );
  }
  if (plan.alreadySent.length > 0) parts.push(`${plan.alreadySent.length} already sent this week`);
  if (plan.uncertain.length > 0) {
    parts.push(`${plan.uncertain.length} not resent: a stopped run may have mailed them`);
  }
  if (plan.givenUp.length > 0) parts.push(`${plan.givenUp.length} failed 3 times: given up`);
  if (plan.overCapacity.length > 0) parts.push(`${plan.overCapacity.length} over the send limit`);
  if (facts.waiting.length > 0) parts.push(`${facts.waiting.length} waiting for approval`);
  if (facts.invalid > 0) parts.push(`${facts.invalid} invalid`);
  return parts;
}

export function reportMessage(facts: RunFacts): string {
  const { plan } = facts;
  if (plan.quotaShort) {
    return (
      `Nobody was sent this week's update: your account can send ${plural(plan.quotaShort.remaining, 'more email')} ` +
      `today and it needs ${plan.quotaShort.needed}. It is retried automatically every hour.`
    );
  }
  const sentences: string[] = [];
  if (facts.sent.length > 0) sentences.push(`Sent to ${plural(facts.sent.length, 'recipient')}.`);
  if (plan.alreadySent.length > 0) {
    sentences.push(
      `${plural(plan.alreadySent.length, 'recipient')} already had this week's update, so ${plan.alreadySent.length === 1 ? 'it was' : 'they were'} not sent again.`,
    );
  }
  if (plan.uncertain.length > 0) {
    sentences.push(
      `${plural(plan.uncertain.length, 'recipient')} may have been mailed by a run that stopped, so ${plan.uncertain.length === 1 ? 'it was' : 'they were'} not sent again.`,
    );
  }
  if (facts.failed.length > 0) {
    sentences.push(
      `${plural(facts.failed.length, 'send')} failed; ${facts.failed.length === 1 ? 'it is' : 'they are'} retried automatically.`,
    );
  }
  if (facts.waiting.length > 0) {
    sentences.push(
      `${plural(facts.waiting.length, 'address', 'addresses')} still ${facts.waiting.length === 1 ? 'waits' : 'wait'} for your approval.`,
    );
  }
  if (sentences.length === 0) {
    return 'Nobody is set to receive the weekly email: tick "Weekly email" for stakeholders with a valid address.';
  }
  return sentences.join(' ');
}

export function sendReport(facts: RunFacts): SendReportJson {
  return {
    period: facts.period,
    sent: facts.sent,
    alreadySent: facts.plan.alreadySent,
    failed: facts.failed,
    waitingForApproval: facts.waiting,
    message: reportMessage(facts),
  };
}

/**
 * Whether the run goes into the send log: what someone would want to know later. An hourly
 * tick that found the quota still short, or nothing left to do, is not news.
 */
export function isLogNews(
  trigger: DeliveryTrigger,
  plan: Pick<DeliveryPlan, 'quotaShort' | 'notifyOwnerOfQuota' | 'newlyUncertain'>,
  facts: Pick<RunFacts, 'sent' | 'failed'>,
): boolean {
  const quotaNews = plan.quotaShort !== null && (plan.notifyOwnerOfQuota || trigger === 'manual');
  return (
    trigger === 'manual' ||
    facts.sent.length > 0 ||
    facts.failed.length > 0 ||
    quotaNews ||
    plan.newlyUncertain.length > 0
  );
}
