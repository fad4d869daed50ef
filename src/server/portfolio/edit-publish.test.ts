import { editPublishDue, EDIT_PUBLISH_EVERY_MS, isCustomerEditor } from './edit-publish';

describe('isCustomerEditor', () => {
  it("counts an edit from outside the owner's domain, or with no address, as the customer's", () => {
    expect(isCustomerEditor('pat@customer.example', 'owner@vendor.example')).toBe(true);
    expect(isCustomerEditor('', 'owner@vendor.example')).toBe(true);
    expect(isCustomerEditor('Sam@Vendor.example', 'owner@vendor.example')).toBe(false);
    expect(isCustomerEditor('owner@vendor.example', 'owner@vendor.example')).toBe(false);
  });

  it('on a public mail domain, counts everyone but the owner', () => {
    expect(isCustomerEditor('pat.prospect@gmail.com', 'olivia.owner@gmail.com')).toBe(true);
    expect(isCustomerEditor(' Olivia.Owner@Gmail.com ', 'olivia.owner@gmail.com')).toBe(false);
    expect(isCustomerEditor('pat@customer.example', 'olivia.owner@gmail.com')).toBe(true);
  });
});

describe('editPublishDue', () => {
  const record = { sheetId: 1, stakeholdersSheetId: null, historySheetId: null, table: null };
  it('publishes from an edit at most once an hour', () => {
    expect(editPublishDue(record, 1_000)).toBe(true);
    expect(
      editPublishDue({ ...record, publishedAt: 1_000 }, 1_000 + EDIT_PUBLISH_EVERY_MS - 1),
    ).toBe(false);
    expect(editPublishDue({ ...record, publishedAt: 1_000 }, 1_000 + EDIT_PUBLISH_EVERY_MS)).toBe(
      true,
    );
  });
  it('publishes when the stored time is damaged', () => {
    expect(editPublishDue({ ...record, publishedAt: 'soon' as unknown as number }, 1_000)).toBe(
      true,
    );
  });
});
