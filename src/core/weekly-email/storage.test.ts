import {
  formatKb,
  prefixBytes,
  refusedWrite,
  roomFor,
  STORE_LIMIT_BYTES,
  STORE_SAFETY_BYTES,
  storeBytes,
  storeBytesAfter,
  utf8Length,
  VALUE_LIMIT_BYTES,
  writeRefusalWords,
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

describe('refusedWrite: a write judged before it is sent', () => {
  it('lets writes through while the store stays within its limit, and names a full store', () => {
    const props = { a: 'x'.repeat(90) }; // 91 bytes
    expect(refusedWrite(props, { b: 'y'.repeat(8) }, 100)).toBeNull(); // 91 + 9 = 100
    const full = refusedWrite(props, { b: 'y'.repeat(9) }, 100);
    expect(full).toEqual({ limit: 'store', key: null, used: 91, needed: 101 });
    expect(writeRefusalWords(full!, 100)).toBe(
      '0.1 KB of its 0.1 KB are in use and this needs 10 bytes more',
    );
    // Replacing a value counts only the difference.
    expect(refusedWrite(props, { a: 'x'.repeat(99) }, 100)).toBeNull();
  });

  it('lets a store over the limit by our count shrink', () => {
    const props = { a: 'x'.repeat(200) };
    expect(refusedWrite(props, { a: 'short' }, 100)).toBeNull();
    expect(refusedWrite(props, { b: '1' }, 100)?.limit).toBe('store');
  });

  it('refuses one value over 9 KB in UTF-8 bytes, by key, whatever room the store has', () => {
    expect(refusedWrite({}, { ok: 'a'.repeat(VALUE_LIMIT_BYTES) })).toBeNull();
    const big = refusedWrite({}, { fine: 'a', big: 'é'.repeat(VALUE_LIMIT_BYTES / 2 + 1) });
    expect(big).toEqual({ limit: 'value', key: 'big', used: 9218, needed: 9218 });
    expect(writeRefusalWords(big!)).toBe(
      'the value of big would take 9218 bytes, over the 9216 Google keeps per value',
    );
    expect(refusedWrite({}, { k: 'x' }, STORE_LIMIT_BYTES)).toBeNull();
  });
});
