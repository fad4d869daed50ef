// How the sidebar words what it shows. Dates, times and counts come from core, so the sidebar
// reads exactly like the weekly email and the sheet; this adds the sidebar's own labels. Pure,
// so it is tested without a browser.
import { formatClock, formatDateKey, formatInstant, isDateKey } from '../core/dates';
import { plural } from '../core/text';
import type {
  TemplateSummary,
  UncommittedStepRef,
  Weekday,
  DigestSettings,
  DigestStateJson,
  RecipientJson,
  RecipientState,
  SendReportJson,
} from '../shared/api';

/**
 * A day from the server with its weekday: "Fri, Mar 28", and "Mon, Jan 5, 2026" when the year
 * is not today's. Anything that is not a 'yyyy-MM-dd' key is shown as it came.
 */
export function dayText(key: string, today: string): string {
  return isDateKey(key) ? formatDateKey(key, { weekday: true, year: today }) : key;
}

/** An instant (ISO string) at the wall clock of the sheet's zone: "Mon, Mar 3 at 09:12". */
export function momentText(iso: string, timeZone: string, today: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return formatInstant(iso, timeZone, { weekday: true, year: today });
}

/** Apps Script's atHour(h) fires some time within that hour, so the label is a range. */
export function hourLabel(hour: number): string {
  return `${formatClock(hour)}–${formatClock(hour + 1)}`;
}

export function weekdayLabel(day: Weekday): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

export function daysLateLabel(days: number): string {
  return `${plural(days, 'day')} late`;
}

export function missingLabel(missing: UncommittedStepRef['missing']): string {
  const owner = missing.includes('owner');
  const date = missing.includes('date');
  if (owner && date) return 'No owner or date';
  if (owner) return 'No owner';
  if (date) return 'No date';
  return 'Not committed';
}

/** '12 steps · about 6 weeks to signature' — what a seller weighs when picking a template. */
export function templateMeta(template: TemplateSummary): string {
  const weeks = Math.max(1, Math.round(template.typicalBusinessDays / 5));
  const goal = template.postSignature ? 'go-live' : 'signature';
  return `${plural(template.stepCount, 'step')} · about ${plural(weeks, 'week')} to ${goal}`;
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

// What the weekly-email screen says about the schedule, its recipients and a send. Pure, so
// the wording rules are tested without a browser.

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
  'will not receive': 'Will not receive',
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
