import {
  formatKb,
  prefixBytes,
  roomFor,
  STORE_LIMIT_BYTES,
  STORE_SAFETY_BYTES,
  storeBytes,
  storeBytesAfter,
  utf8Length,
} from './storage';

describe('the room left in a size-limited store', () => {
  const props = { a: 'xyz', 'map.b': 'é' };

  it('counts keys and values in UTF-8 bytes', () => {
    // a + xyz = 4; map.b + é (2 bytes) = 7
    expect(storeBytes(props)).toBe(11);
    expect(prefixBytes(props, 'map.')).toBe(7);
  });

  it('counts a replaced value by its difference and a new key with its name', () => {
    expect(storeBytesAfter(props, { a: 'x' })).toBe(9);
    expect(storeBytesAfter(props, { new: '12' })).toBe(16);
  });

  it('fits a write only with the safety margin left free', () => {
    const limit = 11 + 5 + STORE_SAFETY_BYTES;
    expect(roomFor(props, { c: '1234' }, limit)).toEqual({ fits: true, used: 11, needed: limit });
    expect(roomFor(props, { c: '12345' }, limit).fits).toBe(false);
  });

  it('refuses any growth of a store filled to its limit, and accepts shrinking it', () => {
    const full = { junk: 'x'.repeat(STORE_LIMIT_BYTES - 4) };
    expect(roomFor(full, { k: 'v' }).fits).toBe(false);
    expect(storeBytesAfter(full, { junk: '' })).toBe(4);
  });

  it('writes sizes for people', () => {
    expect(formatKb(1536)).toBe('1.5 KB');
  });
});

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
