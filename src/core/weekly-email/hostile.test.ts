// Every hostile string, in every text field, through subject, HTML and plain text: nothing in
// the output may be an element or attribute that came from the data, and nothing may break.
import type { Stakeholder } from '../plan';
import { buildDigest } from './prepare';
import { cleanValue, isolateForText } from '../text';
import type { DigestContent } from './content';
import { structureOf, textOf, tokenizeHtml, type HtmlToken } from '../../../test/support/html-scan';
import { HOSTILE_STRINGS } from '../../../test/support/hostile-strings';
import { renderDigest, type RenderedEmail } from './render';
import { safeHttpUrl } from '../text';
import { MAX_SUBJECT_LENGTH } from './document';
import {
  contentWith,
  HEADER,
  OWNER,
  SHEET_URL,
  step,
  summaryOf,
  TIME_ZONE,
  TODAY,
} from '../../../test/support/test-plan';

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'table',
  'tr',
  'td',
  'p',
  'span',
  'strong',
  'br',
  'a',
]);
const ALLOWED_ATTRS = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'style',
  'role',
  'width',
  'cellpadding',
  'cellspacing',
  'border',
  'dir',
  'align',
  'href',
  'aria-hidden',
]);
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI_FROM_DATA = /[\u202a-\u202e\u2066\u2067]/;
const LONE_SURROGATE = /[\ud800-\udfff]/u;

const CASES = HOSTILE_STRINGS.map((s, i) => [i, JSON.stringify(s.slice(0, 40)), s] as const);

/** What is wrong with an email's HTML, token by token: one expect for all (each costs time). */
function unsafeTokens(tokens: HtmlToken[]): string[] {
  const wrong: string[] = [];
  for (const t of tokens) {
    if (t.type === 'comment') wrong.push('a comment');
    if ((t.type === 'start' || t.type === 'end') && !ALLOWED_TAGS.has(t.name)) {
      wrong.push(`<${t.name}>`);
    }
    if (t.type === 'start') {
      for (const [name, value] of t.attrs) {
        if (!ALLOWED_ATTRS.has(name)) wrong.push(`${name}= on <${t.name}>`);
        if (name === 'href' && safeHttpUrl(value) !== value) wrong.push(`href=${value}`);
        if (/javascript:|expression\(|url\(/i.test(value)) wrong.push(`${name}=${value}`);
      }
    }
  }
  return wrong;
}

function assertSafeHtml(html: string): HtmlToken[] {
  const tokens = tokenizeHtml(html);
  expect(html).not.toMatch(/<\s*script/i);
  expect(unsafeTokens(tokens)).toEqual([]);
  expect(html).not.toMatch(LONE_SURROGATE);
  return tokens;
}

function assertSafeText(email: RenderedEmail): void {
  expect(email.body).not.toMatch(CONTROL);
  expect(email.body).not.toContain('\r');
  expect(email.body).not.toMatch(BIDI_FROM_DATA);
  expect(email.body).not.toMatch(LONE_SURROGATE);
  // Isolates are ours alone, and always balanced.
  expect((email.body.match(/\u2068/g) ?? []).length).toBe(
    (email.body.match(/\u2069/g) ?? []).length,
  );
}

function assertSafeSubject(subject: string): void {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  expect(subject).not.toMatch(LONE_SURROGATE);
  expect(Array.from(subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
  expect(subject).toBe(subject.trim());
}

describe('hostile strings in every field of a digest', () => {
  const plain = renderDigest(contentWith('plain'));
  const plainStructure = structureOf(tokenizeHtml(plain.htmlBody));

  it('has a corpus of at least 50 strings', () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES)('#%i %s', (_i, _label, s) => {
    const content: DigestContent = contentWith(s);
    const email = renderDigest(content);

    const tokens = assertSafeHtml(email.htmlBody);
    // Same elements and attributes, in the same order, as a digest of harmless text.
    expect(structureOf(tokens)).toEqual(plainStructure);
    assertSafeText(email);
    assertSafeSubject(email.subject);

    // The value is shown as text (cleaned and cut), not dropped or mangled.
    const shown = cleanValue(s, 60);
    if (shown !== '') {
      expect(textOf(tokens)).toContain(shown);
      expect(email.body).toContain(isolateForText(shown));
    }
    // Very long values do not make a huge email.
    expect(email.htmlBody.length).toBeLessThan(60_000);
    expect(email.body.length).toBeLessThan(20_000);
  });

  it.each(CASES)('#%i %s as the plan link', (_i, _label, s) => {
    const email = renderDigest(contentWith('plain', { sheetUrl: s }));
    assertSafeHtml(email.htmlBody);
    assertSafeText(email);
    if (safeHttpUrl(s) === null) {
      expect(email.htmlBody).not.toContain('href');
      expect(email.body).not.toContain('Open the plan');
    }
  });
});

describe('hostile strings through the whole pipeline (sheet rows -> email)', () => {
  it.each(CASES)('#%i %s', (_i, _label, s) => {
    const steps = [
      step(11, { step: s, owner: s, ownerEmail: s, notes: s, targetDate: '2026-12-01' }),
      step(12, { step: s, owner: 'Jane', targetDate: '2026-12-09' }),
      step(13, { step: s, owner: '', targetDate: null }),
      step(14, { step: s, owner: s, status: 'Done', doneOn: '2026-12-04' }),
    ];
    const header = { ...HEADER, vendor: s, customer: s };
    const stakeholders: Stakeholder[] = [
      {
        row: 2,
        name: s,
        email: 'jane@globex.example',
        side: 'Prospect',
        role: s,
        weeklyEmail: true,
      },
    ];
    for (const recipient of [
      { name: s, email: 'jane@globex.example' },
      { name: s, email: OWNER },
    ]) {
      const email = renderDigest(
        buildDigest({
          summary: summaryOf(steps, header),
          steps,
          header,
          stakeholders,
          recipient,
          today: TODAY,
          timeZone: TIME_ZONE,
          sheetUrl: s,
          ownerEmail: OWNER,
          recipients: [
            { row: 2, name: s, email: s, state: 'waiting for approval' },
            { row: 3, name: s, email: s, state: 'invalid', reason: s },
          ],
        }),
      );
      assertSafeHtml(email.htmlBody);
      assertSafeText(email);
      assertSafeSubject(email.subject);
    }
  });

  it('keeps the real link when the sheet values are hostile', () => {
    const s = HOSTILE_STRINGS[0];
    const steps = [step(11, { step: s })];
    const email = renderDigest(
      buildDigest({
        summary: summaryOf(steps),
        steps,
        header: HEADER,
        stakeholders: [],
        recipient: { name: s, email: 'jane@globex.example' },
        today: TODAY,
        timeZone: TIME_ZONE,
        sheetUrl: SHEET_URL,
        ownerEmail: OWNER,
      }),
    );
    expect(email.body).toContain(`Open the plan: ${SHEET_URL}`);
  });
});
