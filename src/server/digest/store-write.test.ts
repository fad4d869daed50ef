import { guardedProperties, StoreWriteError } from './store-write';

const FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function failingStore(message: string): GoogleAppsScript.Properties.Properties {
  const map = new Map<string, string>([['kept', '1']]);
  const fail = (): never => {
    throw new Error(message);
  };
  return {
    getProperty: (k) => map.get(k) ?? null,
    getProperties: () => Object.fromEntries(map),
    getKeys: () => [...map.keys()],
    setProperty: fail,
    setProperties: fail,
    deleteProperty: fail,
    deleteAllProperties: fail,
  };
}

describe('guarded document properties', () => {
  it('turns a full store into a StoreWriteError that says so', () => {
    const props = guardedProperties(failingStore(FULL), 'throw');
    let caught: unknown;
    try {
      props.setProperties({ a: '1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreWriteError);
    expect((caught as StoreWriteError).full).toBe(true);
    expect((caught as StoreWriteError).message).toMatch(/storage in this spreadsheet is full/);
  });

  it('tells a passing service error from a full store', () => {
    const props = guardedProperties(
      failingStore('We are sorry, a server error occurred.'),
      'throw',
    );
    expect(() => props.setProperty('a', '1')).toThrow(/could not save.*server error/);
    try {
      props.setProperty('a', '1');
    } catch (error) {
      expect((error as StoreWriteError).full).toBe(false);
    }
  });

  it('ignores failed writes when asked, and still reads', () => {
    const props = guardedProperties(failingStore(FULL), 'ignore');
    expect(() => props.setProperties({ a: '1' }, false)).not.toThrow();
    expect(props.getProperty('kept')).toBe('1');
    expect(props.getProperties()).toEqual({ kept: '1' });
  });

  it('keeps what was sent before the failure', () => {
    const error = StoreWriteError.from(new Error(FULL)).afterSending(['a@x.example']);
    expect(error.sentBefore).toEqual(['a@x.example']);
    expect(error.full).toBe(true);
    expect(StoreWriteError.from(error)).toBe(error);
  });
});
