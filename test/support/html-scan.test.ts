import { decodeEntities, structureOf, textOf, tokenizeHtml } from './html-scan';

// The scanner must itself find injected markup, or the hostile-string suites prove nothing.
describe('tokenizeHtml', () => {
  it('reads tags, attributes in every quoting style, and text', () => {
    const tokens = tokenizeHtml(`<p class="a" id='b' data-x=c hidden>Hi &amp; bye</p>`);
    expect(tokens).toEqual([
      {
        type: 'start',
        name: 'p',
        attrs: [
          ['class', 'a'],
          ['id', 'b'],
          ['data-x', 'c'],
          ['hidden', ''],
        ],
      },
      { type: 'text', value: 'Hi &amp; bye' },
      { type: 'end', name: 'p' },
    ]);
  });

  it('finds an element injected into text and an attribute injected into a value', () => {
    const injected = tokenizeHtml('<td>x<img src=x onerror=alert(1)></td>');
    expect(structureOf(injected)).toContain('<img src="x" onerror="alert(1)">');
    const broken = tokenizeHtml('<a href="https://x.example/" onmouseover="alert(1)">x</a>');
    expect(broken[0]).toMatchObject({
      attrs: [
        ['href', 'https://x.example/'],
        ['onmouseover', 'alert(1)'],
      ],
    });
  });

  it('treats escaped markup as text', () => {
    const tokens = tokenizeHtml('<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>');
    expect(structureOf(tokens)).toEqual(['<b >', '</b>']);
    expect(textOf(tokens)).toBe('<script>alert(1)</script>');
  });

  it('reads raw-text elements, comments and doctypes as browsers do', () => {
    const tokens = tokenizeHtml(
      '<!DOCTYPE html><title><b>x</b></title><!-- c --><script>1<2</script>',
    );
    expect(structureOf(tokens)).toEqual([
      '<!doctype>',
      '<title >',
      '</title>',
      '<!comment>',
      '<script >',
      '</script>',
    ]);
  });

  it('leaves a lone < as text', () => {
    expect(structureOf(tokenizeHtml('1 < 2 and 3<4'))).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&lt;&#39;&#x41;&amp;lt;&unknown;')).toBe("<'A&lt;&unknown;");
  });
});
