// Core's hostile-strings corpus typed into the sheet by a prospect (step names, owners, the
// customer's name, a stakeholder's name) and mailed through the BUILT add-on's real send path:
// every message MailApp received has inert HTML, a clean plain-text part, a one-line subject
// and sender name, and still shows each value as text.
import type { MailRecord } from '../../dev/emulator/mail';
import { cleanValue, ELLIPSIS, isolateForText } from '../../src/core/text/clean';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { textOf, tokenizeHtml } from '../support/html-scan';
import { safeHttpUrl } from '../../src/core/text';
import { CHAMPION, digestWorld, OWNER, PROSPECT } from '../support/world';

jest.setTimeout(180_000);

const MAP = 'MAP – Acme';
const FIRST_STEP_ROW = 8;
/** Each recipient's own-items section lists at most 15 steps: one batch fits. */
const BATCH = 15;

// What our templates may contain; anything else in a message came from data.
const TAGS = new Set([
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
  'ul',
  'li',
]);
const ATTRS = new Set([
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
const DATA_BIDI = /[\u202a-\u202e\u2066\u2067]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function expectInertHtml(html: string): string {
  expect(html).not.toMatch(/<\s*\/?\s*(script|iframe|style|svg|img|form|link|meta http)/i);
  const tokens = tokenizeHtml(html);
  for (const t of tokens) {
    expect(t.type).not.toBe('comment');
    if (t.type === 'start' || t.type === 'end') expect(TAGS).toContain(t.name);
    if (t.type === 'start') {
      for (const [name, value] of t.attrs) {
        expect(ATTRS).toContain(name);
        if (name === 'href') expect(safeHttpUrl(value)).toBe(value);
        expect(value).not.toMatch(/javascript:|vbscript:|data:|expression\(|url\(/i);
      }
    }
  }
  expect(html).not.toMatch(LONE_SURROGATE);
  return textOf(tokens);
}

function expectCleanText(body: string): void {
  expect(body).not.toMatch(CONTROL);
  expect(body).not.toContain('\r');
  expect(body).not.toMatch(DATA_BIDI);
  expect(body).not.toMatch(LONE_SURROGATE);
  expect((body.match(/\u2068/g) ?? []).length).toBe((body.match(/\u2069/g) ?? []).length);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectOneLine(text: string | null, max: number): void {
  expect(text ?? '').not.toMatch(NOT_ONE_LINE);
  expect(Array.from(text ?? '').length).toBeLessThanOrEqual(max);
}

/** What a value must still look like in the email: cleaned, and cut no shorter than 60. */
function visible(value: string): string {
  const shown = cleanValue(value, 60);
  return shown.endsWith(ELLIPSIS) ? shown.slice(0, -1).trimEnd() : shown;
}

const batches: string[][] = [];
for (let i = 0; i < HOSTILE_STRINGS.length; i += BATCH)
  batches.push(HOSTILE_STRINGS.slice(i, i + BATCH));

describe.each(batches.map((b, i) => [i + 1, b] as const))('hostile batch %i', (_n, batch) => {
  let outbox: readonly MailRecord[] = [];

  beforeAll(() => {
    const { em } = digestWorld({ now: '2026-10-12T08:30:00' });
    // A prospect types over the plan: each value as TEXT (a leading apostrophe, as in Sheets),
    // as the step name and its owner, each step owned by the champion's address.
    em.as(PROSPECT).paste(
      `${MAP}!C${FIRST_STEP_ROW}`,
      batch.map((s) => [`'${s}`, 'Prospect', `'${s}`, CHAMPION]),
    );
    em.paste(`${MAP}!C2`, [[`'${batch[0]}`]]);
    em.paste('Stakeholders!A12', [[`'${batch[1] ?? batch[0]}`]]);
    em.as(OWNER).advance('1h');
    outbox = em.outbox;
  });

  it('mails every approved recipient, and only them', () => {
    expect(outbox.map((m) => m.to[0]).sort()).toEqual(
      [CHAMPION, OWNER, 'ana@vendor.example'].sort(),
    );
  });

  it('every message is inert HTML with a clean text part, subject and sender name', () => {
    for (const m of outbox) {
      expectInertHtml(m.htmlBody ?? '');
      expectCleanText(m.body);
      expectOneLine(m.subject, 120);
      expectOneLine(m.name, 80);
      expect(m.name ?? '').not.toMatch(/[<>"@,;:]/);
      expect(m.replyTo).toBe(OWNER);
      expect(m.htmlBody!.length).toBeLessThan(80_000);
    }
  });

  it('shows each value to its owner as text, in HTML and plain text alike', () => {
    const mine = outbox.find((m) => m.to[0] === CHAMPION)!;
    const text = expectInertHtml(mine.htmlBody ?? '');
    for (const s of batch) {
      const shown = visible(s);
      if (shown === '') continue;
      expect(text).toContain(shown);
      expect(mine.body).toContain(isolateForText(shown).slice(0, -1));
    }
  });
});
