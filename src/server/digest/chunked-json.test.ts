import { asciiJson, CHUNK_CHARS, chunkedWrites, readChunked } from './chunked-json';

const KEY = 'k';

describe('chunked JSON in properties', () => {
  it('round-trips a small value in one chunk', () => {
    const writes = chunkedWrites(KEY, { a: [1, 'two'] });
    expect(writes[KEY]).toBe('1');
    expect(readChunked(writes, KEY)).toEqual({ a: [1, 'two'] });
  });

  it('spreads a large value over chunks no longer than the limit, and reads it back', () => {
    const value = {
      steps: Array.from({ length: 2000 }, (_, i) => [`key${i}`, '2026-10-12', i % 5]),
    };
    const writes = chunkedWrites(KEY, value);
    const count = Number(writes[KEY]);
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++)
      expect(writes[`${KEY}.${i}`].length).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(readChunked(writes, KEY)).toEqual(value);
  });

  it('escapes non-ASCII so characters count as bytes, and still reads it back', () => {
    const text = 'שלום \u{1f680} é';
    const json = asciiJson({ text });
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it('treats missing, partial or damaged values as absent', () => {
    expect(readChunked({}, KEY)).toBeUndefined();
    const writes = chunkedWrites(KEY, 'x'.repeat(CHUNK_CHARS * 2));
    const { [`${KEY}.1`]: _dropped, ...partial } = writes;
    expect(readChunked(partial, KEY)).toBeUndefined();
    expect(readChunked({ ...writes, [`${KEY}.0`]: '{oops' }, KEY)).toBeUndefined();
    expect(readChunked({ [KEY]: 'two' }, KEY)).toBeUndefined();
  });

  it('ignores chunks left over by a longer value', () => {
    const long = chunkedWrites(KEY, 'y'.repeat(CHUNK_CHARS * 3));
    const short = chunkedWrites(KEY, 'short');
    expect(readChunked({ ...long, ...short }, KEY)).toBe('short');
  });
});
