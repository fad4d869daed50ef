import { parseStored } from './properties';

const isCount = (v: unknown): v is { count: number } =>
  typeof v === 'object' && v !== null && typeof (v as { count?: unknown }).count === 'number';

describe('parseStored', () => {
  it('reads what was stored and treats anything damaged as absent', () => {
    expect(parseStored('{"count":2}', isCount)).toEqual({ count: 2 });
    expect(parseStored('{"count":"2"}', isCount)).toBeNull();
    expect(parseStored('{"count":', isCount)).toBeNull();
    expect(parseStored(null, isCount)).toBeNull();
    expect(parseStored('', isCount)).toBeNull();
  });
});
