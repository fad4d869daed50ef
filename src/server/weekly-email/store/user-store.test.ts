import { nextStoreNotice } from '../../../core/weekly-email';
import { ReadOnceProperties } from '../../platform/properties';
import { countedProperties } from '../../../../test/support/counted-properties';
import { approvalsKey, readUserStore, storeNoticeKey, writeUserStore } from './user-store';

const ID = 'spreadsheet-1';
const notice = nextStoreNotice(null, {
  at: '2026-10-12T13:00:00.000Z',
  full: true,
  detail: 'full',
  sentBefore: 0,
  usedBytes: 512_000,
  digestBytes: 9_000,
});

function opened(initial: Record<string, string>) {
  const store = countedProperties(initial);
  return { store, props: new ReadOnceProperties(store.props) };
}

describe('the owner’s user store', () => {
  it('reads the approvals and the notice the previous version kept, in one call', () => {
    const { store, props } = opened({
      [`map.digest.approvals.${ID}`]: '{"emails":["a@x.example"],"domains":["vendor.example"]}',
      [`map.digest.storeNotice.${ID}`]: JSON.stringify(notice),
      'map.digest.approvals.another-file': '{"emails":["z@x.example"],"domains":[]}',
    });
    expect(readUserStore(props, ID)).toEqual({
      approvals: { emails: ['a@x.example'], domains: ['vendor.example'] },
      storeNotice: notice,
    });
    expect(store.calls).toEqual(['getProperties']);
  });

  it('writes what changed in one call and deletes a notice that is done with', () => {
    const { store, props } = opened({ [storeNoticeKey(ID)]: JSON.stringify(notice) });
    const after = writeUserStore(props, ID, {
      approvals: { emails: ['B@x.example', 'a@x.example'], domains: [] },
      storeNotice: null,
    });
    expect(after).toEqual({
      approvals: { emails: ['a@x.example', 'b@x.example'], domains: [] },
      storeNotice: null,
    });
    expect(store.calls).toEqual(['getProperties', 'setProperty', 'deleteProperty']);
    expect(store.map.has(storeNoticeKey(ID))).toBe(false);
    expect(store.map.get(approvalsKey(ID))).toBe(
      '{"emails":["a@x.example","b@x.example"],"domains":[]}',
    );
  });

  it('costs nothing when the approvals are unchanged and there is no notice to clear', () => {
    const { store, props } = opened({
      [approvalsKey(ID)]: '{"emails":["a@x.example"],"domains":[]}',
    });
    writeUserStore(props, ID, {
      approvals: { emails: ['a@x.example'], domains: [] },
      storeNotice: null,
    });
    expect(store.calls).toEqual(['getProperties']);
  });

  it('refuses too many approvals before writing anything', () => {
    const { store, props } = opened({});
    const emails = Array.from({ length: 400 }, (_, i) => `someone.${i}@customer.example`);
    expect(() =>
      writeUserStore(props, ID, { approvals: { emails, domains: [] }, storeNotice: notice }),
    ).toThrow(/Nothing was changed/);
    expect(store.calls).toEqual(['getProperties']);
  });
});
