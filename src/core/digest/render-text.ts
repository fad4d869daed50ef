// The plain-text alternative: the same document as render-html, line by line. Right-to-left
// parts are wrapped in Unicode isolates (no markup exists to do it), and the link appears only
// when it is a valid http(s) URL.
import { isolateForText } from './clean-text';
import { moreText, type DigestDocument, type DocSection } from './digest-document';
import { safeHttpUrl } from './safe-url';

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
