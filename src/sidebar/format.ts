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

// How dates, hours and counts read in the sidebar. Pure, so it is tested without a browser.

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written 'yyyy-MM-dd' (so 2025-02-30 is not). */
export function isDateKey(text: string): boolean {
  const match = DATE_KEY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * 'Fri 28 Mar', or 'Fri 28 Mar 2026' when the year differs from today's. A date key names a day,
 * not an instant, so it is read in UTC and no time zone can shift it.
 */
export function formatDay(key: string, today?: string): string {
  if (!isDateKey(key)) return key;
  const [year, month, day] = key.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const text = `${DAY_NAMES[date.getUTCDay()]} ${day} ${MONTH_NAMES[month - 1]}`;
  return today && today.slice(0, 4) === key.slice(0, 4) ? text : `${text} ${year}`;
}

/** An instant (ISO string) as the wall-clock time of `timeZone`: 'Mon 3 Mar 2025, 09:05'. */
export function formatInstant(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
  } catch {
    // An unknown zone name must not blank the screen; UTC is labelled as such.
    return `${formatInstant(iso, 'UTC')} UTC`;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const key = `${part('year')}-${part('month')}-${part('day')}`;
  return `${formatDay(key)}, ${part('hour')}:${part('minute')}`;
}

/** Apps Script's atHour(h) fires some time within that hour, so the label is a range. */
export function hourLabel(hour: number): string {
  const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return `${pad(hour)}–${pad(hour + 1)}`;
}

export function weekdayLabel(day: Weekday): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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

/** Loose on purpose: the server decides; this only catches typos before a round trip. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
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
