// Whether an email could carry markup that came from the sheet. The yardstick is the add-on's
// own output for a harmless plan: every element, attribute name and attribute value in a
// hostile email must be one the add-on also writes for harmless data (the progress bar's
// percentage widths being the one computed value), no tag-like run of sheet text may appear
// unescaped, and a subject holds no line break or other control character.
import { tokenizeHtml } from '../support/html-scan';

export interface Vocabulary {
  tags: Set<string>;
  attributes: Set<string>;
  values: Set<string>;
  html: string;
}

export function vocabularyOf(htmls: readonly string[]): Vocabulary {
  const v: Vocabulary = {
    tags: new Set(),
    attributes: new Set(),
    values: new Set(),
    html: htmls.join('\n'),
  };
  for (const html of htmls) {
    for (const t of tokenizeHtml(html)) {
      if (t.type !== 'start' && t.type !== 'end') continue;
      v.tags.add(t.name);
      if (t.type !== 'start') continue;
      for (const [name, value] of t.attrs) {
        v.attributes.add(`${t.name}.${name}`);
        v.values.add(`${name}=${value}`);
      }
    }
  }
  return v;
}

const PERCENT_WIDTH = /^width=\d{1,3}%$/;
const TAG_LIKE = /<[!/?]?[a-zA-Z][^<>]*>?/g;

/** What is wrong with `html` given the harmless vocabulary and the texts typed into the sheet. */
export function markupProblems(
  html: string,
  vocabulary: Vocabulary,
  sheetTexts: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const t of tokenizeHtml(html)) {
    if (t.type === 'comment' || t.type === 'doctype') {
      if (!vocabulary.html.includes(`<!${t.type === 'doctype' ? t.value : `--${t.value}-->`}`)) {
        problems.push(`a ${t.type} the add-on never writes: ${t.value.slice(0, 60)}`);
      }
      continue;
    }
    if (t.type === 'text') continue;
    if (!vocabulary.tags.has(t.name)) problems.push(`element <${t.name}>`);
    if (t.type !== 'start') continue;
    for (const [name, value] of t.attrs) {
      if (!vocabulary.attributes.has(`${t.name}.${name}`))
        problems.push(`attribute ${t.name}.${name}`);
      const pair = `${name}=${value}`;
      if (!vocabulary.values.has(pair) && !PERCENT_WIDTH.test(pair)) {
        problems.push(`attribute value ${pair.slice(0, 80)}`);
      }
    }
  }
  for (const text of sheetTexts) {
    // A tag-like run, and the 24 characters from each '<' (known tags with the data's own text
    // around them), found raw in the email but never in the add-on's harmless output.
    const windows = [...text.matchAll(/<[!/?a-zA-Z]/g)].map((m) =>
      text.slice(m.index, m.index + 24),
    );
    for (const run of [...(text.match(TAG_LIKE) ?? []), ...windows]) {
      if (run.length >= 3 && html.includes(run) && !vocabulary.html.includes(run)) {
        problems.push(`sheet text shown as markup: ${run.slice(0, 60)}`);
      }
    }
  }
  if (/<\s*script/i.test(html)) problems.push('a script element');
  return problems;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUBJECT_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function subjectProblems(subject: string): string[] {
  return SUBJECT_FORBIDDEN.test(subject)
    ? [`control character in subject ${JSON.stringify(subject.slice(0, 80))}`]
    : [];
}

/** Everything wrong with one email: its subject, and its HTML against the harmless vocabulary. */
export function emailProblems(
  email: { subject: string; htmlBody: string },
  vocabulary: Vocabulary,
  sheetTexts: readonly string[],
): string[] {
  return [
    ...subjectProblems(email.subject),
    ...markupProblems(email.htmlBody, vocabulary, sheetTexts),
  ];
}
