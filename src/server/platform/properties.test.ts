import { countedProperties } from '../../../test/support/counted-properties';
import { parseStored, ReadOnceProperties, StoreRoomError } from './properties';

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

describe('ReadOnceProperties', () => {
  it('reads the store in one call and serves every later read from its copy', () => {
    const store = countedProperties({ a: '1', b: '2' });
    const copy = new ReadOnceProperties(store.props);
    expect(copy.get('a')).toBe('1');
    expect(copy.get('missing')).toBeUndefined();
    expect(copy.all()).toEqual({ a: '1', b: '2' });
    expect(copy.asProperties().getProperty('b')).toBe('2');
    expect(copy.asProperties().getProperty('missing')).toBeNull();
    expect(store.calls).toEqual(['getProperties']);
  });

  it('writes in one call, whatever the number of keys, and keeps what it wrote', () => {
    const store = countedProperties();
    const copy = new ReadOnceProperties(store.props);
    expect(copy.set({})).toBe(true);
    copy.set({ a: '1' });
    copy.set({ b: '2', c: '3' });
    copy.asProperties().setProperty('d', '4');
    expect(store.calls).toEqual(['getProperties', 'setProperty', 'setProperties', 'setProperty']);
    expect(copy.all()).toEqual({ a: '1', b: '2', c: '3', d: '4' });
    expect(Object.fromEntries(store.map)).toEqual(copy.all());
  });

  it('deletes only what it holds, one call each', () => {
    const store = countedProperties({ a: '1', b: '2' });
    const copy = new ReadOnceProperties(store.props);
    expect(copy.delete(['a', 'never-there'])).toBe(true);
    expect(store.calls).toEqual(['getProperties', 'deleteProperty']);
    expect(copy.all()).toEqual({ b: '2' });
  });

  it('hands a failed write to its handler and keeps the copy as the store is', () => {
    const store = countedProperties({ a: '1' });
    const seen: unknown[] = [];
    const lenient = new ReadOnceProperties(store.props, (error) => seen.push(error));
    store.failWrites();
    expect(lenient.set({ a: '2' })).toBe(false);
    expect(lenient.delete(['a'])).toBe(false);
    expect(lenient.all()).toEqual({ a: '1' });
    expect(seen).toHaveLength(2);
    const strict = new ReadOnceProperties(store.props);
    expect(() => strict.set({ a: '2' })).toThrow(/storage quota/);
    expect(strict.get('a')).toBe('1');
  });

  it('refuses a write the store has no room for without sending it, whatever Google would say', () => {
    // 500 KB of keys and values, less 100 bytes: room for a small value, not a large one.
    const filler = 'x'.repeat(8000);
    const initial: Record<string, string> = {};
    let bytes = 0;
    for (let i = 0; bytes + 8010 <= 500 * 1024 - 100; i += 1) {
      initial[`k${String(i).padStart(4, '0')}`] = filler;
      bytes += 5 + 8000;
    }
    const rest = 500 * 1024 - 100 - bytes;
    initial.pad = 'y'.repeat(rest - 3);
    const store = countedProperties(initial);
    const seen: unknown[] = [];
    const copy = new ReadOnceProperties(store.props, (error) => seen.push(error), 'the test store');
    expect(copy.set({ small: 'ok' })).toBe(true);
    expect(copy.set({ large: 'z'.repeat(200) })).toBe(false);
    expect(store.calls).toEqual(['getProperties', 'setProperty']);
    expect(copy.get('large')).toBeUndefined();
    const [error] = seen as StoreRoomError[];
    expect(error).toBeInstanceOf(StoreRoomError);
    expect(error.full).toBe(true);
    expect(error.message).toBe(
      'Not saved, for lack of room in the test store: 499.9 KB of its 500.0 KB are in use and ' +
        'this needs 205 bytes more.',
    );
    // Shrinking a value still goes through.
    expect(copy.set({ pad: 'y' })).toBe(true);
  });

  it('refuses a value over 9 KB by name, before any call', () => {
    const store = countedProperties();
    const copy = new ReadOnceProperties(store.props);
    expect(() => copy.set({ big: 'é'.repeat(5000) })).toThrow(
      'the value of big would take 10000 bytes, over the 9216 Google keeps per value',
    );
    expect(store.calls).toEqual(['getProperties']);
  });

  it('reads the store again when asked (after taking a lock)', () => {
    const store = countedProperties({ a: '1' });
    const copy = new ReadOnceProperties(store.props);
    store.map.set('a', 'changed by another run');
    expect(copy.get('a')).toBe('1');
    copy.reread();
    expect(copy.get('a')).toBe('changed by another run');
    expect(store.calls).toEqual(['getProperties', 'getProperties']);
  });
});
