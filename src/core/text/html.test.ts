import { escapeHtml, safeHttpUrl } from './html';
import { HOSTILE_STRINGS } from '../../../test/support/hostile-strings';

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes existing entities again so they show literally', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves no markup character in any hostile string', () => {
    for (const s of HOSTILE_STRINGS) {
      const out = escapeHtml(s);
      expect(out).not.toMatch(/[<>"']/);
      // Every & starts one of our own entities.
      expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }
  });
});

describe('safeHttpUrl', () => {
  it('keeps https and http links', () => {
    const sheet = 'https://docs.google.com/spreadsheets/d/1AbC-_x/edit#gid=0';
    expect(safeHttpUrl(sheet)).toBe(sheet);
    expect(safeHttpUrl('  http://example.com:8080/a?b=c&d=e  ')).toBe(
      'http://example.com:8080/a?b=c&d=e',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    'vbscript:x',
    '//evil.example/x',
    '/relative/path',
    'ftp://example.com/',
    'https://',
    'https://-bad.example/',
    'https://evil.example/"onmouseover="x',
    "https://evil.example/'x",
    'https://evil.example/<b>',
    'https://exa mple.com/',
    'https://example.com/\u202eexe',
    'https://ex\u0430mple.com/',
    'https://example.com/\r\nX: y',
    'https://example.com/' + 'a'.repeat(2001),
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
  });

  it('never returns a hostile string that is not a clean http(s) URL', () => {
    for (const s of HOSTILE_STRINGS) {
      const out = safeHttpUrl(s);
      if (out !== null) expect(out).toMatch(/^https?:\/\/[^\s<>"']+$/);
    }
  });
});
