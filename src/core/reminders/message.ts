// A reminder in the plan's voice: a question, not a demand ("Our plan shows Security review due
// Thu, Dec 10. Are we still on track?"), with the step, its date, the plan link and how to answer.
// Sheet text is cleaned and escaped as in the weekly email.
import { formatDateKey, type DateKey } from '../dates';
import { cleanHeader, cleanValue, escapeHtml, isolateForText, plural, safeHttpUrl } from '../text';
import { MAX_SUBJECT_LENGTH, shortEmailPage, type RenderedEmail } from '../weekly-email';
import type { PersonDue, ReminderItem } from './due';

export interface ReminderMessageInput {
  planTitle: string;
  sheetUrl: string | null;
  today: DateKey;
  person: PersonDue;
}

const MAX_STEP_LENGTH = 120;

function stepName(item: ReminderItem): string {
  return cleanValue(item.step, MAX_STEP_LENGTH) || `the step in row ${item.row}`;
}

/** One sentence per step: the question the seller would ask in a call. */
export function reminderQuestion(
  item: ReminderItem,
  today: DateKey,
): { lead: string; ask: string } {
  const day = formatDateKey(item.targetDate, { weekday: true, year: today });
  return item.kind === 'before'
    ? { lead: `due ${day}`, ask: 'Are we still on track?' }
    : { lead: `due ${day}, and it is still open`, ask: 'Has it happened, or is there a new date?' };
}

export function renderReminder(input: ReminderMessageInput): RenderedEmail {
  const { items } = input.person;
  const title = cleanValue(input.planTitle, 60) || 'Mutual Action Plan';
  const first = items[0];
  // A header: encoded words in sheet text are broken up there (cleanHeader), not in the body.
  const subject = cleanHeader(
    items.length === 1
      ? `${title}: ${stepName(first)}, ${reminderQuestion(first, input.today).lead}`
      : `${title}: ${plural(items.length, 'step')} of yours in our plan`,
    MAX_SUBJECT_LENGTH,
  );
  const url = safeHttpUrl(input.sheetUrl);
  const answer = url
    ? 'Reply to this email, or change the date or status in the plan.'
    : 'Reply to this email, or change the date or status in the shared sheet.';

  const text: string[] = [isolateForText(title), ''];
  const html: string[] = [
    `<p style="margin:0 0 12px 0;font-weight:bold;"><span dir="auto">${escapeHtml(title)}</span></p>`,
  ];
  for (const item of items) {
    const { lead, ask } = reminderQuestion(item, input.today);
    const name = stepName(item);
    text.push(`Our plan shows "${isolateForText(name)}" ${lead}. ${ask}`);
    html.push(
      `<p style="margin:0 0 8px 0;">Our plan shows <b><span dir="auto">${escapeHtml(name)}</span></b> ` +
        `${escapeHtml(lead)}. ${escapeHtml(ask)}</p>`,
    );
  }
  if (input.person.more > 0) {
    const n = input.person.more;
    const more =
      n === 1
        ? 'One more of your steps comes up soon; the plan lists it.'
        : `${n} more of your steps come up soon; the plan lists them.`;
    text.push(more);
    html.push(`<p style="margin:0 0 8px 0;">${escapeHtml(more)}</p>`);
  }
  text.push('', answer);
  html.push(`<p style="margin:12px 0 0 0;color:#52606d;">${escapeHtml(answer)}</p>`);
  if (url) {
    text.push(`The plan: ${url}`);
    html.push(`<p style="margin:8px 0 0 0;"><a href="${escapeHtml(url)}">Open the plan</a></p>`);
  }
  return {
    subject,
    body: text.join('\n') + '\n',
    htmlBody: shortEmailPage(html.join('')),
  };
}
