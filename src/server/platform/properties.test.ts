import { countedProperties } from '../../../test/support/counted-properties';
import { parseStored, ReadOnceProperties } from './properties';

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
