// The digest laid out once, as sections of short text parts, so the HTML and the plain-text
// renderers say exactly the same thing and differ only in markup. Every part that came from
// the sheet is cleaned and bounded here, each on its own, so a renderer can isolate it
// (<span dir="auto">, FSI..PDI) without one value's direction leaking into the next.
import { formatDateKey } from '../dates';
import type { DateKey, PlanStatus } from '../model';
import { cleanValue } from './clean-text';
import type { DigestContent, DigestStepLine } from './digest-content';
import { plural } from './plural';
import { digestSubject } from './subject';

export const MAX_ITEMS_PER_SECTION = 15;
const STEP_LENGTH = 120;
const NAME_LENGTH = 60;
const EMAIL_LENGTH = 100;
const REASON_LENGTH = 120;

export interface DocItem {
  /** The step (or address) itself. */
  title: string;
  /** Further facts, each shown separated: owner, due date, days late... */
  details: string[];
  late?: boolean;
}

export interface DocSection {
  id: 'yours' | 'late' | 'due' | 'completed' | 'moved' | 'missing' | 'waiting' | 'invalid';
  heading: string;
  items: DocItem[];
  /** Items left out to keep the email short. */
  more: number;
  /** Shown instead of items when there are none; sections without it are left out when empty. */
  empty?: string;
}

export interface DigestDocument {
  subject: string;
  title: string;
  dateLine: string;
  greeting: string;
  status: PlanStatus;
  /** The status in words, so the badge does not depend on colour. */
  statusLabel: string;
  progressText: string;
  percent: number;
  signatureLine: string | null;
  sections: DocSection[];
  link: string | null;
  footer: string;
}

export function layoutDigest(content: DigestContent): DigestDocument {
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: content.today });
  const due = (line: DigestStepLine) =>
    line.targetDate ? `due ${day(line.targetDate)}` : 'no date';
  const owner = (line: DigestStepLine) => cleanValue(line.owner, NAME_LENGTH) || 'no owner';
  const step = (line: DigestStepLine) => cleanValue(line.step, STEP_LENGTH) || '(unnamed step)';
  const { done, total, percent } = content.progress;

  const sections: DocSection[] = [
    section(
      'yours',
      'Your open items',
      content.yourItems,
      (l) => ({
        title: step(l),
        details: [
          due(l),
          ...(l.daysLate > 0 ? [`${plural(l.daysLate, 'day')} late`] : []),
          ...(l.status === 'Blocked' || l.status === 'In progress' ? [l.status] : []),
        ],
        late: l.daysLate > 0,
      }),
      'Nothing is assigned to you right now.',
    ),
    section('late', 'Behind schedule', content.late, (l) => ({
      title: step(l),
      details: [owner(l), due(l), `${plural(l.daysLate, 'day')} late`],
      late: true,
    })),
    section('due', `Due in the next ${content.dueSoonDays} days`, content.dueSoon, (l) => ({
      title: step(l),
      details: [owner(l), due(l)],
    })),
    section(
      'completed',
      content.since
        ? `Completed since the last email (${day(content.since)})`
        : 'Completed in the last week',
      content.completed,
      (l) => ({
        title: step(l),
        details: [owner(l), ...(l.doneOn ? [`done ${day(l.doneOn)}`] : [])],
      }),
    ),
    section('moved', 'Dates moved since the last email', content.moved, (l) => ({
      title: step(l),
      details: [owner(l), `${day(l.from)} \u2192 ${day(l.to)}`, shift(l.days)],
    })),
    section('missing', 'Missing an owner or a date', content.missing, (l) => ({
      title: step(l),
      details: [
        owner(l),
        l.targetDate ? day(l.targetDate) : 'no date',
        `needs ${l.missing.map((m) => (m === 'owner' ? 'an owner' : 'a date')).join(' and ')}`,
      ],
    })),
  ];
  if (content.ownerNotes) {
    sections.push(
      section(
        'waiting',
        'Not sent: waiting for your approval',
        content.ownerNotes.waiting,
        (email) => ({
          title: cleanValue(email, EMAIL_LENGTH),
          details: [],
        }),
      ),
      section('invalid', 'Not sent: invalid address', content.ownerNotes.invalid, (r) => ({
        title: cleanValue(r.email, EMAIL_LENGTH) || '(empty)',
        details: [cleanValue(r.reason, REASON_LENGTH)],
      })),
    );
  }

  const name = cleanValue(content.recipient.name, NAME_LENGTH);
  return {
    subject: digestSubject(content),
    title: cleanValue(content.planTitle, NAME_LENGTH) || 'Mutual Action Plan',
    dateLine: `Weekly update, ${day(content.today)}`,
    greeting: name ? `Hi ${name},` : 'Hello,',
    status: content.status,
    statusLabel: content.status.toUpperCase(),
    progressText:
      total === 0 ? 'No steps yet' : `${done} of ${plural(total, 'step')} done (${percent}%)`,
    percent: Math.max(0, Math.min(100, Math.round(percent))),
    signatureLine: signatureLine(content, day),
    sections: sections.filter((s) => s.items.length > 0 || s.empty !== undefined),
    link: content.sheetUrl,
    footer: footer(content),
  };
}

function section<T>(
  id: DocSection['id'],
  heading: string,
  lines: readonly T[],
  item: (line: T) => DocItem,
  empty?: string,
): DocSection {
  const shown = lines.slice(0, MAX_ITEMS_PER_SECTION).map(item);
  return {
    id,
    heading: lines.length > 0 ? `${heading} (${lines.length})` : heading,
    items: shown,
    more: lines.length - shown.length,
    ...(empty !== undefined ? { empty } : {}),
  };
}

function shift(days: number): string {
  if (days === 0) return 'same day';
  return `${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`;
}

function signatureLine(content: DigestContent, day: (key: DateKey) => string): string | null {
  const { date, baseline, driftDays } = content.signature;
  if (!date) return null;
  let line = `Target signature date: ${day(date)}`;
  if (baseline && driftDays !== null) {
    line +=
      driftDays === 0
        ? ' (as originally planned)'
        : ` (${shift(driftDays)} than the original date, ${day(baseline)})`;
  }
  return line;
}

function footer(content: DigestContent): string {
  const sender = cleanValue(content.ownerEmail, EMAIL_LENGTH);
  const zone = cleanValue(content.timeZone, NAME_LENGTH) || 'unknown';
  return (
    'You get this weekly summary because you are on the Stakeholders tab of this plan with ' +
    `"Weekly email" ticked. Dates are in the plan's time zone (${zone}). ` +
    `Reply to reach ${sender || 'the plan owner'}.`
  );
}
