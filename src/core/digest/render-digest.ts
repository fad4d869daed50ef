// One recipient's email, ready for the mail service ({ to, subject, body, htmlBody }).
import type { DigestContent } from './digest-content';
import { layoutDigest } from './digest-document';
import { renderDigestHtml } from './render-html';
import { renderDigestText } from './render-text';

export interface RenderedEmail {
  subject: string;
  htmlBody: string;
  body: string;
}

export function renderDigest(content: DigestContent): RenderedEmail {
  const doc = layoutDigest(content);
  return { subject: doc.subject, htmlBody: renderDigestHtml(doc), body: renderDigestText(doc) };
}
