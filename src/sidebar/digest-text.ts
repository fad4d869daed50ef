// What the weekly-email screen says about the schedule, its recipients and a send. Pure, so
// the wording rules are tested without a browser.
import type {
  DigestSettings,
  DigestStateJson,
  RecipientJson,
  RecipientState,
  SendReportJson,
} from '../shared/api';
import { domainOf, hourLabel, plural, weekdayLabel } from './format';

/**
 * Changing the schedule, approving addresses and mailing everyone act on the schedule owner's
 * account; anyone else may only look, preview and test, so no second schedule appears silently.
 */
export function canManage(digest: DigestStateJson): boolean {
  return digest.isOwner || digest.owner === null;
}

export function ownershipText(digest: DigestStateJson, user: string): string {
  if (digest.owner === null) {
    return `No one runs the schedule yet. Turning it on sends the email from your account (${user}).`;
  }
  if (digest.isOwner) return `You run the schedule: the email is sent from your account (${user}).`;
  return `${digest.owner} runs the schedule and the email is sent from their account, so only they can change it, approve recipients or send to everyone.`;
}

export function scheduleText(settings: DigestSettings, timeZone: string): string {
  if (!settings.enabled) return 'The weekly email is off.';
  return `Every ${weekdayLabel(settings.weekday)}, ${hourLabel(settings.hour)} (${timeZone}).`;
}

export const RECIPIENT_STATE_LABELS: Record<RecipientState, string> = {
  'will receive': 'Will receive',
  'waiting for approval': 'Waiting for your approval',
  invalid: 'Invalid address',
};

export function recipientCounts(recipients: RecipientJson[]): string {
  const count = (state: RecipientState) => recipients.filter((r) => r.state === state).length;
  const parts = [`${count('will receive')} will receive`];
  const waiting = count('waiting for approval');
  const invalid = count('invalid');
  if (waiting) parts.push(`${waiting} waiting for approval`);
  if (invalid) parts.push(`${invalid} invalid`);
  return parts.join(' · ');
}

/** Domains of waiting recipients not yet approved, in first-seen order, each listed once. */
export function waitingDomains(recipients: RecipientJson[], approved: string[] = []): string[] {
  const known = new Set(approved.map((d) => d.toLowerCase()));
  const domains: string[] = [];
  for (const recipient of recipients) {
    if (recipient.state !== 'waiting for approval') continue;
    const domain = domainOf(recipient.email);
    if (domain && !known.has(domain) && !domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

export function withDomainApproved(settings: DigestSettings, domain: string): DigestSettings {
  const approvedDomains = [...(settings.approvedDomains ?? [])];
  if (!approvedDomains.some((d) => d.toLowerCase() === domain.toLowerCase())) {
    approvedDomains.push(domain);
  }
  return { ...settings, approvedDomains };
}

export interface SendSummary {
  tone: 'success' | 'error' | 'info';
  text: string;
}

/** A send that reached nobody or failed for someone must not read like a success. */
export function sendReportSummary(report: SendReportJson): SendSummary {
  const parts: string[] = [];
  if (report.message) parts.push(report.message);
  else if (report.sent.length) parts.push(`Sent to ${plural(report.sent.length, 'recipient')}.`);
  if (report.failed.length) {
    parts.push(`Failed: ${report.failed.map((f) => `${f.email} (${f.error})`).join(', ')}.`);
  }
  if (report.waitingForApproval.length) {
    parts.push(`Not sent until you approve: ${report.waitingForApproval.join(', ')}.`);
  }
  if (!parts.length) parts.push('No email was sent.');
  const tone = report.failed.length ? 'error' : report.sent.length ? 'success' : 'info';
  return { tone, text: parts.join(' ') };
}
