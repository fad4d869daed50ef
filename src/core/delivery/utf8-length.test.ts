import { utf8Length } from './utf8-length';

describe('utf8Length', () => {
  it('matches Buffer.byteLength for mixed text', () => {
    for (const s of ['', 'abc', 'é', '€', '\u{1f680}', 'a\u05e9\u{1f469}\u200d\u{1f4bb}z']) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });

  it('counts a lone surrogate as a replacement character', () => {
    expect(utf8Length('\ud800')).toBe(3);
  });
});
