import { chunkRecipients, MAX_RECIPIENTS_PER_MESSAGE } from './chunk';

describe('chunkRecipients', () => {
  it('splits into messages of at most 50', () => {
    const list = Array.from({ length: 123 }, (_, i) => `p${i}@x.example`);
    const chunks = chunkRecipients(list);
    expect(chunks.map((c) => c.length)).toEqual([50, 50, 23]);
    expect(chunks.flat()).toEqual(list);
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(50);
  });

  it('handles empty and exact multiples', () => {
    expect(chunkRecipients([])).toEqual([]);
    expect(chunkRecipients([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses a nonsensical size', () => {
    expect(() => chunkRecipients([1], 0)).toThrow(RangeError);
  });
});
