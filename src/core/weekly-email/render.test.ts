import { layoutDigest } from './document';
import { structureOf, textOf, tokenizeHtml } from '../../../test/support/html-scan';
import { renderDigest } from './render';
import { contentWith, SHEET_URL } from '../../../test/support/test-plan';

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

describe('renderDigest', () => {
  const content = contentWith('Security review');
  const email = renderDigest(content);
  const tokens = tokenizeHtml(email.htmlBody);

  it('uses only tables and inline styles: no style blocks, scripts, images or external assets', () => {
    for (const t of tokens) {
      if (t.type === 'start' || t.type === 'end') expect(ALLOWED_TAGS).toContain(t.name);
      expect(t.type).not.toBe('comment');
    }
    expect(email.htmlBody).not.toMatch(/<(style|script|img|link|iframe|object|embed|form)\b/i);
    expect(email.htmlBody).not.toMatch(/\bsrc=|url\(|@import|@font-face/i);
    const hrefs = tokens.flatMap((t) =>
      t.type === 'start' ? t.attrs.filter(([n]) => n === 'href') : [],
    );
    expect(hrefs.map(([, v]) => v)).toEqual([SHEET_URL, SHEET_URL]);
  });

  it('is at most 600 px wide and fixed left-to-right', () => {
    expect(email.htmlBody).toContain('max-width:600px');
    expect(email.htmlBody).toMatch(/<table[^>]*dir="ltr"/);
  });

  it('shows the status in words, not only in colour', () => {
    expect(textOf(tokens)).toContain('Status: AT RISK');
    expect(email.body).toContain('Status: AT RISK');
  });

  it('says the same things in HTML and in plain text', () => {
    const doc = layoutDigest(content);
    const html = textOf(tokens);
    const parts = [
      doc.title,
      doc.dateLine,
      doc.greeting,
      doc.progressText,
      doc.signatureLine ?? '',
      doc.footer,
      ...doc.sections.flatMap((s) => [
        s.heading,
        s.note ?? '',
        ...s.items.flatMap((i) => [i.title, ...i.details]),
      ]),
    ];
    for (const part of parts) {
      expect(html).toContain(part);
      expect(email.body.toLowerCase()).toContain(part.toLowerCase());
    }
    expect(email.body).toContain(`Open the plan: ${SHEET_URL}`);
  });

  it('orders the sections: own items first, owner notes last', () => {
    const ids = layoutDigest(content).sections.map((s) => s.id);
    expect(ids).toEqual([
      'yours',
      'late',
      'due',
      'completed',
      'moved',
      'missing',
      'waiting',
      'invalid',
      'plan-warnings',
      'stakeholder-warnings',
    ]);
    const text = email.body;
    expect(text.indexOf('YOUR OPEN ITEMS')).toBeLessThan(text.indexOf('BEHIND SCHEDULE'));
  });

  it('leaves out empty sections, except the recipient own items', () => {
    const quiet = contentWith('x', {
      late: [],
      dueSoon: [],
      completed: [],
      moved: [],
      missing: [],
      yourItems: [],
      ownerNotes: null,
    });
    const doc = layoutDigest(quiet);
    expect(doc.sections.map((s) => s.id)).toEqual(['yours']);
    expect(renderDigest(quiet).body).toContain('Nothing is assigned to you right now.');
  });

  it('cuts long lists with a count of what was left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...contentWith('x').late[0],
      step: `Late ${i}`,
    }));
    const long = renderDigest(contentWith('x', { late: many }));
    expect(long.body).toContain('and 25 more in the plan');
    expect(long.body).toContain('BEHIND SCHEDULE (40)');
    expect(long.body).not.toContain('Late 15');
  });

  it('lists unreadable rows by row, the first 10 of each tab, and counts the rest', () => {
    const planWarnings = Array.from({ length: 13 }, (_, i) => ({
      row: 20 + i,
      message: `Target date 'soon ${i}' is not a date`,
    }));
    const stakeholderWarnings = [{ row: 4, message: "Side 'Vendr' is not one of Vendor" }];
    const notes = { ...contentWith('x').ownerNotes!, planWarnings, stakeholderWarnings };
    const rendered = renderDigest(contentWith('x', { ownerNotes: notes }));
    const html = textOf(tokenizeHtml(rendered.htmlBody));
    for (const body of [rendered.body, html]) {
      expect(body).toMatch(/plan rows to check \(13\)/i);
      expect(body).toContain("Target date 'soon 9' is not a date");
      expect(body).not.toContain("'soon 10'");
      expect(body).toContain('and 3 more on the plan tab');
      expect(body).toMatch(/stakeholders rows the add-on could not read \(1\)/i);
      expect(body).toContain('Row 4');
      expect(body).toContain("Side 'Vendr' is not one of Vendor");
      expect(body).not.toContain('more on the Stakeholders tab');
    }
    expect(rendered.body).toMatch(/- Row 29\n {2}Target date 'soon 9'/);
  });

  it('cuts a warning that quotes a huge cell', () => {
    const huge = `Side '${'A'.repeat(5000)}' is not one of Vendor`;
    const notes = {
      ...contentWith('x').ownerNotes!,
      stakeholderWarnings: [{ row: 9, message: huge }],
    };
    const body = renderDigest(contentWith('x', { ownerNotes: notes })).body;
    expect(body).toContain('Row 9');
    expect(body).not.toContain('A'.repeat(300));
  });

  it('omits a link that is not http(s), in both bodies', () => {
    const unsafe = renderDigest(contentWith('x', { sheetUrl: 'javascript:alert(1)' }));
    expect(unsafe.htmlBody).not.toContain('href');
    expect(unsafe.body).not.toContain('Open the plan');
    expect(unsafe.htmlBody).not.toContain('javascript');
  });

  it('draws the progress bar for 0, partial and 100 percent', () => {
    for (const percent of [0, 38, 100]) {
      const html = renderDigest(
        contentWith('x', { progress: { done: 1, total: 1, percent } }),
      ).htmlBody;
      expect(structureOf(tokenizeHtml(html)).some((s) => s.includes('aria-hidden'))).toBe(true);
    }
  });

  it('wraps right-to-left values so they cannot reorder the text around them', () => {
    const rtl = '\u05e9\u05dc\u05d5\u05dd';
    const email2 = renderDigest(contentWith(rtl));
    expect(email2.htmlBody).toContain(`<span dir="auto">${rtl}</span>`);
    expect(email2.body).toContain(`\u2068${rtl}\u2069`);
  });
});
