import type { PlanStatus } from '../plan';
import {
  moreText,
  type DigestDocument,
  type DocItem,
  type DocSection,
  layoutDigest,
} from './document';
import { escapeHtml, safeHttpUrl } from '../text';
import { isolateForText } from '../text';
import type { DigestContent } from './content';

// The digest as HTML for Gmail and Outlook: nested tables, inline styles only, no scripts,
// no external images or fonts, at most 600 px wide. Every text part is escaped and wrapped in
// <span dir="auto">, so a right-to-left value keeps its own direction without turning the
// layout around; the outer table is fixed left-to-right.

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT = '#1f2933';
const MUTED = '#52606d';

// The badge says the status in words; colour only repeats it.
const BADGE: Record<PlanStatus, { mark: string; background: string }> = {
  'On track': { mark: '\u2713', background: '#1e7e34' },
  'At risk': { mark: '!', background: '#b45309' },
  Stalled: { mark: '\u25a0', background: '#b91c1c' },
};

export function renderDigestHtml(doc: DigestDocument): string {
  const rows = [
    header(doc),
    paragraph(text(doc.greeting)),
    status(doc),
    ...doc.sections.map(section),
    link(doc.link),
    footer(doc.footer),
  ];
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(doc.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f3f4f6;">` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" dir="ltr" ' +
    'style="background:#f3f4f6;"><tr><td align="center" style="padding:16px 8px;">' +
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" ' +
    `style="width:100%;max-width:600px;table-layout:fixed;background:#ffffff;border:1px solid #d9dee4;${FONT}` +
    `font-size:14px;line-height:20px;color:${TEXT};">` +
    rows.join('') +
    '</table></td></tr></table></body></html>'
  );
}

/** One escaped, direction-isolated text part. */
function text(value: string): string {
  return `<span dir="auto">${escapeHtml(value)}</span>`;
}

// A value with no spaces (a pasted hash, a 10,000-letter word) must wrap, not widen the email.
const WRAP = 'word-wrap:break-word;overflow-wrap:anywhere;word-break:break-word;';

function row(inner: string): string {
  return `<tr><td style="padding:0 24px 16px 24px;${WRAP}">${inner}</td></tr>`;
}

function paragraph(inner: string): string {
  return row(`<p style="margin:0;">${inner}</p>`);
}

function header(doc: DigestDocument): string {
  return (
    `<tr><td style="padding:20px 24px 12px 24px;border-bottom:1px solid #e5e7eb;${WRAP}">` +
    `<p style="margin:0;font-size:20px;line-height:26px;font-weight:bold;">${text(doc.title)}</p>` +
    `<p style="margin:4px 0 0 0;color:${MUTED};">${text(doc.dateLine)}</p>` +
    '</td></tr><tr><td style="height:16px;line-height:16px;font-size:1px;">&nbsp;</td></tr>'
  );
}

/** A buyer's badge: the same facts, without the seller's alarm colours. */
const PLAIN_BADGE = { mark: '\u2022', background: '#374151' };

function status(doc: DigestDocument): string {
  const badge = doc.plainBadge ? PLAIN_BADGE : BADGE[doc.status];
  const pill =
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>' +
    `<td style="background:${badge.background};color:#ffffff;font-weight:bold;padding:4px 10px;` +
    `border-radius:4px;white-space:nowrap;">${escapeHtml(badge.mark)}&nbsp;${text(`Status: ${doc.statusLabel}`)}</td>` +
    `<td style="padding-left:12px;">${text(doc.progressText)}</td></tr></table>`;
  const signature = doc.signatureLine
    ? `<p style="margin:8px 0 0 0;">${text(doc.signatureLine)}</p>`
    : '';
  return row(pill + progressBar(doc.percent) + signature);
}

function progressBar(percent: number): string {
  const cells =
    percent <= 0
      ? '<td style="background:#e5e7eb;height:6px;font-size:1px;line-height:6px;">&nbsp;</td>'
      : percent >= 100
        ? '<td style="background:#1e7e34;height:6px;font-size:1px;line-height:6px;">&nbsp;</td>'
        : `<td width="${percent}%" style="background:#1e7e34;height:6px;font-size:1px;line-height:6px;">&nbsp;</td>` +
          `<td width="${100 - percent}%" style="background:#e5e7eb;height:6px;font-size:1px;line-height:6px;">&nbsp;</td>`;
  return (
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" ' +
    `style="margin-top:8px;" aria-hidden="true"><tr>${cells}</tr></table>`
  );
}

