// A property store with almost no room left: the add-on knows from its own count, before
// writing, and says so in its own words. Google's error text (undocumented) is never needed:
// the refused write is not even sent.
import { digestWorld, OWNER, PLAN, WEEKLY, world } from '../../support/world';

jest.setTimeout(120_000);

/** Fills a store with filler keys until fewer than `room` bytes of its 500 KB are left. */
function fill(store: Map<string, string>, room: number): void {
  let used = 0;
  for (const [k, v] of store) used += Buffer.byteLength(k) + Buffer.byteLength(v);
  for (let i = 0; used < 500 * 1024 - room; i += 1) {
    const key = `filler.${i}`;
    const value = 'x'.repeat(Math.min(8000, 500 * 1024 - room - used - key.length));
    store.set(key, value);
    used += key.length + value.length;
  }
}

const errorOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to fail');
};

describe('a nearly full store', () => {
  it('refuses to create a plan whose record would not fit, and leaves no tab behind', () => {
    const { em } = world();
    const doc = em.properties.document(em.workbook.id);
    fill(doc, 5);
    const tabs = em.workbook.sheets.map((t) => t.name);
    const message = errorOf(() => em.call('createPlan', PLAN));
    expect(message).toMatch(
      /^The plan could not be created: Not saved, for lack of room in this spreadsheet's add-on storage: .* are in use and this needs .* more\. Nothing was left behind/,
    );
    expect(em.workbook.sheets.map((t) => t.name)).toEqual(tabs);
  });

  it("refuses new settings in this spreadsheet's storage before writing, in its own words", () => {
    const { em } = digestWorld();
    const doc = em.properties.document(em.workbook.id);
    fill(doc, 5);
    const before = new Map(doc);
    em.resetCounts();
    const message = errorOf(() =>
      em.call('configureWeeklyDigest', {
        ...WEEKLY,
        approvedDomains: ['vendor.example', 'partner.example'],
      }),
    );
    expect(message).toBe(
      "The add-on's storage in this spreadsheet is full: 500.0 KB of its 500.0 KB are in use " +
        'and this needs 18 bytes more',
    );
    expect(new Map(doc)).toEqual(before);
    // The one write sent was the owner's approvals, to their own store, which had room.
    expect(em.counts()['Properties.setProperty']).toBe(1);
    expect(em.counts()['Properties.setProperties']).toBeUndefined();
  });

  it("refuses an approval the owner's own store has no room for, and keeps the old ones", () => {
    const { em } = digestWorld();
    const mine = em.properties.user(OWNER);
    fill(mine, 5);
    const before = new Map(mine);
    em.resetCounts();
    const message = errorOf(() => em.call('approveRecipients', ['new@customer.example']));
    expect(message).toBe(
      'Not saved, for lack of room in your add-on settings: 500.0 KB of its 500.0 KB are in use ' +
        'and this needs 23 bytes more.',
    );
    expect(new Map(mine)).toEqual(before);
    expect(Object.keys(em.counts()).filter((k) => /^Properties\.(set|delete)/.test(k))).toEqual([]);
  });
});
