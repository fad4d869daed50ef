// The short note the schedule owner sends to themselves when the weekly email needs them:
// the daily quota could not cover everyone (nobody was sent), a send may or may not have gone
// out (an execution died mid-send), sends failed, or addresses wait for approval. Sheet values
// are cleaned and escaped exactly as in the digest.
import type { DateKey } from '../dates';
import { formatDateKey } from '../dates';
import { cleanValue, isolateForText, truncate, plural } from '../text';
import { escapeHtml, safeHttpUrl } from '../text';
import type { RenderedEmail } from './render';
import { MAX_SUBJECT_LENGTH } from './document';

/** Addresses listed per kind; the rest are counted. */
export const MAX_LISTED_ADDRESSES = 50;

export interface OwnerNoteInput {
  planTitle: string;
  /** The period the note is about (its slot's day). */
  period: DateKey;
  today: DateKey;
  sheetUrl: string | null;
  quotaShort?: { needed: number; remaining: number } | null;
  uncertain?: string[];
  failed?: { email: string; error: string }[];
  waiting?: string[];
  invalid?: { email: string; reason: string }[];
}

interface Part {
  headline: string;
  explain: string;
  list: string[];
}

export function renderOwnerNote(input: OwnerNoteInput): RenderedEmail {
  const parts = noteParts(input);
  const title = cleanValue(input.planTitle, 60) || 'Mutual Action Plan';
  const week = formatDateKey(input.period, { weekday: true, year: input.today });
  const subject = truncate(
    `${title} MAP: ${parts.length > 0 ? parts[0].headline : 'weekly email status'}`,
    MAX_SUBJECT_LENGTH,
  );
  const url = safeHttpUrl(input.sheetUrl);

  const text: string[] = [isolateForText(title), `Weekly email of ${week}`];
  const html: string[] = [
    `<p style="margin:0 0 4px 0;font-weight:bold;"><span dir="auto">${escapeHtml(title)}</span></p>`,
    `<p style="margin:0 0 12px 0;color:#52606d;">Weekly email of ${escapeHtml(week)}</p>`,
  ];
  if (parts.length === 0) {
    text.push('', 'Nothing needs your attention.');
    html.push('<p style="margin:0 0 12px 0;">Nothing needs your attention.</p>');
  }
  for (const part of parts) {
    text.push(
      '',
      part.headline.toUpperCase(),
      part.explain,
      ...part.list.map((l) => `- ${isolateForText(l)}`),
    );
    html.push(
      `<p style="margin:0 0 4px 0;font-weight:bold;">${escapeHtml(part.headline)}</p>` +
        `<p style="margin:0 0 4px 0;">${escapeHtml(part.explain)}</p>` +
        (part.list.length > 0
          ? '<ul style="margin:0 0 12px 0;padding-left:20px;">' +
            part.list.map((l) => `<li><span dir="auto">${escapeHtml(l)}</span></li>`).join('') +
            '</ul>'
          : ''),
    );
  }
  if (url) {
    text.push('', `Open the plan: ${url}`);
    html.push(`<p style="margin:12px 0 0 0;"><a href="${escapeHtml(url)}">Open the plan</a></p>`);
  }
  return {
    subject,
    body: text.join('\n') + '\n',
    htmlBody: shortEmailPage(html.join('')),
  };
}

/** The page around a short note's paragraphs: one 600 px column, left to right. */
export function shortEmailPage(inner: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0;padding:16px;">' +
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" dir="ltr" ' +
    'style="width:100%;max-width:600px;font-family:Arial,Helvetica,sans-serif;font-size:14px;' +
    `line-height:20px;color:#1f2933;"><tr><td>${inner}</td></tr></table></body></html>`
  );
}

function noteParts(input: OwnerNoteInput): Part[] {
  const parts: Part[] = [];
  if (input.quotaShort) {
    const { needed, remaining } = input.quotaShort;
    parts.push({
      headline: 'weekly email not sent: daily email quota too low',
      explain:
        `Your account can send ${plural(remaining, 'more email')} today and this week's update ` +
        `needs ${needed}. Nobody was sent a partial update; it will be retried automatically ` +
        'every hour until the quota allows.',
      list: [],
    });
  }
  if (input.uncertain && input.uncertain.length > 0) {
    parts.push({
      headline: `weekly email may not have reached ${plural(input.uncertain.length, 'person', 'people')}`,
      explain:
        'A run stopped while sending to these addresses. To avoid sending anyone the same ' +
        'update twice, it is not resent: forward your copy if they did not get it.',
      list: listed(input.uncertain),
    });
  }
  if (input.failed && input.failed.length > 0) {
    parts.push({
      headline: `weekly email failed for ${plural(input.failed.length, 'address', 'addresses')}`,
      explain: 'These sends failed; they are retried automatically.',
      list: listed(input.failed.map((f) => `${f.email}: ${f.error}`)),
    });
  }
  if (input.waiting && input.waiting.length > 0) {
    parts.push({
      headline: `${plural(input.waiting.length, 'address', 'addresses')} waiting for your approval`,
      explain:
        'These stakeholders are ticked for the weekly email but are not sent anything until ' +
        'you approve the address or its domain in the sidebar.',
      list: listed(input.waiting),
    });
  }
  if (input.invalid && input.invalid.length > 0) {
    parts.push({
      headline: `${plural(input.invalid.length, 'invalid address', 'invalid addresses')}`,
      explain: 'Fix these on the Stakeholders tab:',
      list: listed(input.invalid.map((i) => `${i.email || '(empty)'}: ${i.reason}`)),
    });
  }
  return parts;
}

function listed(values: readonly string[]): string[] {
  const shown = values.slice(0, MAX_LISTED_ADDRESSES).map((v) => cleanValue(v, 160));
  const more = values.length - shown.length;
  return more > 0 ? [...shown, `and ${more} more`] : shown;
}