function section(s: DocSection): string {
  const heading =
    `<p style="margin:0 0 6px 0;font-size:15px;font-weight:bold;border-bottom:1px solid #e5e7eb;` +
    `padding-bottom:4px;">${text(s.heading)}</p>` +
    (s.note ? `<p style="margin:0 0 6px 0;color:${MUTED};">${text(s.note)}</p>` : '');
  if (s.items.length === 0) {
    return row(heading + `<p style="margin:0;color:${MUTED};">${text(s.empty ?? '')}</p>`);
  }
  const items = s.items.map(item).join('');
  const more =
    s.more > 0
      ? `<tr><td style="padding:4px 0;color:${MUTED};">${text(moreText(s))}</td></tr>`
      : '';
  return row(
    heading +
      `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}${more}</table>`,
  );
}

function item(i: DocItem): string {
  const marker = i.late ? '<span style="color:#b91c1c;font-weight:bold;">LATE&nbsp;</span>' : '';
  const details = i.details.map(text).join(' &middot; ');
  return (
    `<tr><td style="padding:4px 0;border-bottom:1px solid #f3f4f6;${WRAP}">` +
    `${marker}<strong>${text(i.title)}</strong>` +
    (details ? `<br><span style="color:${MUTED};font-size:13px;">${details}</span>` : '') +
    '</td></tr>'
  );
}

function link(url: string | null): string {
  // Validated again here: this is the one value that lands in an attribute.
  const safe = safeHttpUrl(url);
  if (!safe) return '';
  const href = escapeHtml(safe);
  return row(
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>' +
      '<td style="background:#1d4ed8;border-radius:4px;padding:10px 18px;">' +
      `<a href="${href}" style="color:#ffffff;text-decoration:none;font-weight:bold;">Open the plan</a>` +
      `</td></tr></table><p style="margin:8px 0 0 0;font-size:12px;color:${MUTED};word-break:break-all;">` +
      `<a href="${href}" style="color:${MUTED};">${href}</a></p>`,
  );
}

function footer(value: string): string {
  return (
    `<tr><td style="padding:12px 24px 20px 24px;border-top:1px solid #e5e7eb;font-size:12px;` +
    `line-height:18px;color:${MUTED};${WRAP}">${text(value)}</td></tr>`
  );
}

// The plain-text alternative: the same document as render-html, line by line. Right-to-left
// parts are wrapped in Unicode isolates (no markup exists to do it), and the link appears only
// when it is a valid http(s) URL.

export function renderDigestText(doc: DigestDocument): string {
  const t = isolateForText;
  const lines: string[] = [
    t(doc.title),
    t(doc.dateLine),
    '',
    t(doc.greeting),
    '',
    `Status: ${doc.statusLabel} | ${t(doc.progressText)}`,
  ];
  if (doc.signatureLine) lines.push(t(doc.signatureLine));
  for (const s of doc.sections) lines.push('', ...textSection(s));
  const url = safeHttpUrl(doc.link);
  if (url) lines.push('', `Open the plan: ${url}`);
  lines.push('', '-- ', t(doc.footer));
  return lines.join('\n') + '\n';
}

function textSection(s: DocSection): string[] {
  const t = isolateForText;
  const out = [t(s.heading.toUpperCase())];
  if (s.note) out.push(t(s.note));
  if (s.items.length === 0) return [...out, t(s.empty ?? '')];
  for (const item of s.items) {
    const title = `${item.late ? 'LATE ' : ''}${t(item.title)}`;
    out.push(`- ${title}`);
    if (item.details.length > 0) out.push(`  ${item.details.map(t).join(' | ')}`);
  }
  if (s.more > 0) out.push(`  ${t(moreText(s))}`);
  return out;
}

// One recipient's email, ready for the mail service ({ to, subject, body, htmlBody }).

export interface RenderedEmail {
  subject: string;
  htmlBody: string;
  body: string;
}

export function renderDigest(content: DigestContent): RenderedEmail {
  const doc = layoutDigest(content);
  return { subject: doc.subject, htmlBody: renderDigestHtml(doc), body: renderDigestText(doc) };
}
