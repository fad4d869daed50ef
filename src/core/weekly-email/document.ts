import { formatDateKey } from '../dates';
import { cleanValue, truncate, plural } from '../text';
import type { DigestContent, DigestRowWarning, DigestStepLine } from './content';
import type { DateKey } from '../dates';
import { unreadableDateWords, type PlanStatus } from '../plan';

// The subject says the most important thing first: the plan, whether it is behind, and what is
// next ("Acme × Globex MAP: 2 steps behind; next: Security review, Dec 10"). It is one line of
// cleaned text: no CR/LF (header injection), no control or bidi characters, bounded length.

export const MAX_SUBJECT_LENGTH = 120;
const MAX_TITLE_LENGTH = 60;
const MIN_STEP_LENGTH = 12;

export function digestSubject(content: DigestContent): string {
  const title = `${cleanValue(content.planTitle, MAX_TITLE_LENGTH) || 'Mutual Action Plan'} MAP`;
  if (content.progress.total === 0)
    return truncate(`${title}: the plan has no steps`, MAX_SUBJECT_LENGTH);
  const head = `${title}: ${content.audience === 'buyer' ? buyerHeadline(content) : headline(content)}`;
  const next = nextPart(content);
  if (next === null) return truncate(head, MAX_SUBJECT_LENGTH);

  // Shorten the step name before anything else, so the date stays visible.
  const fixed = Array.from(`${head}; next: `).length + Array.from(next.date).length;
  const room = Math.max(MIN_STEP_LENGTH, MAX_SUBJECT_LENGTH - fixed);
  return truncate(`${head}; next: ${truncate(next.step, room)}${next.date}`, MAX_SUBJECT_LENGTH);
}

function headline(content: DigestContent): string {
  const { done, total } = content.progress;
  if (total > 0 && done === total) return `all ${plural(total, 'step')} done`;
  const late = content.late.length;
  if (content.status === 'Stalled')
    return late > 0 ? `stalled, ${plural(late, 'step')} behind` : 'stalled';
  if (late > 0) return `${plural(late, 'step')} behind`;
  if (content.status === 'At risk') {
    const missing = content.missing.length;
    return missing > 0 ? `at risk, ${plural(missing, 'step')} without owner or date` : 'at risk';
  }
  return 'on track';
}

/**
 * The plan's state in facts a customer-side reader can act on: how many steps are behind, or
 * lack an owner or a date. The seller's verdicts (Stalled, At risk) stay in the seller's copy.
 */
function buyerHeadline(content: DigestContent): string {
  const { done, total } = content.progress;
  if (total > 0 && done === total) return `all ${plural(total, 'step')} done`;
  if (content.late.length > 0) return `${plural(content.late.length, 'step')} behind schedule`;
  if (content.status !== 'On track' && content.missing.length > 0) {
    return `${plural(content.missing.length, 'step')} without an owner or date`;
  }
  return 'on track';
}

function nextPart(content: DigestContent): { step: string; date: string } | null {
  const { done, total } = content.progress;
  if (total > 0 && done === total) return null;
  const next = content.next;
  const step = next ? cleanValue(next.step, MAX_SUBJECT_LENGTH) : '';
  if (!next || step === '') return { step: 'nothing scheduled', date: '' };
  const date = next.targetDate
    ? `, ${formatDateKey(next.targetDate, { year: content.today })}`
    : '';
  return { step, date };
}

// The digest laid out once, as sections of short text parts, so the HTML and the plain-text
// renderers say exactly the same thing and differ only in markup. Every part that came from
// the sheet is cleaned and bounded here, each on its own, so a renderer can isolate it
// (<span dir="auto">, FSI..PDI) without one value's direction leaking into the next.

export const MAX_ITEMS_PER_SECTION = 15;
/** Unreadable rows listed per tab: enough to start fixing, short enough to read. */
export const MAX_LISTED_WARNINGS = 10;
const STEP_LENGTH = 120;
const NAME_LENGTH = 60;
const EMAIL_LENGTH = 100;
const REASON_LENGTH = 120;
// A warning quotes the cell it could not read, which may be a pasted page of text.
const WARNING_LENGTH = 200;

export interface DocItem {
  /** The step (or address) itself. */
  title: string;
  /** Further facts, each shown separated: owner, due date, days late... */
  details: string[];
  late?: boolean;
}

export interface DocSection {
  id:
    | 'yours'
    | 'late'
    | 'due'
    | 'completed'
    | 'moved'
    | 'missing'
    | 'waiting'
    | 'invalid'
    | 'plan-warnings'
    | 'stakeholder-warnings';
  heading: string;
  /** One line under the heading: what the list means and what to do about it. */
  note?: string;
  items: DocItem[];
  /** Items left out to keep the email short. */
  more: number;
  /** Where the items left out are, after "and N more" (default: in the plan). */
  moreWhere?: string;
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
  /** A buyer's badge: the facts in a neutral colour, not the seller's red or amber verdict. */
  plainBadge: boolean;
  progressText: string;
  percent: number;
  signatureLine: string | null;
  sections: DocSection[];
  link: string | null;
  footer: string;
}

