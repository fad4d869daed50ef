// How dates, hours and counts read in the sidebar. Pure, so it is tested without a browser.
import type { TemplateSummary, UncommittedStepRef, Weekday } from '../shared/api';

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
