import {
  countedProperties,
  type CountedProperties,
} from '../../../../test/support/counted-properties';
import { ReadOnceProperties } from '../../platform/properties';

// The clock's copy against two stores of the emulator's own kind: the document's and the
// running user's (PropertiesService.getUserProperties, read once per execution, so each test
// loads the module afresh as a new execution would).

type ClockCopy = typeof import('./clock-copy');

const ID = 'sheet-1';
const OWNER = 'owner@vendor.example';
const TAKER = 'sam@vendor.example';
const COPY = `map.copy.${ID}.`;
const PENDING = `map.copy.${ID}#pending`;

function schedule(owner: string): Record<string, string> {
  return {
    'map.digest.settings': JSON.stringify({ enabled: true, weekday: 'MONDAY', hour: 9 }),
    'map.digest.owner': owner,
  };
}

/** A fresh execution: the module loaded anew over `user` as the running user's store. */
function execution(user: CountedProperties): ClockCopy {
  (globalThis as { PropertiesService?: unknown }).PropertiesService = {
    getUserProperties: () => user.props,
  };
  let loaded: ClockCopy | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<ClockCopy>('./clock-copy');
  });
  return loaded as ClockCopy;
}

/** The document's store as an owner's run with the document opens it. */
function mirrored(
  copy: ClockCopy,
  doc: CountedProperties,
  me: string,
  onWriteError?: (error: unknown) => void,
): ReadOnceProperties {
  const store: ReadOnceProperties = new ReadOnceProperties(
    copy.mirroredDocument(doc.props, ID, me, () => store.all()),
    onWriteError,
  );
  return store;
}

afterEach(() => {
  delete (globalThis as { PropertiesService?: unknown }).PropertiesService;
});

describe('the document mirrored into the owner copy', () => {
  it('copies the whole document on the owner first write, then only what changes', () => {
    const doc = countedProperties({
      ...schedule(OWNER),
      'map.plan': '{"headerRow":12}',
      'map.holidays': '[]',
      'map.other': 'not the weekly email',
    });
    const user = countedProperties();
    const copy = execution(user);
    const store = mirrored(copy, doc, OWNER);
    store.set({ 'map.digest.ledger': 'week 1' });
    expect(Object.fromEntries(user.map)).toEqual({
      [`${COPY}map.digest.settings`]: doc.map.get('map.digest.settings'),
      [`${COPY}map.digest.owner`]: OWNER,
      [`${COPY}map.plan`]: '{"headerRow":12}',
      [`${COPY}map.holidays`]: '[]',
      [`${COPY}map.digest.ledger`]: 'week 1',
    });
    user.calls.length = 0;
    store.set({ 'map.digest.ledger': 'week 2', 'map.other': 'x' });
    expect(user.calls).toEqual(['setProperty']);
    expect(user.map.get(`${COPY}map.digest.ledger`)).toBe('week 2');
    expect(user.map.has(`${COPY}map.other`)).toBe(false);
  });

  it("leaves another user's runs alone: only the schedule owner keeps a copy", () => {
    const doc = countedProperties(schedule(OWNER));
    const user = countedProperties();
    const copy = execution(user);
    const store = mirrored(copy, doc, TAKER);
    store.set({ 'map.digest.log': '[]' });
    expect(user.map.size).toBe(0);
    expect(doc.map.get('map.digest.log')).toBe('[]');
  });

  it('fails the write when the copy cannot be kept, as a full document store does', () => {
    const doc = countedProperties(schedule(OWNER));
    const user = countedProperties();
    const copy = execution(user);
    let failed: unknown = null;
    const store = mirrored(copy, doc, OWNER, (error) => {
      failed = error;
    });
    user.failWrites();
    expect(store.set({ 'map.digest.ledger': 'week 1' })).toBe(false);
    expect(String(failed)).toMatch(/storage quota/);
  });
});

describe('a run without the document, on the copy', () => {
  it('reads the copy as document keys and marks every write pending', () => {
    const user = countedProperties({ [`${COPY}map.digest.owner`]: OWNER, unrelated: '1' });
    const copy = execution(user);
    const props = copy.copyAsProperties(new ReadOnceProperties(user.props), ID);
    expect(props.getProperties()).toEqual({ 'map.digest.owner': OWNER });
    props.setProperties({ 'map.digest.ledger': 'sent' });
    expect(user.map.get(`${COPY}map.digest.ledger`)).toBe('sent');
    expect(user.map.get(PENDING)).toBe('1');
    expect(copy.hasCopy(Object.fromEntries(user.map), ID)).toBe(true);
    expect(copy.hasCopy(Object.fromEntries(user.map), 'sheet-2')).toBe(false);
  });
});

describe('syncCopyLocked, with the document and the lock', () => {
  it('folds a pending copy back into the document, then forgets the mark', () => {
    const doc = countedProperties({ ...schedule(OWNER), 'map.digest.ledger': 'old' });
    const user = countedProperties({
      [`${COPY}map.digest.owner`]: OWNER,
      [`${COPY}map.digest.ledger`]: 'sent by the clock',
      [PENDING]: '1',
    });
    const copy = execution(user);
    const store = mirrored(copy, doc, OWNER);
    expect(copy.copyNeedsSync(store.all(), ID, OWNER)).toBe(true);
    copy.syncCopyLocked(store, ID, OWNER);
    expect(doc.map.get('map.digest.ledger')).toBe('sent by the clock');
    expect(user.map.has(PENDING)).toBe(false);
    // The copy now equals the document, the settings it lacked included.
    expect(user.map.get(`${COPY}map.digest.settings`)).toBe(doc.map.get('map.digest.settings'));
    expect(copy.copyNeedsSync(store.all(), ID, OWNER)).toBe(false);
  });

  it("drops a pending copy once someone took the schedule over: the new owner's ledger stands", () => {
    const doc = countedProperties({ ...schedule(TAKER), 'map.digest.ledger': 'theirs' });
    const user = countedProperties({
      [`${COPY}map.digest.owner`]: OWNER,
      [`${COPY}map.digest.ledger`]: 'mine',
      [PENDING]: '1',
    });
    const copy = execution(user);
    const store = mirrored(copy, doc, OWNER);
    copy.syncCopyLocked(store, ID, OWNER);
    expect(doc.map.get('map.digest.ledger')).toBe('theirs');
    expect(user.map.has(PENDING)).toBe(false);
  });

  it('removes from the copy what the document no longer holds', () => {
    const doc = countedProperties(schedule(OWNER));
    const user = countedProperties({
      [`${COPY}map.digest.owner`]: OWNER,
      [`${COPY}map.digest.snapshot.3`]: 'left over',
    });
    const copy = execution(user);
    const store = mirrored(copy, doc, OWNER);
    expect(copy.copyNeedsSync(store.all(), ID, OWNER)).toBe(true);
    copy.syncCopyLocked(store, ID, OWNER);
    expect(user.map.has(`${COPY}map.digest.snapshot.3`)).toBe(false);
    expect(copy.copyOf(Object.fromEntries(user.map), ID)).toEqual(schedule(OWNER));
  });
});
