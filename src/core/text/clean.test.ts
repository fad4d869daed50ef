import {
  cleanHeader,
  cleanLine,
  cleanValue,
  ELLIPSIS,
  hasRtl,
  isolateForText,
  truncate,
} from './clean';
import { HOSTILE_STRINGS } from '../../../test/support/hostile-strings';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/;

describe('cleanLine', () => {
  it('turns line breaks and tabs into single spaces', () => {
    expect(cleanLine('a\r\nb\tc\u2028d')).toBe('a b c d');
  });

  it('removes controls, bidi overrides and zero-width spaces', () => {
    expect(cleanLine('x\u0000y\u202ez\u200bw\ufeff')).toBe('xyzw');
  });

  it('keeps joiners that emoji and scripts need', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    expect(cleanLine(family)).toBe(family);
  });

  it('replaces lone surrogates', () => {
    expect(cleanLine('a\ud800b')).toBe('a\ufffdb');
    expect(cleanLine('a\udc00b')).toBe('a\ufffdb');
    expect(cleanLine('\u{1f680}')).toBe('\u{1f680}');
  });

  it('accepts non-strings', () => {
    expect(cleanLine(null)).toBe('');
    expect(cleanLine(undefined)).toBe('');
    expect(cleanLine(42)).toBe('42');
  });

  it.each(HOSTILE_STRINGS.map((s, i) => [i, s]))(
    'leaves no control, break or override in hostile string %i',
    (_i, s) => {
      const out = cleanLine(s);
      expect(out).not.toMatch(CONTROL_OR_BIDI);
      expect(out).toBe(out.trim());
      expect(out).not.toMatch(/\s{2}/);
    },
  );
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('cuts to the limit including the ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc' + ELLIPSIS);
    expect(Array.from(truncate('x'.repeat(500), 80))).toHaveLength(80);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate('\u{1f680}'.repeat(10), 4);
    expect(out).toBe('\u{1f680}'.repeat(3) + ELLIPSIS);
    expect(cleanLine(out)).toBe(out);
  });

  it('drops a dangling joiner or combining mark at the cut', () => {
    expect(truncate('ab\u200dcdef', 4)).toBe('ab' + ELLIPSIS);
    expect(truncate('ab \u0301cdef', 5)).toBe('ab' + ELLIPSIS);
  });
});

describe('cleanValue', () => {
  it('bounds every hostile string', () => {
    for (const s of HOSTILE_STRINGS)
      expect(Array.from(cleanValue(s, 120)).length).toBeLessThanOrEqual(120);
  });
});

describe('right-to-left text', () => {
  it('detects Hebrew and Arabic but not Latin', () => {
    expect(hasRtl('\u05e9\u05dc\u05d5\u05dd')).toBe(true);
    expect(hasRtl('\u0645\u0631\u062d\u0628\u0627')).toBe(true);
    expect(hasRtl('Security review')).toBe(false);
  });

  it('isolates RTL text for plain text only when needed', () => {
    expect(isolateForText('abc')).toBe('abc');
    expect(isolateForText('\u05e9')).toBe('\u2068\u05e9\u2069');
  });
});

describe('cleanHeader', () => {
  it('breaks up encoded words so no mail program decodes them', () => {
    expect(cleanHeader('Acme =?UTF-8?B?PGE+?= MAP', 80)).toBe('Acme =? UTF-8?B?PGE+?= MAP');
    expect(cleanHeader('=?utf-8?q?x?==?utf-8?q?y?=', 80)).toBe('=? utf-8?q?x?==? utf-8?q?y?=');
  });

  it('cleans like cleanValue otherwise', () => {
    expect(cleanHeader('a\r\nBcc: x@y.example', 80)).toBe('a Bcc: x@y.example');
    expect(cleanHeader('Plain title', 5)).toBe('Plai…');
  });
});
