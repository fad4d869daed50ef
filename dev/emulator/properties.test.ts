// https://developers.google.com/apps-script/guides/properties
// https://developers.google.com/apps-script/guides/services/quotas (9 KB per value, 500 KB per store)
import {
  MAX_STORE_BYTES,
  MAX_VALUE_BYTES,
  PropertiesService,
  PropertyStores,
  STORE_FULL,
  VALUE_TOO_LARGE,
} from './properties';

function service(stores: PropertyStores, user: string, doc: string | null = 'doc-1') {
  return new PropertiesService(stores, { effectiveUser: () => user, documentId: () => doc });
}

describe('PropertiesService', () => {
  it('keeps user properties per user across files, document properties per file', () => {
    const stores = new PropertyStores();
    service(stores, 'a@x.com', 'doc-1').getUserProperties().setProperty('k', 'a');
    service(stores, 'b@y.com', 'doc-1').getUserProperties().setProperty('k', 'b');
    expect(service(stores, 'a@x.com', 'doc-2').getUserProperties().getProperty('k')).toBe('a');
    service(stores, 'a@x.com', 'doc-1').getDocumentProperties()!.setProperty('d', '1');
    expect(service(stores, 'b@y.com', 'doc-1').getDocumentProperties()!.getProperty('d')).toBe('1');
    expect(
      service(stores, 'b@y.com', 'doc-2').getDocumentProperties()!.getProperty('d'),
    ).toBeNull();
    service(stores, 'a@x.com').getScriptProperties().setProperty('s', 'shared');
    expect(service(stores, 'c@z.com', 'doc-9').getScriptProperties().getProperty('s')).toBe(
      'shared',
    );
  });

  it('has no document store for a run without a document', () => {
    expect(service(new PropertyStores(), 'a@x.com', null).getDocumentProperties()).toBeNull();
  });

  it('stores strings, converting other values with String()', () => {
    const props = service(new PropertyStores(), 'a@x.com').getScriptProperties();
    props.setProperty('n', 42 as unknown as string);
    props.setProperties({ b: true as unknown as string, o: { a: 1 } as unknown as string });
    expect(props.getProperties()).toEqual({ n: '42', b: 'true', o: '[object Object]' });
  });

  it('deletes, lists keys, and replaces all with deleteAllOthers', () => {
    const props = service(new PropertyStores(), 'a@x.com').getScriptProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('b');
    expect(props.getKeys().sort()).toEqual(['a', 'c']);
    props.setProperties({ z: '26' }, true);
    expect(props.getProperties()).toEqual({ z: '26' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB and a store over 500 KB, changing nothing', () => {
    const props = service(new PropertyStores(), 'a@x.com').getDocumentProperties()!;
    expect(() => props.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).toThrow(
      VALUE_TOO_LARGE,
    );
    props.setProperty('ok', 'x'.repeat(MAX_VALUE_BYTES));
    const chunk = 'y'.repeat(MAX_VALUE_BYTES - 10);
    let stored = 0;
    expect(() => {
      for (let i = 0; i < 100; i++) {
        props.setProperty(`k${i}`, chunk);
        stored += 1;
      }
    }).toThrow(STORE_FULL);
    expect(stored).toBeGreaterThan(50);
    expect(stored).toBeLessThan(Math.ceil(MAX_STORE_BYTES / (MAX_VALUE_BYTES - 10)));
    expect(props.getProperty(`k${stored}`)).toBeNull();
  });

  it('round-trips through JSON', () => {
    const stores = new PropertyStores();
    service(stores, 'a@x.com').getUserProperties().setProperty('u', '1');
    service(stores, 'a@x.com').getDocumentProperties()!.setProperty('d', '2');
    const copy = PropertyStores.fromJSON(JSON.parse(JSON.stringify(stores.toJSON())));
    expect(copy.toJSON()).toEqual(stores.toJSON());
    expect(copy.user('a@x.com').get('u')).toBe('1');
  });
});