export function layoutDigest(content: DigestContent): DigestDocument {
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: content.today });
  // An unreadable date in the sidebar's and the status's words; a blank one is simply no date.
  const noDate = (line: DigestStepLine) =>
    line.targetDateText !== undefined ? unreadableDateWords(line.targetDateText) : 'no date';
  const due = (line: DigestStepLine) =>
    line.targetDate ? `due ${day(line.targetDate)}` : noDate(line);
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
      { empty: 'Nothing is assigned to you right now.' },
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
        l.targetDate ? day(l.targetDate) : noDate(l),
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
      warningSection(
        'plan-warnings',
        'Plan rows to check',
        'Fix these on the plan tab: until then this email and the plan status may leave rows out, read them wrong or show dates out of order.',
        'on the plan tab',
        content.ownerNotes.planWarnings,
      ),
      warningSection(
        'stakeholder-warnings',
        'Stakeholders rows the add-on could not read',
        'Fix these rows on the Stakeholders tab: a Weekly email cell that is not a tick counts as unticked, so that person is sent nothing.',
        'on the Stakeholders tab',
        content.ownerNotes.stakeholderWarnings,
      ),
    );
  }

  const name = cleanValue(content.recipient.name, NAME_LENGTH);
  const buyer = content.audience === 'buyer';
  return {
    subject: digestSubject(content),
    title: cleanValue(content.planTitle, NAME_LENGTH) || 'Mutual Action Plan',
    dateLine: `Weekly update, ${day(content.today)}`,
    greeting: name ? `Hi ${name},` : 'Hello,',
    status: content.status,
    statusLabel: buyer ? buyerHeadline(content) : content.status.toUpperCase(),
    plainBadge: buyer && content.status !== 'On track',
    progressText:
      total === 0 ? 'No steps yet' : `${done} of ${plural(total, 'step')} done (${percent}%)`,
    percent: Math.max(0, Math.min(100, Math.round(percent))),
    signatureLine: signatureLine(content, day),
    sections: sections.filter((s) => s.items.length > 0 || s.empty !== undefined),
    link: content.sheetUrl,
    footer: footer(content),
  };
}

interface SectionOptions {
  empty?: string;
  note?: string;
  /** Items shown at most (default MAX_ITEMS_PER_SECTION). */
  limit?: number;
  moreWhere?: string;
}

function section<T>(
  id: DocSection['id'],
  heading: string,
  lines: readonly T[],
  item: (line: T) => DocItem,
  options: SectionOptions = {},
): DocSection {
  const { empty, note, moreWhere, limit = MAX_ITEMS_PER_SECTION } = options;
  const shown = lines.slice(0, limit).map(item);
  return {
    id,
    heading: lines.length > 0 ? `${heading} (${lines.length})` : heading,
    ...(note !== undefined ? { note } : {}),
    items: shown,
    more: lines.length - shown.length,
    ...(moreWhere !== undefined ? { moreWhere } : {}),
    ...(empty !== undefined ? { empty } : {}),
  };
}

/** Rows a reader could not read, by row number: the reader's reason, cut to a line. */
function warningSection(
  id: 'plan-warnings' | 'stakeholder-warnings',
  heading: string,
  note: string,
  where: string,
  warnings: readonly DigestRowWarning[],
): DocSection {
  return section(
    id,
    heading,
    warnings,
    (w) => ({ title: `Row ${w.row}`, details: [cleanValue(w.message, WARNING_LENGTH)] }),
    { note, limit: MAX_LISTED_WARNINGS, moreWhere: where },
  );
}

/** The line that counts a section's items left out. */
export function moreText(s: Pick<DocSection, 'more' | 'moreWhere'>): string {
  return `and ${s.more} more ${s.moreWhere ?? 'in the plan'}`;
}

function shift(days: number): string {
  if (days === 0) return 'same day';
  return `${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`;
}

/**
 * "Target signature: Fri, Feb 26, 2027 (moved from Fri, Jan 8)". Whether it moved is read from
 * the two dates themselves, so the line never says "as originally planned" beside a moved date.
 */
function signatureLine(content: DigestContent, day: (key: DateKey) => string): string | null {
  const { date, baseline } = content.signature;
  if (!date) return null;
  const line = `Target signature: ${day(date)}`;
  if (!baseline) return line;
  if (baseline === date) return `${line} (as originally planned)`;
  return `${line} (moved from ${formatDateKey(baseline, { weekday: true, year: date })})`;
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
