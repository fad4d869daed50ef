import { escapeHtml } from './escape-html';
import { HOSTILE_STRINGS } from './hostile-strings';

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
